using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Consultations;

/// <summary>A citizen asks for a time: office, mode, start and topic; the store picks a free booth.</summary>
public sealed record BookingRequest(Guid OfficeId, BoothMode Mode, DateTimeOffset StartsAt, ConsultationTopic Topic,
    string? HolderUserId, Attendance Attendance);

/// <summary>
/// Staff book for a phone caller (in person): the caller's details, the account found by their basic pension number (or
/// null: the caller has none, or gave none), who attends, and the staff account taking the call.
/// </summary>
public sealed record PhoneBookingRequest(Guid OfficeId, DateTimeOffset StartsAt, ConsultationTopic Topic, PhoneCaller Caller,
    string? LinkedUserId, Attendance Attendance, string StaffUserId);

/// <summary>How a booking attempt ended.</summary>
public enum BookingOutcome
{
    /// <summary>Booked: <see cref="BookingAttempt.Booking"/> is set.</summary>
    Booked = 1,
    /// <summary>Somebody else was quicker: <see cref="BookingAttempt.NextFreeSlots"/> offers the next free times.</summary>
    JustTaken = 2,
    /// <summary>A rule refused it (<see cref="BookingAttempt.Error"/>): limits, window, office not offering the mode.</summary>
    Refused = 3,
}

/// <summary>The answer to a booking attempt.</summary>
public sealed record BookingAttempt(BookingOutcome Outcome, Booking? Booking, RuleError? Error, IReadOnlyList<OfferedSlot> NextFreeSlots)
{
    public static BookingAttempt Done(Booking booking) => new(BookingOutcome.Booked, booking, null, []);
    public static BookingAttempt Taken(IReadOnlyList<OfferedSlot> next) => new(BookingOutcome.JustTaken, null, BookingRules.SlotTaken, next);
    public static BookingAttempt Refused(RuleError error) => new(BookingOutcome.Refused, null, error, []);
}

/// <summary>Options of <see cref="BookingStore"/>.</summary>
public sealed class BookingStoreOptions
{
    /// <summary>
    /// Run each booking in one serialised write transaction (SQLite <c>BEGIN IMMEDIATE</c>) so the holder's limits are
    /// checked atomically. Either way the database's unique keys decide who gets a booth: with this off, the check is
    /// optimistic and a loser learns it from the unique violation.
    /// </summary>
    public bool SerializeBookings { get; set; } = true;

    /// <summary>How many next free slots a "just taken" answer offers.</summary>
    public int NextFreeSlotCount { get; set; } = 5;
}

/// <summary>
/// Bookings in the portal store: free slots, booking with the no-double-booking guarantee, change and cancel,
/// the staff's day lists, check-in and no-shows, video join, site closure and capacity changes.
/// Uses a fresh <see cref="PortalDbContext"/> per call (safe from Blazor circuits and concurrent callers).
/// </summary>
public sealed class BookingStore(
    IDbContextFactory<PortalDbContext> contextFactory,
    TimeProvider clock,
    BookingPolicy policy,
    TopicCatalogue topics,
    BookingStoreOptions? options = null,
    Portal.Domain.Operations.IWriteGate? gate = null)
{
    private readonly BookingStoreOptions _options = options ?? new BookingStoreOptions();
    private long _conflicts;

    /// <summary>How many times the database refused a booking as a duplicate (unique key) since start: a diagnostic figure.</summary>
    public long ConflictsDetected => Interlocked.Read(ref _conflicts);

    public BookingPolicy Policy => policy;
    /// <summary>The store's clock now (the consultation pages use it so a demo clock moves them together).</summary>
    public DateTimeOffset Now => clock.GetUtcNow();
    public TopicCatalogue Topics => topics;

    // ---------------------------------------------------------------- finding offices and slots

    /// <summary>All offices with their booths and hours (the seeded list the finder ranks).</summary>
    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().Include(o => o.Booths).Include(o => o.OpeningHours)
            .OrderBy(o => o.Code).ToListAsync(ct);
    }

    /// <summary>
    /// Free times of <paramref name="topic"/> at an office, from <paramref name="from"/> to <paramref name="to"/> (default: the
    /// booking window from now), optionally of one mode.
    /// </summary>
    public async Task<IReadOnlyList<OfferedSlot>> FreeSlotsAsync(Guid officeId, ConsultationTopic topic, BoothMode? mode = null,
        DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var window = SlotGenerator.BookingWindow(clock.GetUtcNow(), policy);
        var officeTopics = await TopicsOfAsync(db, officeId, ct);
        if (!officeTopics.IsOffered(topic)) return [];
        var free = await FreeSlotsAsync(db, officeId, officeTopics.DurationOf(topic), mode, from ?? window.First, to ?? window.Last, ct);
        return SlotGenerator.Offer(free);
    }

    /// <summary>The office's topics: the national catalogue with the office's own slot templates laid over it.</summary>
    public async Task<TopicCatalogue> TopicsOfAsync(Guid officeId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await TopicsOfAsync(db, officeId, ct);
    }

    private async Task<TopicCatalogue> TopicsOfAsync(PortalDbContext db, Guid officeId, CancellationToken ct) =>
        topics.WithOfficeTemplates(await db.OfficeSlotTemplates.AsNoTracking().Where(t => t.OfficeId == officeId).ToListAsync(ct));

    internal static async Task<OfficeSchedule?> ScheduleAsync(PortalDbContext db, Guid officeId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().Include(o => o.Booths).Include(o => o.OpeningHours)
            .SingleOrDefaultAsync(o => o.Id == officeId, ct);
        if (office is null) return null;
        var closed = await db.OfficeClosures.Where(c => c.OfficeId == officeId && c.Date >= from && c.Date <= to)
            .Select(c => c.Date).ToListAsync(ct);
        var holidays = await db.OfficeHolidays.Where(h => h.OfficeId == officeId && h.Date >= from && h.Date <= to)
            .Select(h => h.Date).ToListAsync(ct);
        return OfficeSchedule.Of(office, closed, holidays);
    }

    private static async Task<IReadOnlyList<ConsultationSlot>> FreeSlotsAsync(PortalDbContext db, Guid officeId, TimeSpan duration,
        BoothMode? mode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var schedule = await ScheduleAsync(db, officeId, from, to, ct);
        if (schedule is null) return [];
        var start = SlotGenerator.At(from, TimeOnly.MinValue);
        var end = SlotGenerator.At(to.AddDays(1), TimeOnly.MinValue);
        var busy = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.Status != BookingStatus.Cancelled && b.StartsAt < end && b.EndsAt > start)
            .Select(b => new BoothBusy(b.BoothId, b.StartsAt, b.EndsAt))
            .ToListAsync(ct);
        return SlotGenerator.FreeSlots(schedule, duration, from, to, busy, mode);
    }

    // ---------------------------------------------------------------- booking

    /// <summary>
    /// Books the requested time on a free booth. Exactly one of many simultaneous requests for the last booth gets it;
    /// the others answer <see cref="BookingOutcome.JustTaken"/> with the next free times. The database decides: a
    /// filtered unique index on (booth, start) over bookings that hold their booth, and the primary key of
    /// <see cref="BoothBlock"/> (booth, 15-minute block).
    /// </summary>
    public async Task<BookingAttempt> TryBookAsync(BookingRequest request, CancellationToken ct = default)
    {
        if (await ReadOnlyRefusalAsync(ct) is { } refused) return BookingAttempt.Refused(refused);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (result, conflict) = await TryOnceAsync(request, replacing: null, phone: null, ct);
            if (!conflict) return result!;
        }
        return BookingAttempt.Taken(await NextFreeAsync(request, ct));
    }

    /// <summary>
    /// Staff book a free in-person time for a phone caller, on the same path as a citizen's booking (the same unique keys,
    /// the same transaction, the same limits: per account when linked, else per caller's phone number). A linked account
    /// gets the confirmation in its inbox.
    /// </summary>
    public async Task<BookingAttempt> TryBookByPhoneAsync(PhoneBookingRequest phone, CancellationToken ct = default)
    {
        var request = new BookingRequest(phone.OfficeId, BoothMode.InPerson, phone.StartsAt, phone.Topic, phone.LinkedUserId, phone.Attendance);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (result, conflict) = await TryOnceAsync(request, replacing: null, phone, ct);
            if (!conflict) return result!;
        }
        return BookingAttempt.Taken(await NextFreeAsync(request, ct));
    }

    /// <summary>The portal account of the insured person with this basic pension number, or null.</summary>
    public async Task<string?> AccountOfAsync(Portal.Domain.Identifiers.BasicPensionNumber pensionNumber, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await (from p in db.InsuredPersons
                      join u in db.Users on p.Id equals u.InsuredPersonId
                      where p.PensionNumber == pensionNumber
                      select u.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Moves a booking to another time (until the previous working day): the new booking is made and the old one cancelled
    /// in one transaction, so the holder never ends up with neither.
    /// </summary>
    public async Task<BookingAttempt> ChangeAsync(Guid bookingId, BookingRequest request, CancellationToken ct = default)
    {
        if (await ReadOnlyRefusalAsync(ct) is { } refused) return BookingAttempt.Refused(refused);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (result, conflict) = await TryOnceAsync(request, replacing: bookingId, phone: null, ct);
            if (!conflict) return result!;
        }
        return BookingAttempt.Taken(await NextFreeAsync(request, ct));
    }

    /// <summary>
    /// Staff move a booking of their office to another free time at the caller's request (by phone, also after the citizen's
    /// deadline, until the booking starts). Like <see cref="ChangeAsync"/> the new booking and the cancellation of the old one
    /// commit together; the new one keeps the topic, mode, who attends, the holder and (for a phone booking) the caller, and is
    /// checked against the holder's limits without the old booking. "Just taken" offers the next free times; the holder (when
    /// there is an account) gets the change notice. Another office's booking is "not found". Read-only mode refuses it.
    /// <paramref name="staffUserId"/> is the staff account acting (the caller audits it; the booking keeps who took the call).
    /// </summary>
    public async Task<BookingAttempt> MoveByStaffAsync(Guid bookingId, Guid officeId, DateTimeOffset newStartsAt, string staffUserId,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffUserId);
        if (await ReadOnlyRefusalAsync(ct) is { } refused) return BookingAttempt.Refused(refused);
        Booking? current;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
            current = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.OfficeId == officeId, ct);
        if (current is null) return BookingAttempt.Refused(BookingRules.NotFound);
        var request = new BookingRequest(officeId, current.Mode, newStartsAt, current.Topic, current.HolderUserId, current.Attendance);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (result, conflict) = await TryOnceAsync(request, replacing: bookingId, phone: null, ct, byStaff: true);
            if (!conflict) return result!;
        }
        return BookingAttempt.Taken(await NextFreeAsync(request, ct));
    }

    private async Task<(BookingAttempt? Result, bool Conflict)> TryOnceAsync(BookingRequest request, Guid? replacing,
        PhoneBookingRequest? phone, CancellationToken ct, bool byStaff = false)
    {
        var now = clock.GetUtcNow();
        var date = JapanTime.DateOf(request.StartsAt);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = _options.SerializeBookings || replacing is not null || phone is not null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (phone is null && !byStaff && string.IsNullOrWhiteSpace(request.HolderUserId)) return (BookingAttempt.Refused(BookingRules.NotYours), false);
            var officeTopics = await TopicsOfAsync(db, request.OfficeId, ct);
            var duration = officeTopics.DurationOf(request.Topic);
            Booking? old = null;
            if (replacing is { } id)
            {
                old = await db.Bookings.SingleOrDefaultAsync(b => b.Id == id, ct);
                if (old is null) return (BookingAttempt.Refused(BookingRules.NotFound), false);
                if (byStaff)
                {
                    // Staff move within the booking's own office; the booking (holder, caller) is read again in the transaction.
                    if (old.OfficeId != request.OfficeId || old.HolderUserId != request.HolderUserId)
                        return (BookingAttempt.Refused(BookingRules.NotFound), false);
                    if (old.CancelForChangeByStaff(now) is { } staffError) return (BookingAttempt.Refused(staffError), false);
                }
                else
                {
                    if (old.HolderUserId != request.HolderUserId) return (BookingAttempt.Refused(BookingRules.NotYours), false);
                    if (old.CancelForChange(now) is { } error) return (BookingAttempt.Refused(error), false);
                }
            }

            // The holder's limits: per account; a phone caller without one is recognised by their phone number.
            var callerPhone = phone?.Caller.Phone ?? old?.CallerPhone;
            var heldQuery = request.HolderUserId is { } holder
                ? db.Bookings.AsNoTracking().Where(b => b.HolderUserId == holder)
                : db.Bookings.AsNoTracking().Where(b => b.HolderUserId == null && b.CallerPhone == callerPhone);
            var held = await heldQuery
                .Where(b => b.Status == BookingStatus.Booked && b.EndsAt > now)
                .Select(b => new HeldBooking(b.Id, b.Topic, b.StartsAt, b.EndsAt, b.Status))
                .ToListAsync(ct);

            var slot = await FreeBoothAtAsync(db, request, duration, date, ct);
            var requested = slot ?? new ConsultationSlot(request.OfficeId, Guid.Empty, request.Mode, request.StartsAt, request.StartsAt + duration);
            if (BookingRules.CheckNew(requested, request.Topic, held, now, policy, officeTopics, replacing) is { } refused)
                return (BookingAttempt.Refused(refused), false);
            if (slot is null)
            {
                // Not free now: taken by someone else, or never offered (closed, outside the hours, no such mode).
                var offered = await IsOfferedAsync(db, request, duration, date, ct);
                if (!offered) return (BookingAttempt.Refused(BookingRules.SlotNotOffered), false);
                if (tx is not null) await tx.RollbackAsync(ct);
                return (BookingAttempt.Taken(await NextFreeAsync(request, ct)), false);
            }

            var booking = byStaff ? old!.MovedTo(Guid.NewGuid(), slot, now)
                : phone is null
                ? Booking.Create(Guid.NewGuid(), slot, request.Topic, request.HolderUserId!, request.Attendance, now)
                : Booking.CreateByPhone(Guid.NewGuid(), slot, request.Topic, phone.Caller, phone.LinkedUserId, request.Attendance, phone.StaffUserId, now);
            db.Bookings.Add(booking);
            var officeName = await db.Offices.Where(o => o.Id == request.OfficeId).Select(o => o.Name).SingleAsync(ct);
            BookingNotices.AddTo(db, booking, () => BookingNotices.For(booking, old is null ? BookingNotices.Booked : BookingNotices.Changed, officeName, now));
            for (var t = slot.StartsAt; t < slot.EndsAt; t += TopicCatalogue.Block)
                db.BoothBlocks.Add(new BoothBlock(slot.BoothId, t, booking.Id));
            if (old is not null)
                await db.BoothBlocks.Where(x => x.BookingId == old.Id).ExecuteDeleteAsync(ct);
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
            return (BookingAttempt.Done(booking), false);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            Interlocked.Increment(ref _conflicts);
            return (null, true);
        }
    }

    /// <summary>The first free booth for exactly the requested time (only the bookings overlapping it are read).</summary>
    private static async Task<ConsultationSlot?> FreeBoothAtAsync(PortalDbContext db, BookingRequest request, TimeSpan duration, DateOnly date, CancellationToken ct)
    {
        var schedule = await ScheduleAsync(db, request.OfficeId, date, date, ct);
        if (schedule is null) return null;
        var start = request.StartsAt;
        var end = start + duration;
        var busy = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == request.OfficeId && b.Status != BookingStatus.Cancelled && b.StartsAt < end && b.EndsAt > start)
            .Select(b => new BoothBusy(b.BoothId, b.StartsAt, b.EndsAt))
            .ToListAsync(ct);
        return SlotGenerator.FreeSlots(schedule, duration, date, date, busy, request.Mode).FirstOrDefault(s => s.StartsAt == start);
    }

    private static async Task<bool> IsOfferedAsync(PortalDbContext db, BookingRequest request, TimeSpan duration, DateOnly date, CancellationToken ct)
    {
        var schedule = await ScheduleAsync(db, request.OfficeId, date, date, ct);
        return schedule is not null && SlotGenerator.Template(schedule, duration, date, date, request.Mode)
            .Any(s => s.StartsAt == request.StartsAt);
    }

    /// <summary>The next free times after the requested one at the same office and mode (then earlier ones), fresh from the store.</summary>
    private async Task<IReadOnlyList<OfferedSlot>> NextFreeAsync(BookingRequest request, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var window = SlotGenerator.BookingWindow(clock.GetUtcNow(), policy);
        var officeTopics = await TopicsOfAsync(db, request.OfficeId, ct);
        if (!officeTopics.IsOffered(request.Topic)) return [];
        var offered = SlotGenerator.Offer(await FreeSlotsAsync(db, request.OfficeId, officeTopics.DurationOf(request.Topic), request.Mode,
            window.First, window.Last, ct));
        return offered.Where(s => s.StartsAt > request.StartsAt)
            .Concat(offered.Where(s => s.StartsAt < request.StartsAt).Reverse())
            .Take(_options.NextFreeSlotCount).ToList();
    }

    /// <summary>True when the database refused a write for a unique key or primary key (SQLite or PostgreSQL).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        DbException d => d.SqlState == "23505",
        _ => false,
    };

    // ---------------------------------------------------------------- the citizen's bookings

    /// <summary>The holder's bookings, newest first.</summary>
    public async Task<IReadOnlyList<Booking>> ForHolderAsync(string holderUserId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Bookings.AsNoTracking().Where(b => b.HolderUserId == holderUserId)
            .OrderByDescending(b => b.StartsAt).ToListAsync(ct);
    }

    /// <summary>The citizen cancels their own booking (until the previous working day).</summary>
    public async Task<RuleError?> CancelAsync(Guid bookingId, string holderUserId, CancellationToken ct = default) =>
        await ReadOnlyRefusalAsync(ct) ?? await UpdateAsync(bookingId, holderUserId, (b, now) => b.CancelByCitizen(now), ct, BookingNotices.Cancelled);

    /// <summary>
    /// Read-only mode (a kill switch) refuses the citizen's own booking changes and a staff move (which makes a new booking);
    /// the other staff actions (check-in, no-show, done, cancel, phone bookings) go on.
    /// </summary>
    private async ValueTask<RuleError?> ReadOnlyRefusalAsync(CancellationToken ct) =>
        gate is null ? null : await gate.RefusalAsync(null, ct);

    // ---------------------------------------------------------------- staff

    /// <summary>Staff cancel a booking (by phone), any time before it ends.</summary>
    public Task<RuleError?> CancelByStaffAsync(Guid bookingId, CancellationToken ct = default) =>
        UpdateAsync(bookingId, null, (b, now) => b.CancelByStaff(now), ct, BookingNotices.CancelledByOffice);

    public Task<RuleError?> CheckInAsync(Guid bookingId, CancellationToken ct = default) =>
        UpdateAsync(bookingId, null, (b, now) => b.CheckIn(now), ct);

    public Task<RuleError?> CompleteAsync(Guid bookingId, CancellationToken ct = default) =>
        UpdateAsync(bookingId, null, (b, now) => b.Complete(now), ct);

    public Task<RuleError?> MarkNoShowAsync(Guid bookingId, CancellationToken ct = default) =>
        UpdateAsync(bookingId, null, (b, now) => b.MarkNoShow(now, policy), ct);

    private async Task<RuleError?> UpdateAsync(Guid bookingId, string? holderUserId, Func<Booking, DateTimeOffset, RuleError?> change, CancellationToken ct,
        string? noticeKey = null)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, ct);
        if (booking is null || (holderUserId is not null && booking.HolderUserId != holderUserId))
            return BookingRules.NotFound;
        var now = clock.GetUtcNow();
        if (change(booking, now) is { } error) return error;
        if (!booking.HoldsBooth)
            await db.BoothBlocks.Where(x => x.BookingId == booking.Id).ExecuteDeleteAsync(ct);
        if (noticeKey is not null)
        {
            var officeName = await db.Offices.Where(o => o.Id == booking.OfficeId).Select(o => o.Name).SingleAsync(ct);
            BookingNotices.AddTo(db, booking, () => BookingNotices.For(booking, noticeKey, officeName, now));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>The staff's day list: every booth of the office with that day's bookings (cancelled ones left out).</summary>
    public async Task<BoothDay> DayAsync(Guid officeId, DateOnly date, CancellationToken ct = default)
    {
        var week = await DaysAsync(officeId, date, date, ct);
        return week.Single();
    }

    /// <summary>The staff's week: seven <see cref="BoothDay"/>s from <paramref name="firstDay"/>.</summary>
    public Task<IReadOnlyList<BoothDay>> WeekAsync(Guid officeId, DateOnly firstDay, CancellationToken ct = default) =>
        DaysAsync(officeId, firstDay, firstDay.AddDays(6), ct);

    private async Task<IReadOnlyList<BoothDay>> DaysAsync(Guid officeId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var schedule = await ScheduleAsync(db, officeId, from, to, ct)
            ?? throw new InvalidOperationException("No such office.");
        var booths = await db.Booths.AsNoTracking().Where(b => b.OfficeId == officeId).OrderBy(b => b.Mode).ThenBy(b => b.Name).ToListAsync(ct);
        var start = SlotGenerator.At(from, TimeOnly.MinValue);
        var end = SlotGenerator.At(to.AddDays(1), TimeOnly.MinValue);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.Status != BookingStatus.Cancelled && b.StartsAt >= start && b.StartsAt < end)
            .OrderBy(b => b.StartsAt).ToListAsync(ct);
        var days = new List<BoothDay>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var day = d;
            days.Add(new BoothDay(day, schedule.HoursOn(day),
                booths.Select(b => new BoothColumn(b, bookings.Where(x => x.BoothId == b.Id && x.Date == day).ToList())).ToList()));
        }
        return days;
    }

    // ---------------------------------------------------------------- video

    /// <summary>Opens a video join link: the booking when <paramref name="userId"/> may join now, else why not.</summary>
    public async Task<(Booking? Booking, RuleError? Error)> JoinVideoAsync(string token, string? userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.VideoJoinToken == token, ct);
        if (booking is null) return (null, new RuleError("invalid_link", "Consultations.Video.InvalidLink"));
        var error = booking.CheckVideoJoin(userId, token, clock.GetUtcNow(), policy);
        return error is null ? (booking, null) : (null, error);
    }

    // ---------------------------------------------------------------- capacity and closures

    /// <summary>
    /// Closes an office on <paramref name="date"/>: records the closure, cancels every booking of that day (reason
    /// <see cref="CancellationReason.SiteClosed"/>) and answers for each the nearest alternatives: the same office on other
    /// days, the <paramref name="nearbyOffices"/> nearest offices by postcode, and video at offices that offer it.
    /// A booking with no alternative is simply cancelled. The caller notifies everybody.
    /// </summary>
    public async Task<IReadOnlyList<ClosureOffer>> CloseOfficeAsync(Guid officeId, DateOnly date, string reason,
        int nearbyOffices = 3, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        List<Booking> affected;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await db.OfficeClosures.AnyAsync(c => c.OfficeId == officeId && c.Date == date, ct))
                db.OfficeClosures.Add(new OfficeClosure(Guid.NewGuid(), officeId, date, reason, now));
            var start = SlotGenerator.At(date, TimeOnly.MinValue);
            var end = SlotGenerator.At(date.AddDays(1), TimeOnly.MinValue);
            affected = await db.Bookings.Where(b => b.OfficeId == officeId && b.Status == BookingStatus.Booked
                && b.StartsAt >= start && b.StartsAt < end).OrderBy(b => b.StartsAt).ToListAsync(ct);
            foreach (var b in affected) b.CancelByStaff(now, CancellationReason.SiteClosed);
            var ids = affected.Select(b => b.Id).ToList();
            await db.BoothBlocks.Where(x => ids.Contains(x.BookingId)).ExecuteDeleteAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (affected.Count == 0) return [];

        var offices = await OfficesAsync(ct);
        var closed = offices.Single(o => o.Id == officeId);
        var nearby = OfficeFinder.RankByPostcode(offices.Where(o => o.Id != officeId), OfficeFinder.ParsePostcode(closed.Postcode).Value)
            .Take(nearbyOffices).Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var videoOffices = offices.Where(o => o.Booths.Any(b => b.Mode == BoothMode.Video)).Select(o => o.Id);
        var window = SlotGenerator.BookingWindow(now, policy);

        var offers = new List<ClosureOffer>();
        var handedOut = new Dictionary<(Guid, BoothMode, DateTimeOffset), int>();
        await using var read = await contextFactory.CreateDbContextAsync(ct);
        // Each office's own topics: an alternative is only offered where the topic still is, in that office's length for it.
        var templates = await read.OfficeSlotTemplates.AsNoTracking().ToListAsync(ct);
        var officeTopics = offices.ToDictionary(o => o.Id, o => topics.WithOfficeTemplates(templates.Where(t => t.OfficeId == o.Id)));
        var cache = new Dictionary<(Guid, TimeSpan), IReadOnlyList<OfferedSlot>>();
        foreach (var booking in affected)
        {
            var candidates = new List<OfferedSlot>();
            foreach (var office in new[] { officeId }.Concat(nearby.Keys).Concat(videoOffices).Distinct())
            {
                if (!officeTopics[office].IsOffered(booking.Topic)) continue;
                var duration = officeTopics[office].DurationOf(booking.Topic);
                if (!cache.TryGetValue((office, duration), out var slots))
                    cache[(office, duration)] = slots = SlotGenerator.Offer(
                        await FreeSlotsAsync(read, office, duration, null, window.First, window.Last, ct));
                candidates.AddRange(slots);
            }
            offers.Add(new ClosureOffer(booking.Id, booking.HolderUserId,
                ClosurePlanner.Alternatives(booking, candidates, nearby, handedOut: handedOut, officeTopics: officeTopics)));
        }

        // Each person hears of it, with the alternatives offered (after the cancellations committed: a notice that
        // failed here would be sent again by closing again, which finds nothing left to cancel, so it is written at once).
        var names = offices.ToDictionary(o => o.Id, o => o.Name);
        await using (var notify = await contextFactory.CreateDbContextAsync(ct))
        {
            foreach (var offer in offers)
            {
                var booking = affected.Single(b => b.Id == offer.BookingId);
                BookingNotices.AddTo(notify, booking, () => BookingNotices.Closure(booking, closed.Name, offer.Alternatives, names, now));
            }
            await notify.SaveChangesAsync(ct);
        }
        return offers;
    }

    /// <summary>
    /// Changes an office's capacity (booths, hours) with <paramref name="change"/>. Nothing is saved when a booking that is
    /// still to come would no longer fit (they are returned: cancel or move them first), or when a removed booth has
    /// bookings or walk-in tickets on record (error <c>booth_has_history</c>: the history keeps its booth).
    /// </summary>
    public async Task<CapacityChange> TryChangeCapacityAsync(Guid officeId, Action<Office> change, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var office = await db.Offices.Include(o => o.Booths).Include(o => o.OpeningHours).SingleAsync(o => o.Id == officeId, ct);
        var boothsBefore = office.Booths.Select(b => b.Id).ToList();
        change(office);
        var upcoming = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.Status == BookingStatus.Booked && b.EndsAt > now).ToListAsync(ct);
        var schedule = await ChangedScheduleAsync(db, office, extraHoliday: null, ct);
        var dropped = CapacityRules.NoLongerFitting(schedule, await TopicsOfAsync(db, officeId, ct), upcoming, now);
        if (dropped.Count > 0) return new CapacityChange(false, dropped, BookingsWouldBeDropped);

        var removed = boothsBefore.Except(office.Booths.Select(b => b.Id)).ToList();
        if (removed.Count > 0 && (await db.Bookings.AnyAsync(b => removed.Contains(b.BoothId), ct)
                || await db.WalkInTickets.AnyAsync(t => t.BoothId != null && removed.Contains(t.BoothId.Value), ct)))
            return new CapacityChange(false, [], BoothHasHistory);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CapacityChange(true, [], null);
    }

    public static readonly RuleError BookingsWouldBeDropped = CapacityRules.BookingsWouldBeDropped;

    /// <summary>The office's schedule over all its closures and holidays (plus <paramref name="extraHoliday"/>), for a change check.</summary>
    private static async Task<OfficeSchedule> ChangedScheduleAsync(PortalDbContext db, Office office, DateOnly? extraHoliday, CancellationToken ct)
    {
        var closures = await db.OfficeClosures.Where(c => c.OfficeId == office.Id).Select(c => c.Date).ToListAsync(ct);
        var holidays = await db.OfficeHolidays.Where(h => h.OfficeId == office.Id).Select(h => h.Date).ToListAsync(ct);
        if (extraHoliday is { } d) holidays.Add(d);
        return OfficeSchedule.Of(office, closures, holidays);
    }

    // ---------------------------------------------------------------- slot templates and office holidays

    /// <summary>
    /// Sets the office's slot templates (one per topic given; a topic left out keeps its current setting). Nothing is saved
    /// when a template is invalid (error <c>template_length</c>) or a booking still to come would no longer fit — a topic no
    /// longer offered while it has bookings (<see cref="CapacityRules.TemplateWouldDropBookings"/>, the bookings returned).
    /// </summary>
    public async Task<CapacityChange> TryChangeTemplatesAsync(Guid officeId, IReadOnlyList<TopicDefinition> templates, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var parsed = new List<OfficeSlotTemplate>();
        foreach (var t in templates)
        {
            var minutes = t.Duration.TotalMinutes;
            var template = minutes == Math.Floor(minutes) && minutes <= int.MaxValue
                ? OfficeSlotTemplate.Create(officeId, t.Topic, (int)minutes, t.Offered)
                : OfficeSlotTemplate.Create(officeId, t.Topic, -1, t.Offered);
            if (template.Error is { } error) return new CapacityChange(false, [], error);
            parsed.Add(template.Value);
        }
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var office = await db.Offices.AsNoTracking().Include(o => o.Booths).Include(o => o.OpeningHours).SingleAsync(o => o.Id == officeId, ct);
        var existing = await db.OfficeSlotTemplates.Where(t => t.OfficeId == officeId).ToListAsync(ct);
        var changed = topics.WithOfficeTemplates(existing.Where(e => parsed.All(p => p.Topic != e.Topic)).Concat(parsed));
        var upcoming = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.Status == BookingStatus.Booked && b.EndsAt > now).ToListAsync(ct);
        var dropped = CapacityRules.NoLongerFitting(await ChangedScheduleAsync(db, office, null, ct), changed, upcoming, now);
        if (dropped.Count > 0) return new CapacityChange(false, dropped, CapacityRules.TemplateWouldDropBookings);
        db.OfficeSlotTemplates.RemoveRange(existing.Where(e => parsed.Any(p => p.Topic == e.Topic)));
        await db.SaveChangesAsync(ct);
        db.OfficeSlotTemplates.AddRange(parsed);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CapacityChange(true, [], null);
    }

    /// <summary>The office's own holidays from <paramref name="from"/> on, in date order.</summary>
    public async Task<IReadOnlyList<OfficeHoliday>> HolidaysAsync(Guid officeId, DateOnly from, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.OfficeHolidays.AsNoTracking().Where(h => h.OfficeId == officeId && h.Date >= from).OrderBy(h => h.Date).ToListAsync(ct);
    }

    /// <summary>
    /// Adds an office holiday. Refused, with nothing saved, when the reason or date is invalid, when the day is already one
    /// (<c>holiday_exists</c>), or when the day has bookings (<see cref="CapacityRules.HolidayHasBookings"/>, the bookings
    /// returned): a holiday never drops a booking; the closure page notifies the people and offers alternatives.
    /// </summary>
    public async Task<CapacityChange> TryAddHolidayAsync(Guid officeId, DateOnly date, string? reason, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var holiday = OfficeHoliday.Create(officeId, date, reason, now);
        if (holiday.Error is { } error) return new CapacityChange(false, [], error);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.OfficeHolidays.AnyAsync(h => h.OfficeId == officeId && h.Date == date, ct))
            return new CapacityChange(false, [], HolidayExists);
        var office = await db.Offices.AsNoTracking().Include(o => o.Booths).Include(o => o.OpeningHours).SingleAsync(o => o.Id == officeId, ct);
        var upcoming = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.Status == BookingStatus.Booked && b.EndsAt > now).ToListAsync(ct);
        var dropped = CapacityRules.NoLongerFitting(await ChangedScheduleAsync(db, office, date, ct), await TopicsOfAsync(db, officeId, ct), upcoming, now);
        if (dropped.Count > 0) return new CapacityChange(false, dropped, CapacityRules.HolidayHasBookings);
        db.OfficeHolidays.Add(holiday.Value);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CapacityChange(true, [], null);
    }

    /// <summary>Removes an office holiday (the day opens again by the usual hours). False when there is no such holiday at the office.</summary>
    public async Task<bool> RemoveHolidayAsync(Guid officeId, Guid holidayId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.OfficeHolidays.Where(h => h.Id == holidayId && h.OfficeId == officeId).ExecuteDeleteAsync(ct) == 1;
    }

    public static readonly RuleError HolidayExists = new("holiday_exists", "Consultations.Holiday.Exists");
    public static readonly RuleError BoothHasHistory = new("booth_has_history", "Consultations.Capacity.BoothHasHistory");

    // ---------------------------------------------------------------- figures and reminders

    /// <summary>Booking rate, average walk-in wait and booth utilisation of an office over <paramref name="from"/>–<paramref name="to"/>.</summary>
    public async Task<OfficeFigures> FiguresAsync(Guid officeId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var schedule = await ScheduleAsync(db, officeId, from, to, ct) ?? throw new InvalidOperationException("No such office.");
        var start = SlotGenerator.At(from, TimeOnly.MinValue);
        var end = SlotGenerator.At(to.AddDays(1), TimeOnly.MinValue);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.OfficeId == officeId && b.StartsAt >= start && b.StartsAt < end).ToListAsync(ct);
        var tickets = await db.WalkInTickets.AsNoTracking()
            .Where(t => t.OfficeId == officeId && t.Date >= from && t.Date <= to).ToListAsync(ct);
        return OfficeFigures.Calculate(schedule, from, to, bookings, tickets);
    }

    /// <summary>
    /// Bookings due a day-before reminder: still booked, on tomorrow's date in Japan (or earlier and not yet begun, when a
    /// run was missed), not reminded yet. The job sends each and then calls <see cref="MarkDayBeforeReminderSentAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<Booking>> DueDayBeforeRemindersAsync(int limit = 500, CancellationToken ct = default) =>
        DueRemindersAsync(ReminderKind.DayBefore, limit, ct);

    /// <summary>
    /// Bookings due a reminder of <paramref name="kind"/> (see <see cref="Booking.IsReminderDue"/>), soonest first. Safe to
    /// run again: a booking leaves the list once <see cref="MarkReminderSentAsync"/> marked it.
    /// </summary>
    public Task<IReadOnlyList<Booking>> DueRemindersAsync(ReminderKind kind, int limit = 500, CancellationToken ct = default) =>
        DueRemindersAsync(kind, clock.GetUtcNow(), limit, ct);

    /// <summary>Bookings due a reminder of <paramref name="kind"/> at <paramref name="now"/> (the scheduled job's fire time).</summary>
    public async Task<IReadOnlyList<Booking>> DueRemindersAsync(ReminderKind kind, DateTimeOffset now, int limit = 500, CancellationToken ct = default)
    {
        var until = SlotGenerator.At(JapanTime.DateOf(now).AddDays((int)kind + 1), TimeOnly.MinValue);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Booked && b.StartsAt > now && b.StartsAt < until);
        query = kind == ReminderKind.DayBefore
            ? query.Where(b => b.DayBeforeReminderSentAt == null)
            : query.Where(b => b.ThreeDayReminderSentAt == null);
        var candidates = await query.OrderBy(b => b.StartsAt).Take(limit * 2).ToListAsync(ct);
        return candidates.Where(b => b.IsReminderDue(kind, now)).Take(limit).ToList();
    }

    /// <summary>Marks the day-before reminder sent. True only for the call that marked it (idempotent, safe to repeat).</summary>
    public Task<bool> MarkDayBeforeReminderSentAsync(Guid bookingId, CancellationToken ct = default) =>
        MarkReminderSentAsync(bookingId, ReminderKind.DayBefore, ct);

    /// <summary>
    /// Marks a reminder sent and, only when this call marked it, writes its inbox notice in the same transaction: running
    /// twice (or two job instances at once) gives one notice.
    /// </summary>
    public async Task<bool> MarkReminderSentAsync(Guid bookingId, ReminderKind kind, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var updated = kind == ReminderKind.DayBefore
            ? await db.Bookings.Where(b => b.Id == bookingId && b.DayBeforeReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.DayBeforeReminderSentAt, now), ct)
            : await db.Bookings.Where(b => b.Id == bookingId && b.ThreeDayReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ThreeDayReminderSentAt, now), ct);
        if (updated != 1) return false;
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, ct);
        var officeName = await db.Offices.Where(o => o.Id == booking.OfficeId).Select(o => o.Name).SingleAsync(ct);
        BookingNotices.AddTo(db, booking, () => BookingNotices.ReminderOf(booking, officeName, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Marks a reminder sent. True only for the call that marked it (idempotent, safe to repeat).</summary>
    public async Task<bool> MarkReminderSentAsync(Guid bookingId, ReminderKind kind, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var updated = kind == ReminderKind.DayBefore
            ? await db.Bookings.Where(b => b.Id == bookingId && b.DayBeforeReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.DayBeforeReminderSentAt, now), ct)
            : await db.Bookings.Where(b => b.Id == bookingId && b.ThreeDayReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ThreeDayReminderSentAt, now), ct);
        return updated == 1;
    }
}

/// <summary>The answer to a capacity change: applied, or refused with the bookings that would no longer fit.</summary>
public sealed record CapacityChange(bool Applied, IReadOnlyList<Booking> NoLongerFitting, RuleError? Error);

/// <summary>One day of an office for the staff: the hours (null when closed) and each booth's bookings.</summary>
public sealed record BoothDay(DateOnly Date, DayHours? Hours, IReadOnlyList<BoothColumn> Booths);

/// <summary>One booth's bookings on a day, in time order.</summary>
public sealed record BoothColumn(Booth Booth, IReadOnlyList<Booking> Bookings);
