using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Submissions;

/// <summary>The hand-off figures staff see and the metrics endpoint exposes.</summary>
public sealed record HandoffSnapshot(long QueueDepth, TimeSpan OldestUndeliveredAge, long DeadLettered, long DeliveredLastMinute,
    long FeedErrors, DateTimeOffset At);

/// <summary>A parked row, for staff: ids, attempts and the last error (no personal data).</summary>
public sealed record DeadLetter(long Id, Guid SubmissionId, int Revision, string KindCode, string Type, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? DeadLetteredAt, string? LastError);

/// <summary>Reads the figures of the hand-off and lets staff retry a dead-lettered row by hand.</summary>
public sealed class HandoffFigures(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Queue depth, age of the oldest undelivered row, dead letters, deliveries in the last minute, feed errors.</summary>
    public async Task<HandoffSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var live = db.OutboxMessages.Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null);
        var queued = await live.LongCountAsync(ct);
        var oldest = await live.MinAsync(m => (DateTimeOffset?)m.CreatedAt, ct);
        var dead = await db.OutboxMessages.LongCountAsync(m => m.DeliveredAt == null && m.DeadLetteredAt != null, ct);
        var perMinute = await db.OutboxMessages.LongCountAsync(m => m.DeliveredAt >= since, ct);
        var feedErrors = await db.DecisionFeedErrors.LongCountAsync(ct);
        var age = oldest is { } o ? now - o : TimeSpan.Zero;
        return new HandoffSnapshot(queued, age < TimeSpan.Zero ? TimeSpan.Zero : age, dead, perMinute, feedErrors, now);
    }

    /// <summary>The parked rows, oldest first.</summary>
    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int limit = 200, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.DeadLetteredAt != null)
            .OrderBy(m => m.Id).Take(limit)
            .Select(m => new DeadLetter(m.Id, m.SubmissionId, m.Revision, m.KindCode, m.Type.ToString(), m.Attempts, m.CreatedAt,
                m.DeadLetteredAt, m.LastError))
            .ToListAsync(ct);
    }

    /// <summary>Puts a parked row back in the queue, due now, with its attempts reset. False when it is not parked.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id && m.DeliveredAt == null && m.DeadLetteredAt != null, ct);
        if (row is null) return false;
        row.DeadLetteredAt = null;
        row.Attempts = 0;
        row.AvailableAt = clock.GetUtcNow();
        row.LeaseOwner = null;
        row.LeaseUntil = null;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
