using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>
/// An office's own slot template for one topic (窓口ごとの予約枠テンプレート): its slot length and whether the office offers
/// the topic at all. Overrides the national default of <see cref="TopicCatalogue"/>; a topic without one keeps the default.
/// </summary>
public sealed class OfficeSlotTemplate
{
    /// <summary>Shortest and longest slot an office may set (whole blocks of <see cref="TopicCatalogue.Block"/>).</summary>
    public const int MinMinutes = 15, MaxMinutes = 180;

    private OfficeSlotTemplate() { }

    private OfficeSlotTemplate(Guid officeId, ConsultationTopic topic, int minutes, bool offered)
    {
        OfficeId = officeId;
        Topic = topic;
        DurationMinutes = minutes;
        Offered = offered;
    }

    /// <summary>A template. Error <c>template_length</c> when the length is not 15–180 minutes in steps of 15.</summary>
    public static ParseResult<OfficeSlotTemplate> Create(Guid officeId, ConsultationTopic topic, int minutes, bool offered)
    {
        if (!IsValidLength(minutes)) return ParseResult<OfficeSlotTemplate>.Fail("template_length", "Consultations.Template.LengthInvalid");
        return ParseResult<OfficeSlotTemplate>.Ok(new OfficeSlotTemplate(officeId, topic, minutes, offered));
    }

    public static bool IsValidLength(int minutes) =>
        minutes is >= MinMinutes and <= MaxMinutes && minutes % (int)TopicCatalogue.Block.TotalMinutes == 0;

    public Guid OfficeId { get; private set; }
    public ConsultationTopic Topic { get; private set; }
    public int DurationMinutes { get; private set; }
    public bool Offered { get; private set; }
    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);
}

/// <summary>
/// A day an office is closed by its own decision (庁舎の休館日, 独自の休業日), set in advance by its staff. National holidays and
/// the year-end break are closed automatically and need none. Unlike a site closure (<see cref="OfficeClosure"/>), adding one
/// never cancels a booking: it is refused while the day has bookings.
/// </summary>
public sealed class OfficeHoliday
{
    public const int MaxReasonLength = 200;

    private OfficeHoliday() { Reason = ""; }

    private OfficeHoliday(Guid id, Guid officeId, DateOnly date, string reason, DateTimeOffset createdAt)
    {
        Id = id;
        OfficeId = officeId;
        Date = date;
        Reason = reason;
        CreatedAt = createdAt;
    }

    /// <summary>A holiday. Errors: <c>holiday_reason</c> (empty or too long), <c>holiday_past</c> (today or earlier, Japan time).</summary>
    public static ParseResult<OfficeHoliday> Create(Guid officeId, DateOnly date, string? reason, DateTimeOffset now)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > MaxReasonLength)
            return ParseResult<OfficeHoliday>.Fail("holiday_reason", "Consultations.Holiday.ReasonRequired");
        if (date <= JapanTime.DateOf(now))
            return ParseResult<OfficeHoliday>.Fail("holiday_past", "Consultations.Holiday.DateNotFuture");
        return ParseResult<OfficeHoliday>.Ok(new OfficeHoliday(Guid.NewGuid(), officeId, date, text, now));
    }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    public DateOnly Date { get; private set; }
    /// <summary>Staff's note (not shown to citizens).</summary>
    public string Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>
/// The one rule for every change of an office's capacity, slot templates or holidays: a change never silently drops a
/// booking. The change is refused while any booking still to come would no longer fit; staff move or cancel those first
/// (the closure page notifies and offers alternatives).
/// </summary>
public static class CapacityRules
{
    public static readonly RuleError BookingsWouldBeDropped = new("bookings_dropped", "Consultations.Capacity.BookingsWouldBeDropped");
    public static readonly RuleError TemplateWouldDropBookings = new("template_drops_bookings", "Consultations.Template.WouldDropBookings");
    public static readonly RuleError HolidayHasBookings = new("holiday_has_bookings", "Consultations.Holiday.HasBookings");

    /// <summary>
    /// The bookings that would no longer fit the office as changed: booked, not yet over, and either their booth is gone,
    /// the office is closed that day (hours, a closure or an office holiday), the time lies outside the hours, or the office
    /// no longer offers their topic. A slot-length change alone drops nothing: a booking keeps the booth time it was booked
    /// with (new bookings get the new length).
    /// </summary>
    public static IReadOnlyList<Booking> NoLongerFitting(OfficeSchedule schedule, TopicCatalogue topics, IEnumerable<Booking> bookings,
        DateTimeOffset now) =>
        bookings.Where(b => b.Status == BookingStatus.Booked && b.EndsAt > now)
            .Where(b => !topics.IsOffered(b.Topic) || !SlotGenerator.Fits(schedule, b.BoothId, b.StartsAt, b.EndsAt))
            .OrderBy(b => b.StartsAt).ToList();
}
