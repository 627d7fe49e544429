using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>A booking the holder already has, as the limits see it.</summary>
public readonly record struct HeldBooking(Guid BookingId, ConsultationTopic Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingStatus Status);

/// <summary>The booking rules of DOMAIN.md §8 that do not depend on storage.</summary>
public static class BookingRules
{
    public static readonly RuleError NotBooked = new("not_booked", "Consultations.Booking.NotBooked");
    public static readonly RuleError DeadlinePassed = new("deadline", "Consultations.Booking.DeadlinePassed");
    public static readonly RuleError AlreadyEnded = new("ended", "Consultations.Booking.AlreadyEnded");
    public static readonly RuleError AlreadyStarted = new("started", "Consultations.Booking.AlreadyStarted");
    public static readonly RuleError CheckInNotToday = new("not_today", "Consultations.Booking.CheckInNotToday");
    public static readonly RuleError NotCheckedIn = new("not_checked_in", "Consultations.Booking.NotCheckedIn");
    public static readonly RuleError NoShowTooEarly = new("too_early", "Consultations.Booking.NoShowTooEarly");
    public static readonly RuleError OutsideWindow = new("outside_window", "Consultations.Booking.OutsideWindow");
    public static readonly RuleError Overlap = new("overlap", "Consultations.Booking.Overlap");
    public static readonly RuleError TooManyFuture = new("too_many", "Consultations.Booking.TooManyFuture");
    public static readonly RuleError TopicAlreadyBooked = new("topic_booked", "Consultations.Booking.TopicAlreadyBooked");
    public static readonly RuleError SlotTaken = new("slot_taken", "Consultations.Booking.SlotTaken");
    public static readonly RuleError SlotNotOffered = new("slot_not_offered", "Consultations.Booking.SlotNotOffered");
    public static readonly RuleError TopicNotOffered = new("topic_not_offered", "Consultations.Booking.TopicNotOffered");
    public static readonly RuleError WrongDuration = new("wrong_duration", "Consultations.Booking.WrongDuration");
    public static readonly RuleError NotFound = new("not_found", "Consultations.Booking.NotFound");
    public static readonly RuleError NotYours = new("not_yours", "Consultations.Booking.NotYours");

    /// <summary>Self-service change and cancel: until the previous working day of the consultation date (Japan time).</summary>
    public static bool WithinChangeDeadline(DateOnly consultationDate, DateTimeOffset now) =>
        JapanTime.DateOf(now) <= JapaneseCalendar.PreviousWorkingDay(consultationDate);

    /// <summary>Still counts against the holder's limits: booked (not yet checked in, cancelled or marked) and not yet over.</summary>
    public static bool IsFuture(HeldBooking b, DateTimeOffset now) => b.Status == BookingStatus.Booked && b.EndsAt > now;

    /// <summary>
    /// Can the holder book <paramref name="slot"/> for <paramref name="topic"/>? Checks the window (previous working day to
    /// <see cref="BookingPolicy.HorizonDays"/>), the topic's length, no overlap with the holder's bookings, at most one future
    /// booking per topic and at most <see cref="BookingPolicy.MaxFutureBookings"/> future bookings. <paramref name="topics"/> is the
    /// office's catalogue (<see cref="TopicCatalogue.WithOfficeTemplates"/>): the topic must be offered there, at its length.
    /// <paramref name="replacing"/> is a booking being changed (left out of the limits).
    /// </summary>
    public static RuleError? CheckNew(ConsultationSlot slot, ConsultationTopic topic, IEnumerable<HeldBooking> held, DateTimeOffset now,
        BookingPolicy? policy = null, TopicCatalogue? topics = null, Guid? replacing = null)
    {
        policy ??= BookingPolicy.Default;
        topics ??= TopicCatalogue.Default;
        var (first, last) = SlotGenerator.BookingWindow(now, policy);
        if (slot.Date < first || slot.Date > last) return OutsideWindow;
        if (!topics.IsOffered(topic)) return TopicNotOffered;
        if (slot.EndsAt - slot.StartsAt != topics.DurationOf(topic)) return WrongDuration;

        var future = held.Where(b => IsFuture(b, now) && b.BookingId != replacing).ToList();
        if (future.Any(b => b.StartsAt < slot.EndsAt && slot.StartsAt < b.EndsAt)) return Overlap;
        if (future.Any(b => b.Topic == topic)) return TopicAlreadyBooked;
        if (future.Count >= policy.MaxFutureBookings) return TooManyFuture;
        return null;
    }

    /// <summary><c>Consultations.Status.Booked</c> etc.</summary>
    public static string StatusMessageKey(BookingStatus status) => status switch
    {
        BookingStatus.Booked => "Consultations.Status.Booked",
        BookingStatus.CheckedIn => "Consultations.Status.CheckedIn",
        BookingStatus.Completed => "Consultations.Status.Completed",
        BookingStatus.NoShow => "Consultations.Status.NoShow",
        _ => "Consultations.Status.Cancelled",
    };

    /// <summary><c>Consultations.Cancellation.ByCitizen</c> etc.</summary>
    public static string CancellationMessageKey(CancellationReason reason) => reason switch
    {
        CancellationReason.ByCitizen => "Consultations.Cancellation.ByCitizen",
        CancellationReason.ByStaff => "Consultations.Cancellation.ByStaff",
        CancellationReason.SiteClosed => "Consultations.Cancellation.SiteClosed",
        _ => "Consultations.Cancellation.Changed",
    };

    /// <summary><c>Consultations.Alternative.SameOffice</c> etc.</summary>
    public static string AlternativeMessageKey(AlternativeKind kind) => kind switch
    {
        AlternativeKind.SameOffice => "Consultations.Alternative.SameOffice",
        AlternativeKind.NearbyOffice => "Consultations.Alternative.NearbyOffice",
        _ => "Consultations.Alternative.Video",
    };

    /// <summary>Shown when a closed booking has no alternative.</summary>
    public const string NoAlternativeMessageKey = "Consultations.Alternative.None";

    /// <summary><c>Consultations.WalkIn.Status.Waiting</c> etc.</summary>
    public static string WalkInStatusMessageKey(WalkInStatus status) => status switch
    {
        WalkInStatus.Waiting => "Consultations.WalkIn.Status.Waiting",
        WalkInStatus.Called => "Consultations.WalkIn.Status.Called",
        WalkInStatus.Served => "Consultations.WalkIn.Status.Served",
        _ => "Consultations.WalkIn.Status.Left",
    };

    /// <summary><c>Consultations.Mode.InPerson</c> or <c>Consultations.Mode.Video</c>.</summary>
    public static string ModeMessageKey(BoothMode mode) =>
        mode == BoothMode.Video ? "Consultations.Mode.Video" : "Consultations.Mode.InPerson";

    /// <summary><c>Consultations.Relationship.Spouse</c> etc.</summary>
    public static string RelationshipMessageKey(AgentRelationship relationship) => relationship switch
    {
        AgentRelationship.Spouse => "Consultations.Relationship.Spouse",
        AgentRelationship.Parent => "Consultations.Relationship.Parent",
        AgentRelationship.Child => "Consultations.Relationship.Child",
        AgentRelationship.Sibling => "Consultations.Relationship.Sibling",
        AgentRelationship.GrandparentOrGrandchild => "Consultations.Relationship.GrandparentOrGrandchild",
        AgentRelationship.OtherRelative => "Consultations.Relationship.OtherRelative",
        _ => "Consultations.Relationship.NotFamily",
    };

    /// <summary><c>Consultations.Reason.None</c> etc.</summary>
    public static string ReasonMessageKey(CannotAttendReason reason) => reason switch
    {
        CannotAttendReason.Disability => "Consultations.Reason.Disability",
        CannotAttendReason.NursingCare => "Consultations.Reason.NursingCare",
        CannotAttendReason.Facility => "Consultations.Reason.Facility",
        _ => "Consultations.Reason.None",
    };
}
