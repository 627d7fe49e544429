using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>A booth as the slot generator sees it.</summary>
public readonly record struct BoothCapacity(Guid BoothId, BoothMode Mode);

/// <summary>Opening hours of one weekday (Japan time).</summary>
public readonly record struct DayHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>Time a booth is already taken (an active booking).</summary>
public readonly record struct BoothBusy(Guid BoothId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// The capacity of one office (相談窓口の枠): booths and their mode, hours per weekday, and the dates it is closed
/// (site closures; national holidays and the year-end break are closed for every office).
/// </summary>
public sealed record OfficeSchedule(
    Guid OfficeId,
    IReadOnlyList<BoothCapacity> Booths,
    IReadOnlyList<DayHours> Hours,
    IReadOnlySet<DateOnly> ClosedDates)
{
    /// <summary>
    /// The schedule of a loaded office, its closure dates and its own holidays (both close the whole day). Video booths
    /// count only where the office offers video.
    /// </summary>
    public static OfficeSchedule Of(Office office, IEnumerable<DateOnly>? closedDates = null, IEnumerable<DateOnly>? officeHolidays = null) => new(
        office.Id,
        office.Booths.Where(b => b.Mode == BoothMode.InPerson || office.OffersVideo)
            .OrderBy(b => b.Mode).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Id)
            .Select(b => new BoothCapacity(b.Id, b.Mode)).ToList(),
        office.OpeningHours.Select(h => new DayHours(h.Day, h.Opens, h.Closes)).ToList(),
        (closedDates ?? []).Concat(officeHolidays ?? []).ToHashSet());

    /// <summary>Opening hours on <paramref name="date"/>, or null when the office is closed that day.</summary>
    public DayHours? HoursOn(DateOnly date)
    {
        if (ClosedDates.Contains(date) || JapaneseCalendar.IsHoliday(date) || JapaneseCalendar.IsYearEndBreak(date))
            return null;
        foreach (var h in Hours)
            if (h.Day == date.DayOfWeek) return h;
        return null;
    }
}

/// <summary>A bookable time on one booth.</summary>
public sealed record ConsultationSlot(Guid OfficeId, Guid BoothId, BoothMode Mode, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    /// <summary>The date in Japan.</summary>
    public DateOnly Date => JapanTime.DateOf(StartsAt);
}

/// <summary>A time offered to the citizen: a start, a mode, and how many booths are free then.</summary>
public sealed record OfferedSlot(Guid OfficeId, BoothMode Mode, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int FreeBooths)
{
    public DateOnly Date => JapanTime.DateOf(StartsAt);
}

/// <summary>
/// Slot generation (予約枠の生成), a pure function. Per booth and open day, slots follow the topic's template: they
/// start at opening time and every topic length after it, and must end by closing time. A slot is free when it
/// overlaps no busy time of its booth, so topics of different lengths share the booths safely.
/// </summary>
public static class SlotGenerator
{
    /// <summary>Date in Japan at the instant <paramref name="date"/> + <paramref name="time"/> JST.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), JapanTime.Offset);

    /// <summary>
    /// The booking window (DOMAIN.md §8): the first date whose previous working day is today or later (so a booking
    /// is made, changed or cancelled by the previous working day), to today + <see cref="BookingPolicy.HorizonDays"/>.
    /// </summary>
    public static (DateOnly First, DateOnly Last) BookingWindow(DateTimeOffset now, BookingPolicy policy)
    {
        var today = JapanTime.DateOf(now);
        var first = today.AddDays(1);
        while (JapaneseCalendar.PreviousWorkingDay(first) < today) first = first.AddDays(1);
        return (first, today.AddDays(policy.HorizonDays));
    }

    /// <summary>Every slot of the topic's template on every booth, <paramref name="from"/>–<paramref name="to"/> inclusive, whether free or not.</summary>
    public static IEnumerable<ConsultationSlot> Template(OfficeSchedule schedule, TimeSpan duration, DateOnly from, DateOnly to,
        BoothMode? mode = null)
    {
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration));
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (schedule.HoursOn(date) is not { } hours) continue;
            var close = At(date, hours.Closes);
            for (var start = At(date, hours.Opens); start + duration <= close; start += duration)
                foreach (var booth in schedule.Booths)
                    if (mode is null || booth.Mode == mode)
                        yield return new ConsultationSlot(schedule.OfficeId, booth.BoothId, booth.Mode, start, start + duration);
        }
    }

    /// <summary>The free slots per booth, in time order then booth order.</summary>
    public static IReadOnlyList<ConsultationSlot> FreeSlots(OfficeSchedule schedule, TimeSpan duration, DateOnly from, DateOnly to,
        IEnumerable<BoothBusy> busy, BoothMode? mode = null, DateTimeOffset? notBefore = null)
    {
        var byBooth = busy.GroupBy(b => b.BoothId).ToDictionary(g => g.Key, g => g.OrderBy(b => b.StartsAt).ToList());
        var result = new List<ConsultationSlot>();
        foreach (var slot in Template(schedule, duration, from, to, mode))
        {
            if (notBefore is { } nb && slot.StartsAt < nb) continue;
            if (byBooth.TryGetValue(slot.BoothId, out var taken) && taken.Any(t => t.StartsAt < slot.EndsAt && slot.StartsAt < t.EndsAt))
                continue;
            result.Add(slot);
        }
        return result;
    }

    /// <summary>Free slots grouped by start and mode: what the citizen chooses from.</summary>
    public static IReadOnlyList<OfferedSlot> Offer(IEnumerable<ConsultationSlot> freeSlots) =>
        freeSlots.GroupBy(s => (s.OfficeId, s.Mode, s.StartsAt, s.EndsAt))
            .Select(g => new OfferedSlot(g.Key.OfficeId, g.Key.Mode, g.Key.StartsAt, g.Key.EndsAt, g.Count()))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Mode)
            .ToList();

    /// <summary>
    /// Whether a booking of <paramref name="duration"/> at <paramref name="startsAt"/> on <paramref name="boothId"/> still fits the
    /// capacity: the booth exists, the office is open that day and the time lies within the hours. Used when capacity
    /// changes, so that a change never silently drops a booking.
    /// </summary>
    public static bool Fits(OfficeSchedule schedule, Guid boothId, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (!schedule.Booths.Any(b => b.BoothId == boothId)) return false;
        var date = JapanTime.DateOf(startsAt);
        if (schedule.HoursOn(date) is not { } hours) return false;
        return startsAt >= At(date, hours.Opens) && endsAt <= At(date, hours.Closes);
    }
}
