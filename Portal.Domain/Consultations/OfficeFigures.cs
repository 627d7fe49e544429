namespace Portal.Domain.Consultations;

/// <summary>
/// Figures of one office over a period (DOMAIN.md §8 and §12): booking rate = booked visits / all visits (target ≥ 90%),
/// average walk-in wait (target &lt; 30 minutes), booth utilisation = booth time held by bookings / open booth time.
/// </summary>
public sealed record OfficeFigures(
    int BookedVisits,
    int WalkInVisits,
    int NoShows,
    int Cancellations,
    decimal? BookingRate,
    TimeSpan? AverageWalkInWait,
    decimal? Utilisation,
    TimeSpan OpenBoothTime,
    TimeSpan BookedBoothTime)
{
    public const decimal BookingRateTarget = 0.90m;
    public static readonly TimeSpan WalkInWaitTarget = TimeSpan.FromMinutes(30);

    public bool? BookingRateMet => BookingRate is { } r ? r >= BookingRateTarget : null;
    public bool? WalkInWaitMet => AverageWalkInWait is { } w ? w < WalkInWaitTarget : null;

    /// <summary>
    /// Visits: a booking counts when the person came (checked in or completed); a walk-in when called (served or at a booth).
    /// Booth time held counts every booking not cancelled, no-shows included (the booth was kept for them).
    /// Open booth time is each open day's hours × booths in <paramref name="schedule"/>, <paramref name="from"/>–<paramref name="to"/>.
    /// </summary>
    public static OfficeFigures Calculate(OfficeSchedule schedule, DateOnly from, DateOnly to,
        IEnumerable<Booking> bookings, IEnumerable<WalkInTicket> walkIns)
    {
        var inPeriod = bookings.Where(b => b.OfficeId == schedule.OfficeId && b.Date >= from && b.Date <= to).ToList();
        var tickets = walkIns.Where(t => t.OfficeId == schedule.OfficeId && t.Date >= from && t.Date <= to).ToList();

        var booked = inPeriod.Count(b => b.Status is BookingStatus.CheckedIn or BookingStatus.Completed);
        var called = tickets.Where(t => t.CalledAt is not null).ToList();
        var visits = booked + called.Count;
        decimal? rate = visits == 0 ? null : Math.Round((decimal)booked / visits, 4);
        TimeSpan? wait = called.Count == 0 ? null : TimeSpan.FromTicks((long)called.Average(t => t.Wait!.Value.Ticks));

        var open = TimeSpan.Zero;
        for (var d = from; d <= to; d = d.AddDays(1))
            if (schedule.HoursOn(d) is { } h)
                open += (h.Closes - h.Opens) * schedule.Booths.Count;
        var held = inPeriod.Where(b => b.HoldsBooth).Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Duration);
        decimal? utilisation = open == TimeSpan.Zero ? null : Math.Round((decimal)held.Ticks / open.Ticks, 4);

        return new OfficeFigures(booked, called.Count, inPeriod.Count(b => b.Status == BookingStatus.NoShow),
            inPeriod.Count(b => b.Status == BookingStatus.Cancelled), rate, wait, utilisation, open, held);
    }
}
