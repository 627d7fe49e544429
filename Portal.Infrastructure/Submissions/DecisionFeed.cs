using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Domain.Submissions;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Submissions;

/// <summary>What one feed run did.</summary>
public sealed record FeedRun(int Applied, int Errors);

/// <summary>
/// Reads the back office's new decisions by cursor and applies each through the domain (UnderReview,
/// CorrectionRequested with its reason, Completed with the decision notice, Returned), so each produces its inbox
/// notice. The cursor moves in the same portal transaction as the change, so a decision is applied once even when the
/// feed runs twice. A decision for an unknown submission, a stale revision or an illegal transition is recorded as a
/// <see cref="DecisionFeedError"/> (with the cursor, in one transaction) and the feed goes on.
/// </summary>
public sealed class DecisionFeed(
    IDbContextFactory<PortalDbContext> contexts,
    SubmissionStore store,
    BackOfficeStore backOffice,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<DecisionFeed> logger)
{
    /// <summary>The cursor's name.</summary>
    public const string CursorName = "back-office-decisions";

    /// <summary>Applies the decisions after the cursor (one batch).</summary>
    public async Task<FeedRun> RunOnceAsync(CancellationToken ct = default)
    {
        long position;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            position = await db.HandoffCursors.Where(c => c.Name == CursorName).Select(c => (long?)c.Position).FirstOrDefaultAsync(ct) ?? 0;

        var decisions = await backOffice.DecisionsAfterAsync(position, options.Value.FeedBatchSize, ct);
        int applied = 0, errors = 0;
        foreach (var d in decisions)
        {
            var error = await store.ApplyAsync(d.SubmissionId, (s, _) => Apply(s, d), db => AdvanceAsync(db, d.Sequence, ct), ct);
            if (error is null)
            {
                applied++;
                continue;
            }
            errors++;
            await using var db = await contexts.CreateDbContextAsync(ct);
            await AdvanceAsync(db, d.Sequence, ct);
            if (!await db.DecisionFeedErrors.AnyAsync(e => e.Sequence == d.Sequence, ct))
                db.DecisionFeedErrors.Add(new DecisionFeedError(d.Sequence, d.SubmissionId, d.Revision, d.Kind.ToString(), error.Code, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Decision {Sequence} for submission {SubmissionId} not applied: {Code}", d.Sequence, d.SubmissionId, error.Code);
        }
        if (decisions.Count > 0)
            logger.LogInformation("Decision feed: {Applied} applied, {Errors} recorded as errors", applied, errors);
        return new FeedRun(applied, errors);
    }

    /// <summary>The domain call for one decision.</summary>
    internal static RuleError? Apply(Submission s, BackOfficeDecision d)
    {
        if (d.Revision != s.Revision) return SubmissionErrors.UnknownRevision;
        // A decision proves the back office holds the revision: record the hand-off if the relay's mark is not in yet.
        if (s.State is SubmissionState.Submitted or SubmissionState.Resubmitted && s.MarkTransmitted(d.Revision, d.DecidedAt) is { } notTransmitted)
            return notTransmitted;
        return d.Kind switch
        {
            DecisionKind.UnderReview => s.MarkUnderReview(d.DecidedAt),
            DecisionKind.CorrectionRequested => s.RequestCorrection(d.Reason ?? "", d.Fields,
                d.Deadline ?? JapanTime.DateOf(d.DecidedAt).AddDays(14), d.DecidedAt),
            DecisionKind.Completed => s.Complete(d.NoticeReference ?? "", d.DecidedAt,
                Enum.TryParse<DecisionOutcome>(d.Outcome, out var outcome) ? outcome : DecisionOutcome.Accepted, d.Reasons),
            DecisionKind.Returned => s.Return(d.Reasons, d.DecidedAt, d.NoticeReference),
            _ => SubmissionErrors.IllegalTransition,
        };
    }

    private static async Task AdvanceAsync(PortalDbContext db, long sequence, CancellationToken ct)
    {
        var cursor = await db.HandoffCursors.FirstOrDefaultAsync(c => c.Name == CursorName, ct);
        if (cursor is null) db.HandoffCursors.Add(new HandoffCursor(CursorName, sequence));
        else if (cursor.Position < sequence) cursor.Position = sequence;
    }
}
