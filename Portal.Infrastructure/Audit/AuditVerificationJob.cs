using Microsoft.Extensions.Logging;
using Portal.Domain.Audit;
using Quartz;

namespace Portal.Infrastructure.Audit;

/// <summary>One verification of the chain: when, by whom (schedule or admin), and what it found.</summary>
public sealed record AuditVerificationRun(DateTimeOffset At, AuditVerification Result, bool Scheduled);

/// <summary>
/// The latest verification result, kept in memory for the admin page (and for a health check to read): null until the
/// first run in this process.
/// </summary>
public sealed class AuditVerificationStatus
{
    private volatile AuditVerificationRun? _latest;
    private volatile AuditVerificationRun? _latestScheduled;

    /// <summary>The latest run, scheduled or by hand.</summary>
    public AuditVerificationRun? Latest => _latest;
    /// <summary>The latest scheduled run.</summary>
    public AuditVerificationRun? LatestScheduled => _latestScheduled;

    internal void Report(AuditVerificationRun run)
    {
        _latest = run;
        if (run.Scheduled) _latestScheduled = run;
    }
}

/// <summary>
/// Walks the chain, logs the outcome (count, head hash, first broken sequence: never entry content), keeps it in
/// <see cref="AuditVerificationStatus"/> and appends an <see cref="AuditActions.ChainVerified"/> entry, so the chain
/// itself records that it was checked. The logged head hash is the anchor outside the database: truncating the newest
/// entries cannot be seen from the chain alone, but the head no longer matches a logged one.
/// </summary>
public sealed class AuditVerifier(AuditTrail trail, AuditVerificationStatus status, TimeProvider clock, ILogger<AuditVerifier> logger)
{
    /// <summary>Verifies now; <paramref name="actorId"/> is the admin's account id, or null for the schedule.</summary>
    public async Task<AuditVerificationRun> VerifyAsync(bool scheduled, string? actorId = null, CancellationToken ct = default)
    {
        var result = await trail.VerifyAsync(ct);
        var run = new AuditVerificationRun(clock.GetUtcNow(), result, scheduled);
        status.Report(run);
        if (result.Intact)
            logger.LogInformation("Audit chain intact: {Checked} entries checked, head hash {HeadHash}", result.EntriesChecked, result.HeadHash ?? "-");
        else
            logger.LogError("Audit chain BROKEN at sequence {Sequence}: {Problem} ({Checked} entries intact before it, last good hash {HeadHash})",
                result.FirstBrokenSequence, result.Problem, result.EntriesChecked, result.HeadHash ?? "-");
        await trail.RecordAsync(new AuditEvent(AuditActions.ChainVerified,
            result.Intact ? AuditOutcome.Succeeded : AuditOutcome.Failed, actorId, null,
            (result.Intact ? $"checked={result.EntriesChecked}" : $"broken-at={result.FirstBrokenSequence}") + (scheduled ? ";scheduled" : ";by-hand")), ct);
        return run;
    }
}

/// <summary>The scheduled chain check (default hourly, <c>Portal:Jobs:AuditVerifyInterval</c>); read-only apart from its own entry, so safe to run twice.</summary>
[DisallowConcurrentExecution]
public sealed class AuditVerificationJob(AuditVerifier verifier) : IJob
{
    public static readonly JobKey Key = new("audit-verify", "housekeeping");

    public Task Execute(IJobExecutionContext context) => verifier.VerifyAsync(scheduled: true, ct: context.CancellationToken);
}
