using Portal.Domain.Common;

namespace Portal.Domain.Consultations;

/// <summary>Where a walk-in visitor stands. The page shows <c>Consultations.WalkIn.Status.{name}</c>.</summary>
public enum WalkInStatus
{
    /// <summary>待ち</summary>
    Waiting = 1,
    /// <summary>呼出し済み (at a booth)</summary>
    Called = 2,
    /// <summary>相談終了</summary>
    Served = 3,
    /// <summary>不在 (left before being called, or did not answer)</summary>
    Left = 4,
}

/// <summary>A walk-in visitor's queue ticket (整理券): numbered from 1 per office and day.</summary>
public sealed class WalkInTicket
{
    private WalkInTicket() { }

    public WalkInTicket(Guid id, Guid officeId, DateOnly date, int number, ConsultationTopic topic, DateTimeOffset issuedAt)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number));
        Id = id;
        OfficeId = officeId;
        Date = date;
        Number = number;
        Topic = topic;
        IssuedAt = issuedAt;
        Status = WalkInStatus.Waiting;
    }

    public Guid Id { get; private set; }
    public Guid OfficeId { get; private set; }
    /// <summary>The day in Japan the ticket belongs to.</summary>
    public DateOnly Date { get; private set; }
    public int Number { get; private set; }
    public ConsultationTopic Topic { get; private set; }
    public WalkInStatus Status { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? CalledAt { get; private set; }
    public Guid? BoothId { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Time waited until called (null while waiting or when the visitor left).</summary>
    public TimeSpan? Wait => CalledAt - IssuedAt;

    public RuleError? Call(Guid boothId, DateTimeOffset now)
    {
        if (Status != WalkInStatus.Waiting) return WalkInQueue.NotWaiting;
        Status = WalkInStatus.Called;
        BoothId = boothId;
        CalledAt = now;
        return null;
    }

    public RuleError? Finish(DateTimeOffset now)
    {
        if (Status != WalkInStatus.Called) return WalkInQueue.NotCalled;
        Status = WalkInStatus.Served;
        FinishedAt = now;
        return null;
    }

    public RuleError? MarkLeft(DateTimeOffset now)
    {
        if (Status is not (WalkInStatus.Waiting or WalkInStatus.Called)) return WalkInQueue.NotWaiting;
        Status = WalkInStatus.Left;
        FinishedAt = now;
        return null;
    }
}

/// <summary>The day's walk-in queue of one office: ticket numbers, the next to call, the estimated wait (target &lt; 30 minutes).</summary>
public static class WalkInQueue
{
    public static readonly RuleError NotWaiting = new("not_waiting", "Consultations.WalkIn.NotWaiting");
    public static readonly RuleError NotCalled = new("not_called", "Consultations.WalkIn.NotCalled");
    public static readonly RuleError QueueEmpty = new("queue_empty", "Consultations.WalkIn.QueueEmpty");

    /// <summary>Assumed length of a walk-in consultation while the day has none finished yet.</summary>
    public static readonly TimeSpan DefaultServiceTime = TimeSpan.FromMinutes(30);

    /// <summary>The next number of the day: one more than the highest issued.</summary>
    public static int NextNumber(IEnumerable<WalkInTicket> todays) => todays.Select(t => t.Number).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Waiting tickets in call order (lowest number first).</summary>
    public static IReadOnlyList<WalkInTicket> Waiting(IEnumerable<WalkInTicket> todays) =>
        todays.Where(t => t.Status == WalkInStatus.Waiting).OrderBy(t => t.Number).ToList();

    /// <summary>Calls the lowest waiting number to <paramref name="boothId"/>. Error <c>queue_empty</c>.</summary>
    public static ParseResult<WalkInTicket> CallNext(IEnumerable<WalkInTicket> todays, Guid boothId, DateTimeOffset now)
    {
        var next = Waiting(todays).FirstOrDefault();
        if (next is null) return ParseResult<WalkInTicket>.Fail(QueueEmpty);
        next.Call(boothId, now);
        return ParseResult<WalkInTicket>.Ok(next);
    }

    /// <summary>Average length of the day's finished walk-in consultations, or <see cref="DefaultServiceTime"/>.</summary>
    public static TimeSpan AverageServiceTime(IEnumerable<WalkInTicket> todays)
    {
        var done = todays.Where(t => t.Status == WalkInStatus.Served && t.CalledAt is not null && t.FinishedAt is not null)
            .Select(t => (t.FinishedAt!.Value - t.CalledAt!.Value).Ticks).ToList();
        return done.Count == 0 ? DefaultServiceTime : TimeSpan.FromTicks((long)done.Average());
    }

    /// <summary>
    /// Estimated wait of a visitor with <paramref name="ahead"/> people before them: the first
    /// <paramref name="boothsFreeNow"/> are called at once; the rest go in rounds of <paramref name="boothsForWalkIns"/> booths,
    /// each round taking <paramref name="averageService"/>. Rounded up to whole minutes.
    /// </summary>
    public static TimeSpan EstimateWait(int ahead, int boothsFreeNow, int boothsForWalkIns, TimeSpan averageService)
    {
        if (ahead < 0) throw new ArgumentOutOfRangeException(nameof(ahead));
        if (ahead < boothsFreeNow) return TimeSpan.Zero;
        var booths = Math.Max(1, boothsForWalkIns);
        var rounds = (ahead - Math.Max(0, boothsFreeNow)) / booths + 1;
        return TimeSpan.FromMinutes(Math.Ceiling(rounds * averageService.TotalMinutes));
    }
}
