using System.Security.Cryptography;
using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>Where a booking stands. The page shows <c>Consultations.Status.{name}</c>.</summary>
public enum BookingStatus
{
    /// <summary>予約済み</summary>
    Booked = 1,
    /// <summary>受付済み</summary>
    CheckedIn = 2,
    /// <summary>相談終了</summary>
    Completed = 3,
    /// <summary>来所なし</summary>
    NoShow = 4,
    /// <summary>取消し</summary>
    Cancelled = 5,
}

/// <summary>The reminders of DOMAIN.md §8 (the message only says "you have a booking"); the value is days before.</summary>
public enum ReminderKind
{
    DayBefore = 1,
    ThreeDaysBefore = 3,
}

/// <summary>Why a booking was cancelled.</summary>
public enum CancellationReason
{
    /// <summary>The citizen cancelled (self-service, until the previous working day).</summary>
    ByCitizen = 1,
    /// <summary>Staff cancelled (e.g. at the caller's request by phone).</summary>
    ByStaff = 2,
    /// <summary>The site closed that day (会場閉鎖); alternatives were offered.</summary>
    SiteClosed = 3,
    /// <summary>The citizen moved the booking to another slot (the old one is cancelled).</summary>
    Changed = 4,
}

/// <summary>
/// A consultation booking (相談予約). Booked → CheckedIn → Completed, Booked → NoShow, Booked → Cancelled; every
/// change goes through a method that checks the current status and answers a <see cref="RuleError"/> when refused.
/// </summary>
public sealed class Booking
{
    private Booking() { }

    private Booking(Guid id, ConsultationSlot slot, ConsultationTopic topic, string? holderUserId, Attendance attendance, DateTimeOffset now)
    {
        Id = id;
        OfficeId = slot.OfficeId;
        BoothId = slot.BoothId;
        Mode = slot.Mode;
        StartsAt = slot.StartsAt;
        EndsAt = slot.EndsAt;
        Topic = topic;
        HolderUserId = holderUserId;
        Status = BookingStatus.Booked;
        CreatedAt = now;
        AttendeeKind = attendance.Kind;
        AgentName = attendance.AgentName;
        AgentPhone = attendance.AgentPhone;
        AgentRelationship = attendance.Relationship;
        CannotAttendReason = attendance.Reason;
        PrincipalName = attendance.PrincipalName;
        PrincipalBirthDate = attendance.PrincipalBirthDate;
        NeedsPowerOfAttorney = attendance.NeedsPowerOfAttorney;
        if (slot.Mode == BoothMode.Video) VideoJoinToken = NewJoinToken();
    }

    /// <summary>
    /// A new booking of <paramref name="slot"/>. The caller has checked the slot is free and the holder's limits
    /// (<see cref="BookingRules.CheckNew"/>); the slot's length must be the topic's.
    /// </summary>
    public static Booking Create(Guid id, ConsultationSlot slot, ConsultationTopic topic, string holderUserId, Attendance attendance, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holderUserId);
        ArgumentNullException.ThrowIfNull(attendance);
        if (slot.EndsAt <= slot.StartsAt) throw new ArgumentException("A slot must end after it starts.", nameof(slot));
        return new Booking(id, slot, topic, holderUserId, attendance, now);
    }

    /// <summary>
    /// A booking that staff make for a phone caller (電話予約). The caller may have no portal account: then
    /// <paramref name="linkedUserId"/> is null and the booking has no holder (nobody sees it online, no inbox notice); when the
    /// caller's basic pension number matched an account, that account holds it like any other booking. Phone bookings are
    /// in person (a video link needs an account to open). The caller is checked like any holder (<see cref="BookingRules.CheckNew"/>).
    /// </summary>
    public static Booking CreateByPhone(Guid id, ConsultationSlot slot, ConsultationTopic topic, PhoneCaller caller, string? linkedUserId,
        Attendance attendance, string staffUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentException.ThrowIfNullOrWhiteSpace(staffUserId);
        if (slot.Mode != BoothMode.InPerson) throw new ArgumentException("Phone bookings are in person.", nameof(slot));
        if (slot.EndsAt <= slot.StartsAt) throw new ArgumentException("A slot must end after it starts.", nameof(slot));
        return new Booking(id, slot, topic, string.IsNullOrWhiteSpace(linkedUserId) ? null : linkedUserId, attendance, now)
        {
            BookedByPhone = true,
            CallerName = caller.Name,
            CallerPhone = caller.Phone,
            BookedByStaffUserId = staffUserId,
        };
    }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public Guid BoothId { get; private set; }
    public BoothMode Mode { get; private set; }
    public ConsultationTopic Topic { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    /// <summary>
    /// The account that booked and is the only one who may see, change or join it (本人 or the agent). Null for a phone
    /// booking of a caller without a portal account (<see cref="BookedByPhone"/>).
    /// </summary>
    public string? HolderUserId { get; private set; }
    public BookingStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public AttendeeKind AttendeeKind { get; private set; }
    public string? AgentName { get; private set; }
    public string? AgentPhone { get; private set; }
    public AgentRelationship? AgentRelationship { get; private set; }
    public CannotAttendReason CannotAttendReason { get; private set; }
    public string? PrincipalName { get; private set; }
    public DateOnly? PrincipalBirthDate { get; private set; }
    /// <summary>Fixed when booked: the attendee must bring a 委任状.</summary>
    public bool NeedsPowerOfAttorney { get; private set; }

    /// <summary>Staff booked it for a phone caller (shown "by phone" in the day view).</summary>
    public bool BookedByPhone { get; private set; }
    /// <summary>The phone caller's name as given (phone bookings only).</summary>
    public string? CallerName { get; private set; }
    /// <summary>The phone caller's number, digits only (phone bookings only).</summary>
    public string? CallerPhone { get; private set; }
    /// <summary>The staff account that took the call (phone bookings only).</summary>
    public string? BookedByStaffUserId { get; private set; }

    /// <summary>Per-booking join token of a video consultation (no open rooms); null for in-person.</summary>
    public string? VideoJoinToken { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? NoShowMarkedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public CancellationReason? CancellationReason { get; private set; }
    /// <summary>When the day-before reminder went out (DOMAIN.md §8); null until then.</summary>
    public DateTimeOffset? DayBeforeReminderSentAt { get; private set; }
    /// <summary>When the three-days-before reminder went out (DOMAIN.md §8); null until then.</summary>
    public DateTimeOffset? ThreeDayReminderSentAt { get; private set; }

    /// <summary>The consultation date in Japan.</summary>
    public DateOnly Date => JapanTime.DateOf(StartsAt);

    public TimeSpan Duration => EndsAt - StartsAt;

    /// <summary>
    /// The short reference staff quote for a booking (予約番号): the first eight hex digits of its id, upper case. Carries no
    /// personal data, so lists that must not show who booked (a refused capacity change) can still name the booking.
    /// </summary>
    public string Reference => Id.ToString("N")[..8].ToUpperInvariant();

    /// <summary>Not cancelled: the booth time stays taken.</summary>
    public bool HoldsBooth => Status != BookingStatus.Cancelled;

    /// <summary>Who attends, as the value it was booked with.</summary>
    public Attendance Attendance => Attendance.Restore(AttendeeKind, AgentName, AgentPhone, AgentRelationship,
        CannotAttendReason, PrincipalName, PrincipalBirthDate);

    /// <summary>Resource key of the status.</summary>
    public string StatusMessageKey => BookingRules.StatusMessageKey(Status);

    /// <summary>The citizen may change or cancel online until the previous working day (then by phone).</summary>
    public bool CitizenMayChange(DateTimeOffset now) =>
        Status == BookingStatus.Booked && BookingRules.WithinChangeDeadline(Date, now);

    /// <summary>The citizen cancels. Errors: <c>not_booked</c>, <c>deadline</c>.</summary>
    public RuleError? CancelByCitizen(DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (!BookingRules.WithinChangeDeadline(Date, now)) return BookingRules.DeadlinePassed;
        Cancel(now, Consultations.CancellationReason.ByCitizen);
        return null;
    }

    /// <summary>The citizen moves the booking: the old booking is cancelled as <see cref="CancellationReason.Changed"/>
    /// (the new one is a new booking, checked like any other). Errors: <c>not_booked</c>, <c>deadline</c>.</summary>
    public RuleError? CancelForChange(DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (!BookingRules.WithinChangeDeadline(Date, now)) return BookingRules.DeadlinePassed;
        Cancel(now, Consultations.CancellationReason.Changed);
        return null;
    }

    /// <summary>
    /// Staff move the booking to another time at the caller's request (by phone, also after the self-service deadline): the
    /// old booking is cancelled as <see cref="CancellationReason.Changed"/> (the new one is made by <see cref="MovedTo"/>,
    /// checked like any other). Allowed for a booked booking until it starts. Errors: <c>not_booked</c> (checked in, no-show,
    /// completed or cancelled), <c>started</c>.
    /// </summary>
    public RuleError? CancelForChangeByStaff(DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (now >= StartsAt) return BookingRules.AlreadyStarted;
        Cancel(now, Consultations.CancellationReason.Changed);
        return null;
    }

    /// <summary>
    /// The booking that replaces this one at <paramref name="slot"/> when staff move it: the same topic, mode, holder, who
    /// attends and (for a phone booking) the same caller and the staff account that took the call; a video booking gets a new
    /// join token. The slot must be of the same office and mode; its length is the office's current length for the topic
    /// (checked by <see cref="BookingRules.CheckNew"/>, as for any new booking).
    /// </summary>
    public Booking MovedTo(Guid id, ConsultationSlot slot, DateTimeOffset now)
    {
        if (slot.OfficeId != OfficeId) throw new ArgumentException("A booking moves within its office.", nameof(slot));
        if (slot.Mode != Mode) throw new ArgumentException("A booking keeps its mode when moved.", nameof(slot));
        if (slot.EndsAt <= slot.StartsAt) throw new ArgumentException("A slot must end after it starts.", nameof(slot));
        return new Booking(id, slot, Topic, HolderUserId, Attendance, now)
        {
            BookedByPhone = BookedByPhone,
            CallerName = CallerName,
            CallerPhone = CallerPhone,
            BookedByStaffUserId = BookedByStaffUserId,
        };
    }

    /// <summary>Staff cancel (by phone, or a site closure), any time before the end. Errors: <c>not_booked</c>, <c>ended</c>.</summary>
    public RuleError? CancelByStaff(DateTimeOffset now, CancellationReason reason = Consultations.CancellationReason.ByStaff)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (now >= EndsAt) return BookingRules.AlreadyEnded;
        Cancel(now, reason);
        return null;
    }

    /// <summary>The visitor arrived (受付). Only on the consultation day and before the end. Errors: <c>not_booked</c>, <c>not_today</c>.</summary>
    public RuleError? CheckIn(DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (JapanTime.DateOf(now) != Date || now >= EndsAt) return BookingRules.CheckInNotToday;
        Status = BookingStatus.CheckedIn;
        CheckedInAt = now;
        return null;
    }

    /// <summary>The consultation took place. Errors: <c>not_checked_in</c>.</summary>
    public RuleError? Complete(DateTimeOffset now)
    {
        if (Status != BookingStatus.CheckedIn) return BookingRules.NotCheckedIn;
        Status = BookingStatus.Completed;
        CompletedAt = now;
        return null;
    }

    /// <summary>Nobody came (counted only). From <see cref="BookingPolicy.NoShowAfter"/> after the start. Errors: <c>not_booked</c>, <c>too_early</c>.</summary>
    public RuleError? MarkNoShow(DateTimeOffset now, BookingPolicy? policy = null)
    {
        if (Status != BookingStatus.Booked) return BookingRules.NotBooked;
        if (now < StartsAt + (policy ?? BookingPolicy.Default).NoShowAfter) return BookingRules.NoShowTooEarly;
        Status = BookingStatus.NoShow;
        NoShowMarkedAt = now;
        return null;
    }

    /// <summary>
    /// May <paramref name="userId"/> open the video link with <paramref name="token"/> now? Only the holder, only with this
    /// booking's token, only while booked or checked in, and only from <see cref="BookingPolicy.VideoOpensBefore"/> before the
    /// start to <see cref="BookingPolicy.VideoClosesAfter"/> after the end.
    /// Errors: <c>not_video</c>, <c>invalid_link</c>, <c>not_yours</c>, <c>not_active</c>, <c>too_early</c>, <c>expired</c>.
    /// </summary>
    public RuleError? CheckVideoJoin(string? userId, string? token, DateTimeOffset now, BookingPolicy? policy = null)
    {
        policy ??= BookingPolicy.Default;
        if (Mode != BoothMode.Video || VideoJoinToken is null) return new RuleError("not_video", "Consultations.Video.NotVideo");
        if (token is null || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(VideoJoinToken)))
            return new RuleError("invalid_link", "Consultations.Video.InvalidLink");
        if (HolderUserId is null || !string.Equals(userId, HolderUserId, StringComparison.Ordinal))
            return new RuleError("not_yours", "Consultations.Video.NotYourBooking");
        if (Status is not (BookingStatus.Booked or BookingStatus.CheckedIn))
            return new RuleError("not_active", "Consultations.Video.NotActive");
        if (now < StartsAt - policy.VideoOpensBefore) return new RuleError("too_early", "Consultations.Video.TooEarly");
        if (now > EndsAt + policy.VideoClosesAfter) return new RuleError("expired", "Consultations.Video.Expired");
        return null;
    }

    /// <summary>Marks the day-before reminder as sent; false when it already was (idempotent).</summary>
    public bool MarkDayBeforeReminderSent(DateTimeOffset now) => MarkReminderSent(ReminderKind.DayBefore, now);

    /// <summary>Marks a reminder as sent; false when it already was (idempotent).</summary>
    public bool MarkReminderSent(ReminderKind kind, DateTimeOffset now)
    {
        if (kind == ReminderKind.DayBefore)
        {
            if (DayBeforeReminderSentAt is not null) return false;
            DayBeforeReminderSentAt = now;
            return true;
        }
        if (ThreeDayReminderSentAt is not null) return false;
        ThreeDayReminderSentAt = now;
        return true;
    }

    /// <summary>
    /// Is the reminder due now? Still booked, not yet begun, not yet sent, and the consultation date (Japan time) is at most
    /// <see cref="ReminderKind"/> days ahead. The three-day reminder is skipped when the day-before one is already due.
    /// </summary>
    public bool IsReminderDue(ReminderKind kind, DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked || StartsAt <= now) return false;
        var daysAhead = Date.DayNumber - JapanTime.DateOf(now).DayNumber;
        return kind == ReminderKind.DayBefore
            ? DayBeforeReminderSentAt is null && daysAhead <= 1
            : ThreeDayReminderSentAt is null && daysAhead is 2 or 3;
    }

    private void Cancel(DateTimeOffset now, CancellationReason reason)
    {
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
    }

    private static string NewJoinToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
