using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Submissions;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Submissions;

/// <summary>What one relay run did.</summary>
public sealed record RelayRun(int Delivered, int Failed, int DeadLettered)
{
    /// <summary>Rows handled.</summary>
    public int Total => Delivered + Failed + DeadLettered;
}

/// <summary>
/// Hands outbox rows to the back-office store (DESIGN §1, DOMAIN §9): takes due rows in batches under a lease, delivers
/// each batch in one back-office transaction keyed by submission id + revision (so a repeat changes nothing), then marks
/// the rows delivered and the submissions Transmitted in one portal transaction. A failed row is retried with
/// exponential back-off and jitter; after <see cref="JobsOptions.MaxAttempts"/> it is parked as dead-lettered with its
/// last error, for staff to retry by hand. At least once end to end, exactly once in the back-office store.
/// Logs ids and counts only.
/// </summary>
public sealed class OutboxRelay(
    IDbContextFactory<PortalDbContext> contexts,
    SubmissionStore store,
    BackOfficeStore backOffice,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger)
{
    /// <summary>This process's lease owner name.</summary>
    public static readonly string Instance = Truncate($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}", 100);

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;

    private JobsOptions Options => options.Value;

    /// <summary>Relays due rows until none are left or the run's time budget is spent.</summary>
    public async Task<RelayRun> RunOnceAsync(CancellationToken ct = default)
    {
        var started = clock.GetUtcNow();
        var total = new RelayRun(0, 0, 0);
        while (!ct.IsCancellationRequested)
        {
            var run = await RelayBatchAsync(ct);
            total = new RelayRun(total.Delivered + run.Delivered, total.Failed + run.Failed, total.DeadLettered + run.DeadLettered);
            if (run.Total == 0 || run.Delivered == 0 || clock.GetUtcNow() - started > Options.RunBudget) break;
        }
        if (total.Total > 0)
            logger.LogInformation("Relay run: {Delivered} delivered, {Failed} to retry, {DeadLettered} dead-lettered",
                total.Delivered, total.Failed, total.DeadLettered);
        return total;
    }

    /// <summary>Takes one batch under a lease and relays it.</summary>
    public async Task<RelayRun> RelayBatchAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = await ClaimAsync(db, now, ct);
        if (ids.Count == 0) return new RelayRun(0, 0, 0);
        var claimed = watch.ElapsedMilliseconds;

        var rows = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
        var submissionIds = rows.Select(r => r.SubmissionId).Distinct().ToList();
        var submissions = await db.Submissions.AsSplitQuery().Where(s => submissionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var messages = new List<(OutboxMessage Row, BackOfficeDelivery? Message, string? Problem)>();
        foreach (var row in rows)
        {
            if (!submissions.TryGetValue(row.SubmissionId, out var s) || s.Receipt is null)
            {
                messages.Add((row, null, "submission_missing"));
                continue;
            }
            var revision = s.Revisions.FirstOrDefault(r => r.Number == row.Revision);
            if (revision is null)
            {
                messages.Add((row, null, "revision_missing"));
                continue;
            }
            messages.Add((row, new BackOfficeDelivery(s.Id, row.Revision, row.Type == OutboxMessageType.Withdraw, row.KindCode,
                s.Receipt.Number.Value, s.Receipt.ReceivedAt, revision.ContentHash,
                row.Type == OutboxMessageType.Deliver ? revision.Payload : null, now), null));
        }

        var loaded = watch.ElapsedMilliseconds;
        var deliverable = messages.Where(m => m.Message is not null).ToList();
        var failures = messages.Where(m => m.Problem is not null).ToDictionary(m => m.Row.Id, m => m.Problem!);
        try
        {
            await backOffice.DeliverAsync(deliverable.Select(m => m.Message!).ToList(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Find the row at fault, unless the store itself is unavailable (then the first one fails as well).
            var storeDown = false;
            foreach (var m in deliverable)
            {
                if (storeDown)
                {
                    failures[m.Row.Id] = Describe(ex);
                    continue;
                }
                try
                {
                    await backOffice.DeliverAsync([m.Message!], ct);
                }
                catch (Exception one) when (one is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    failures[m.Row.Id] = Describe(one);
                    if (m.Row.Id == deliverable[0].Row.Id && one.GetType() == ex.GetType()) storeDown = true;
                }
            }
        }

        var sent = watch.ElapsedMilliseconds;
        var result = await RecordAsync(db, rows, submissions, failures, clock.GetUtcNow(), ct);
        logger.LogDebug("Relay batch of {Count}: claim {Claim} ms, load {Load} ms, deliver {Deliver} ms, record {Record} ms",
            rows.Count, claimed, loaded - claimed, sent - loaded, watch.ElapsedMilliseconds - sent);
        return result;
    }

    private async Task<RelayRun> RecordAsync(PortalDbContext db, List<OutboxMessage> rows, Dictionary<Guid, Submission> submissions,
        Dictionary<long, string> failures, DateTimeOffset now, CancellationToken ct)
    {
        int delivered = 0, failed = 0, dead = 0;
        foreach (var row in rows)
        {
            row.Attempts++;
            row.LeaseOwner = null;
            row.LeaseUntil = null;
            if (failures.TryGetValue(row.Id, out var error))
            {
                row.LastError = error;
                if (row.Attempts >= Options.MaxAttempts)
                {
                    row.DeadLetteredAt = now;
                    dead++;
                    logger.LogWarning("Outbox row {RowId} dead-lettered after {Attempts} attempts", row.Id, row.Attempts);
                }
                else
                {
                    row.AvailableAt = now + Backoff(row.Attempts, Options, Random.Shared.NextDouble());
                    failed++;
                }
                continue;
            }
            row.DeliveredAt = now;
            row.LastError = null;
            delivered++;
            if (row.Type == OutboxMessageType.Deliver && submissions.TryGetValue(row.SubmissionId, out var s)
                && s.MarkTransmitted(row.Revision, now) is { } refused)
                logger.LogInformation("Submission {SubmissionId} delivered but not marked transmitted: {Code}", s.Id, refused.Code);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return new RelayRun(delivered, failed, dead);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A filer changed one of the submissions meanwhile: record row by row, each with its own submission.
            logger.LogInformation("Relay batch conflicted; recording {Count} rows one by one", rows.Count);
        }
        foreach (var row in rows)
        {
            if (row.DeliveredAt is null)
            {
                await using var one = await contexts.CreateDbContextAsync(ct);
                await one.OutboxMessages.Where(m => m.Id == row.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.Attempts, row.Attempts).SetProperty(m => m.LastError, row.LastError)
                    .SetProperty(m => m.AvailableAt, row.AvailableAt).SetProperty(m => m.DeadLetteredAt, row.DeadLetteredAt)
                    .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                continue;
            }
            var (id, revision, attempts, type) = (row.Id, row.Revision, row.Attempts, row.Type);
            var markDelivered = async (PortalDbContext ctx) =>
            {
                var tracked = await ctx.OutboxMessages.SingleAsync(m => m.Id == id, ct);
                tracked.Attempts = attempts;
                tracked.DeliveredAt = now;
                tracked.LastError = null;
                tracked.LeaseOwner = null;
                tracked.LeaseUntil = null;
            };
            var error = await store.ApplyAsync(row.SubmissionId,
                (s, at) => type == OutboxMessageType.Deliver ? s.MarkTransmitted(revision, at) : null, markDelivered, ct);
            if (error is not null)
            {
                // Delivered all the same (the back office holds it); the state did not allow Transmitted.
                await using var ctx = await contexts.CreateDbContextAsync(ct);
                await markDelivered(ctx);
                await ctx.SaveChangesAsync(ct);
            }
        }
        return new RelayRun(delivered, failed, dead);
    }

    /// <summary>
    /// Delay before attempt <paramref name="attempts"/> + 1: base × 2^(attempts − 1), capped, with "equal jitter"
    /// (half fixed, half random) so relays that failed together do not retry together.
    /// </summary>
    public static TimeSpan Backoff(int attempts, JobsOptions options, double random)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 20);
        var full = Math.Min(options.BackoffBase.TotalMilliseconds * Math.Pow(2, exponent), options.BackoffCap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full / 2 + full / 2 * random);
    }

    /// <summary>Leases up to a batch of due rows to this relay; returns their ids.</summary>
    private async Task<List<long>> ClaimAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        // Times are stored as UTC ticks (the portal store's convention).
        var (nowTicks, untilTicks) = (now.UtcTicks, (now + Options.Lease).UtcTicks);
        return await db.Database.SqlQuery<long>($"""
            UPDATE "OutboxMessages" SET "LeaseOwner" = {Instance}, "LeaseUntil" = {untilTicks}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "DeliveredAt" IS NULL AND "DeadLetteredAt" IS NULL AND "AvailableAt" <= {nowTicks}
                  AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {nowTicks})
                ORDER BY "Id" LIMIT {Options.BatchSize})
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
    }

    private static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length > 1000 ? text[..1000] : text;
    }
}
