using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Web.Features.Operations;
using Portal.Web.Features.Records;
using Portal.Domain.Audit;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.Consultations;

/// <summary>A booking with its office, as the pages show it.</summary>
public sealed record BookingView(Booking Booking, Office Office);

/// <summary>
/// The citizen's consultation use cases: find offices, free slots, book, change, cancel, see their own bookings.
/// Every query is scoped to the signed-in account (the booking's holder).
/// </summary>
public sealed class CitizenBookings(BookingStore store, AccessRefusals refusals)
{
    private IReadOnlyList<Office>? _offices;

    public BookingPolicy Policy => store.Policy;
    public TopicCatalogue Topics => store.Topics;
    public DateTimeOffset Now => store.Now;

    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken ct = default) =>
        _offices ??= await store.OfficesAsync(ct);

    public async Task<IReadOnlyList<BookingView>> MineAsync(string userId, CancellationToken ct = default)
    {
        var offices = (await OfficesAsync(ct)).ToDictionary(o => o.Id);
        return (await store.ForHolderAsync(userId, ct)).Select(b => new BookingView(b, offices[b.OfficeId])).ToList();
    }

    /// <summary>One of the user's bookings, or null when there is none of that id for them (the refusal is audited).</summary>
    public async Task<BookingView?> OneAsync(string userId, Guid id, CancellationToken ct = default)
    {
        var view = (await MineAsync(userId, ct)).FirstOrDefault(v => v.Booking.Id == id);
        if (view is null) await refusals.RefuseAsync(userId, AccessRefusals.Subjects.Booking, id, ct);
        return view;
    }

    public Task<IReadOnlyList<OfferedSlot>> FreeSlotsAsync(Guid officeId, ConsultationTopic topic, BoothMode mode, CancellationToken ct = default) =>
        store.FreeSlotsAsync(officeId, topic, mode, ct: ct);

    public Task<BookingAttempt> BookAsync(BookingRequest request, Guid? changing, CancellationToken ct = default) =>
        changing is { } id ? store.ChangeAsync(id, request, ct) : store.TryBookAsync(request, ct);

    public Task<RuleError?> CancelAsync(string userId, Guid id, CancellationToken ct = default) => store.CancelAsync(id, userId, ct);

    /// <summary>The last day the citizen may change or cancel online (the previous working day).</summary>
    public static DateOnly ChangeDeadline(Booking b) => JapaneseCalendar.PreviousWorkingDay(b.Date);
}

/// <summary>The preparation packet of a booking (事前準備票): the person's record summary and open submissions.</summary>
public sealed record BookingPacket(BookingView View, RecordQueries.PersonRecord? Record, IReadOnlyList<Submission> OpenSubmissions);

/// <summary>
/// The staff's consultation use cases. Staff see only their own office (<c>PortalUser.OfficeId</c>): every call takes the
/// signed-in user and refuses bookings of another office. Every staff change (booking actions, walk-ins, closure, capacity,
/// templates, holidays, phone bookings) goes through here and is audited against the signed-in staff account, with the
/// object as subject and a short code as detail (never a name, a phone number or a free-text reason); the packet, which
/// shows a person's record, is audited as a view.
/// </summary>
public sealed class StaffConsultations(IDbContextFactory<PortalDbContext> contexts, BookingStore store, WalkInStore walkIns,
    RecordQueries records, AccessRefusals refusals, AuthenticationStateProvider authentication, PortalAudit audit, PageAudit pageAudit)
{
    public BookingStore Store => store;
    public WalkInStore WalkIns => walkIns;
    public DateOnly Today => JapanTime.DateOf(store.Now);
    public DateTimeOffset Now => store.Now;

    /// <summary>The staff member's office, or null when the account has none.</summary>
    public async Task<Office?> OfficeOfAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = CitizenBookings.UserId(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from u in db.Users join o in db.Offices on u.OfficeId equals o.Id where u.Id == userId select o)
            .Include(o => o.Booths).Include(o => o.OpeningHours).AsNoTracking().SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// A booking of the staff member's office, or null (another office's booking is "not found", and the refusal is audited
    /// against the signed-in staff account).
    /// </summary>
    public async Task<Booking?> BookingAsync(Office office, Guid bookingId, CancellationToken ct = default)
    {
        Booking? booking;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.OfficeId == office.Id, ct);
        if (booking is null)
            await refusals.RefuseAsync(authentication, AccessRefusals.Subjects.Booking, bookingId, ct);
        return booking;
    }

    /// <summary>Runs a staff action on a booking only when it belongs to the office.</summary>
    public async Task<RuleError?> ActAsync(Office office, Guid bookingId, Func<Guid, CancellationToken, Task<RuleError?>> action, CancellationToken ct = default) =>
        await BookingAsync(office, bookingId, ct) is null ? BookingRules.NotFound : await action(bookingId, ct);

    /// <summary>
    /// A staff action on a booking of the office, by the day list's code (checkin, noshow, complete, cancel), audited as
    /// <see cref="AuditActions.StaffBookingAction"/> (a rule's refusal as failed, with its code); another office's booking
    /// is "not found" and audited as a refusal by <see cref="ActAsync"/>.
    /// </summary>
    public Task<RuleError?> BookingActionAsync(Office office, Guid bookingId, string action, CancellationToken ct = default)
    {
        (string detail, Func<Guid, CancellationToken, Task<RuleError?>> run) = action switch
        {
            "checkin" => ("check-in", store.CheckInAsync),
            "noshow" => ("no-show", store.MarkNoShowAsync),
            "complete" => ("complete", (Func<Guid, CancellationToken, Task<RuleError?>>)store.CompleteAsync),
            "cancel" => ("cancel", store.CancelByStaffAsync),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        return ActAsync(office, bookingId, async (id, c) =>
        {
            var error = await run(id, c);
            await ActedAsync(AuditActions.StaffBookingAction, AuditActions.Subjects.Booking(id), detail, error, c);
            return error;
        }, ct);
    }

    /// <summary>
    /// Free times a booking of the office can be moved to: the same topic and mode at the office, over the booking window
    /// (the move form's choice). Empty for another office's booking (audited as a refusal) or one that is no longer booked.
    /// </summary>
    public async Task<IReadOnlyList<OfferedSlot>> MoveFreeSlotsAsync(Office office, Guid bookingId, CancellationToken ct = default)
    {
        if (await BookingAsync(office, bookingId, ct) is not { Status: BookingStatus.Booked } booking) return [];
        return await store.FreeSlotsAsync(office.Id, booking.Topic, booking.Mode, ct: ct);
    }

    /// <summary>
    /// Moves a booking of the office to another free time at the caller's request (by phone, also after the citizen's
    /// deadline, until it starts): the store makes the new booking and cancels the old one together, and the holder gets the
    /// change notice. Audited as <see cref="AuditActions.StaffBookingAction"/> "move" against the old booking (a refusal or
    /// "just taken" as failed, with its code); another office's booking is "not found" and audited as a refusal.
    /// </summary>
    public async Task<BookingAttempt> MoveAsync(Office office, Guid bookingId, DateTimeOffset newStart, CancellationToken ct = default)
    {
        if (await BookingAsync(office, bookingId, ct) is null) return BookingAttempt.Refused(BookingRules.NotFound);
        var actor = await ActorAsync();
        var attempt = actor is null
            ? BookingAttempt.Refused(BookingRules.NotFound)
            : await store.MoveByStaffAsync(bookingId, office.Id, newStart, actor, ct);
        await ActedAsync(AuditActions.StaffBookingAction, AuditActions.Subjects.Booking(bookingId), "move",
            attempt.Outcome == BookingOutcome.Booked ? null : attempt.Error ?? BookingRules.SlotTaken, ct);
        return attempt;
    }

    /// <summary>Registers a walk-in visitor at the office (a numbered ticket, no personal data).</summary>
    public async Task<QueuedVisitor> RegisterWalkInAsync(Office office, ConsultationTopic topic, CancellationToken ct = default)
    {
        var visitor = await walkIns.RegisterAsync(office.Id, topic, ct);
        await ActedAsync(AuditActions.StaffWalkInAction, AuditActions.Subjects.WalkInTicket(visitor.Ticket.Id), $"register:{topic}", null, ct);
        return visitor;
    }

    /// <summary>Calls the next walk-in visitor to a booth of the office.</summary>
    public async Task<ParseResult<WalkInTicket>> CallNextWalkInAsync(Office office, Guid boothId, CancellationToken ct = default)
    {
        var result = await walkIns.CallNextAsync(office.Id, boothId, ct);
        await ActedAsync(AuditActions.StaffWalkInAction,
            result.IsValid ? AuditActions.Subjects.WalkInTicket(result.Value.Id) : AuditActions.Subjects.Office(office.Id), "call", result.Error, ct);
        return result;
    }

    /// <summary>Ends a walk-in visit: <paramref name="left"/> when the visitor left before being served.</summary>
    public async Task<RuleError?> EndWalkInAsync(Guid ticketId, bool left, CancellationToken ct = default)
    {
        var error = left ? await walkIns.MarkLeftAsync(ticketId, ct) : await walkIns.FinishAsync(ticketId, ct);
        await ActedAsync(AuditActions.StaffWalkInAction, AuditActions.Subjects.WalkInTicket(ticketId), left ? "left" : "finish", error, ct);
        return error;
    }

    /// <summary>Closes the office for a day (会場閉鎖); the reason is stored with the bookings but not put in the audit trail.</summary>
    public async Task<IReadOnlyList<ClosureOffer>> CloseOfficeAsync(Office office, DateOnly date, string reason, CancellationToken ct = default)
    {
        var offers = await store.CloseOfficeAsync(office.Id, date, reason, ct: ct);
        await ActedAsync(AuditActions.StaffOfficeChanged, AuditActions.Subjects.Office(office.Id),
            $"closure:{date:yyyy-MM-dd}:bookings={offers.Count}", null, ct);
        return offers;
    }

    /// <summary>Changes the office's booths and hours (refused when booked consultations would no longer fit).</summary>
    public Task<CapacityChange> ChangeCapacityAsync(Office office, Action<Office> change, CancellationToken ct = default) =>
        OfficeChangeAsync(office, "capacity", store.TryChangeCapacityAsync(office.Id, change, ct), ct);

    /// <summary>Changes the office's topic templates (durations, topics offered).</summary>
    public Task<CapacityChange> ChangeTemplatesAsync(Office office, IReadOnlyList<TopicDefinition> templates, CancellationToken ct = default) =>
        OfficeChangeAsync(office, "templates", store.TryChangeTemplatesAsync(office.Id, templates, ct), ct);

    /// <summary>Adds an office holiday (the reason is not put in the audit trail).</summary>
    public Task<CapacityChange> AddHolidayAsync(Office office, DateOnly date, string? reason, CancellationToken ct = default) =>
        OfficeChangeAsync(office, $"holiday-added:{date:yyyy-MM-dd}", store.TryAddHolidayAsync(office.Id, date, reason, ct), ct);

    /// <summary>Removes an office holiday.</summary>
    public async Task<bool> RemoveHolidayAsync(Office office, Guid holidayId, CancellationToken ct = default)
    {
        var removed = await store.RemoveHolidayAsync(office.Id, holidayId, ct);
        await ActedAsync(AuditActions.StaffOfficeChanged, AuditActions.Subjects.Office(office.Id), $"holiday-removed:{holidayId:D}",
            removed ? null : BookingRules.NotFound, ct);
        return removed;
    }

    private async Task<CapacityChange> OfficeChangeAsync(Office office, string detail, Task<CapacityChange> change, CancellationToken ct)
    {
        var result = await change;
        await ActedAsync(AuditActions.StaffOfficeChanged, AuditActions.Subjects.Office(office.Id), detail, result.Applied ? null : result.Error, ct);
        return result;
    }

    /// <summary>Audits a staff action: succeeded, or failed with the rule's code.</summary>
    private async Task ActedAsync(string action, string subject, string detail, RuleError? error, CancellationToken ct)
    {
        var actor = await ActorAsync();
        await audit.RecordAsync(action, error is null ? AuditOutcome.Succeeded : AuditOutcome.Failed, actor, subject,
            error is null ? detail : $"{detail}:{error.Code}", ct);
    }

    private async Task<string?> ActorAsync()
    {
        try { return PortalAudit.ActorOf((await authentication.GetAuthenticationStateAsync()).User); }
        catch (InvalidOperationException) { return null; }
    }

    public async Task<BookingPacket?> PacketAsync(Office office, Guid bookingId, CancellationToken ct = default)
    {
        var booking = await BookingAsync(office, bookingId, ct);
        if (booking is null) return null;
        if (booking.HolderUserId is not { } holder) return new BookingPacket(new BookingView(booking, office), null, []);
        var record = await records.ForUserAsync(holder, ct);
        // The packet shows the person's record and open submissions to the staff member: a view of the record.
        if (record is not null)
            await pageAudit.ViewedAsync((await authentication.GetAuthenticationStateAsync()).User,
                AuditActions.Subjects.Record(record.Person.Id), $"consultation-packet:{bookingId:D}");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.Owner.UserId == holder && s.State != SubmissionState.Draft && s.State != SubmissionState.Completed
                && s.State != SubmissionState.Returned && s.State != SubmissionState.Withdrawn)
            .ToListAsync(ct);
        return new BookingPacket(new BookingView(booking, office), record, submissions.OrderBy(s => s.CreatedAt).ToList());
    }

    /// <summary>The day's bookings with the person's name for the day list (holder's insured person, or the agent's principal).</summary>
    public async Task<IReadOnlyDictionary<string, string>> HolderNamesAsync(IEnumerable<Booking> bookings, CancellationToken ct = default)
    {
        var ids = bookings.Select(b => b.HolderUserId).OfType<string>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await (from u in db.Users
                          join p in db.InsuredPersons on u.InsuredPersonId equals p.Id into persons
                          from p in persons.DefaultIfEmpty()
                          where ids.Contains(u.Id)
                          select new { u.Id, Name = p != null ? p.FamilyName + " " + p.GivenName : u.DisplayName }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Name ?? "");
    }

    /// <summary>The name the staff see for a booking: the holder's (from <see cref="HolderNamesAsync"/>), else the phone caller's.</summary>
    public static string? NameOf(Booking booking, IReadOnlyDictionary<string, string> names) =>
        booking.HolderUserId is { } id && names.TryGetValue(id, out var name) ? name : booking.CallerName;

    /// <summary>The days a new booking may fall on (from the next working day to the horizon), as for citizens.</summary>
    public (DateOnly First, DateOnly Last) BookingWindow => SlotGenerator.BookingWindow(store.Now, store.Policy);

    /// <summary>
    /// Free in-person times of <paramref name="topic"/> at the staff member's own office over the booking window (the phone
    /// booking form's choice). Empty for another office or a topic the office does not offer.
    /// </summary>
    public async Task<IReadOnlyList<OfferedSlot>> PhoneFreeSlotsAsync(ClaimsPrincipal user, Guid officeId, ConsultationTopic topic, CancellationToken ct = default)
    {
        var office = await OfficeOfAsync(user, ct);
        if (office is null || office.Id != officeId) return [];
        return await store.FreeSlotsAsync(officeId, topic, BoothMode.InPerson, ct: ct);
    }

    /// <summary>
    /// Books a free in-person slot of the staff member's own office for a phone caller. The caller's details are checked
    /// field by field (errors keyed by field); the office must be the staff member's (else "not found", nothing saved); a
    /// basic pension number that belongs to a portal account links the booking to it (confirmation in its inbox).
    /// </summary>
    public async Task<PhoneBookingResult> BookByPhoneAsync(ClaimsPrincipal user, Guid officeId, PhoneBookingInput input, CancellationToken ct = default)
    {
        var office = await OfficeOfAsync(user, ct);
        if (office is null || office.Id != officeId) return PhoneBookingResult.Refused(BookingRules.NotFound);

        var errors = new Dictionary<string, string>();
        var caller = PhoneCaller.Parse(input.CallerName, input.CallerPhone);
        foreach (var callerError in PhoneCaller.Check(input.CallerName, input.CallerPhone))
            errors[callerError == PhoneCaller.NameRequired ? PhoneFields.Name : PhoneFields.Phone] = callerError.MessageKey;
        if (input.Topic is null) errors[PhoneFields.Topic] = "Consultations.Phone.TopicRequired";
        if (input.StartsAt is null) errors[PhoneFields.Slot] = "Consultations.Phone.SlotRequired";
        Portal.Domain.Identifiers.BasicPensionNumber? pension = null;
        if (!string.IsNullOrWhiteSpace(input.PensionNumber))
        {
            var parsed = Portal.Domain.Identifiers.BasicPensionNumber.Parse(input.PensionNumber);
            if (parsed.Error is { } e) errors[PhoneFields.Pension] = e.MessageKey; else pension = parsed.Value;
        }
        var attendance = Attendance.Self;
        if (input.IsAgent)
        {
            if (input.Relationship is null) errors[PhoneFields.Relationship] = "Consultations.Phone.RelationshipRequired";
            var agent = Attendance.Agent(input.CallerName, input.CallerPhone, input.Relationship ?? AgentRelationship.NotFamily,
                input.Reason, input.PrincipalName, input.PrincipalBirthDate);
            if (agent.Error is { } e)
            {
                var field = e.Code switch { "principal_name" => PhoneFields.PrincipalName, "principal_birth" => PhoneFields.PrincipalBirth, "agent_phone" => PhoneFields.Phone, _ => PhoneFields.Name };
                errors.TryAdd(field, e.MessageKey);
            }
            else attendance = agent.Value;
        }
        if (errors.Count > 0) return new PhoneBookingResult(null, errors, false);

        var linked = pension is null ? null : await store.AccountOfAsync(pension, ct);
        var attempt = await store.TryBookByPhoneAsync(new PhoneBookingRequest(office.Id, input.StartsAt!.Value, input.Topic!.Value,
            caller.Value, linked, attendance, CitizenBookings.UserId(user)), ct);
        if (attempt.Booking is { } booked)
            await audit.RecordAsync(AuditActions.StaffBookingAction, AuditOutcome.Succeeded, PortalAudit.ActorOf(user),
                AuditActions.Subjects.Booking(booked.Id), linked is null ? "phone-booking" : "phone-booking:linked", ct);
        return new PhoneBookingResult(attempt, errors, pension is not null && linked is null);
    }
}

/// <summary>A phone booking made: the booking, and whether the pension number given matched no portal account (not linked).</summary>
public sealed record PhoneBooked(Booking Booking, bool PensionNumberUnknown);

/// <summary>What staff enter for a phone booking (the page's form).</summary>
public sealed class PhoneBookingInput
{
    public ConsultationTopic? Topic { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public string? CallerName { get; set; }
    public string? CallerPhone { get; set; }
    public string? PensionNumber { get; set; }
    public bool IsAgent { get; set; }
    public AgentRelationship? Relationship { get; set; }
    public CannotAttendReason Reason { get; set; }
    public string? PrincipalName { get; set; }
    public DateOnly? PrincipalBirthDate { get; set; }
}

/// <summary>The field ids of the phone-booking form (errors are keyed by them).</summary>
public static class PhoneFields
{
    public const string Topic = "phone-topic", Slot = "phone-slot", Name = "phone-name", Phone = "phone-number", Pension = "phone-pension",
        Relationship = "phone-relationship", PrincipalName = "phone-principal-name", PrincipalBirth = "phone-principal-birth";
}

/// <summary>
/// The answer to a phone booking: field errors (nothing saved), or the store's attempt (booked, just taken with the next free
/// times, or refused). <see cref="PensionNumberUnknown"/>: a valid number that matched no portal account (booked without a link).
/// </summary>
public sealed record PhoneBookingResult(BookingAttempt? Attempt, IReadOnlyDictionary<string, string> FieldErrors, bool PensionNumberUnknown)
{
    public static PhoneBookingResult Refused(RuleError error) => new(BookingAttempt.Refused(error), new Dictionary<string, string>(), false);
}
