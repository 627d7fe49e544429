using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Web.Features.Submissions;

/// <summary>
/// The interim reviewer console (issue 4): a reviewer takes a received submission for review, asks for a correction,
/// decides or returns it. Every action is a domain transition, so an illegal one is refused. When the back-office
/// hand-off lands, decisions come through the decision feed instead and this console moves to the back-office store.
/// </summary>
public sealed class ReviewQueue(IDbContextFactory<PortalDbContext> contexts, SubmissionStore store)
{
    /// <summary>Open submissions that have been received (drafts are never shown to staff), oldest receipt first.</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> OpenAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = new[] { SubmissionState.Submitted, SubmissionState.Transmitted, SubmissionState.UnderReview,
            SubmissionState.CorrectionRequested, SubmissionState.Resubmitted };
        var rows = await db.Submissions.AsNoTracking().Where(s => open.Contains(s.State)).ToListAsync(ct);
        return rows.OrderBy(s => s.Receipt!.ReceivedAt)
            .Select(s => new SubmissionSummary(s.Id, s.Kind, s.State, s.Receipt?.Number.Value, s.Receipt?.ReceivedAt, s.UpdatedAt,
                s.CorrectionRequest?.Deadline, s.Owner.EstablishmentId))
            .ToList();
    }

    /// <summary>Any received submission (reviewers see every filer's).</summary>
    public async Task<Submission?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.State != SubmissionState.Draft, ct);
    }

    /// <summary>Takes it for review: records the hand-off (until the relay does it) and the start of review.</summary>
    public Task<RuleError?> TakeAsync(Guid id, ClaimsPrincipal reviewer) =>
        store.ApplyAsync(id, (s, now) =>
            (s.State is SubmissionState.Submitted or SubmissionState.Resubmitted ? s.MarkTransmitted(s.Revision, now, Actor(reviewer)) : null)
            ?? s.MarkUnderReview(now, Actor(reviewer)));

    /// <summary>Asks the filer for a correction (補正).</summary>
    public Task<RuleError?> RequestCorrectionAsync(Guid id, string reason, IReadOnlyList<string> fields, DateOnly deadline, ClaimsPrincipal reviewer) =>
        store.ApplyAsync(id, (s, now) => s.RequestCorrection(reason, fields, deadline, now, Actor(reviewer)));

    /// <summary>Decides it (手続終了).</summary>
    public Task<RuleError?> CompleteAsync(Guid id, DecisionOutcome outcome, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer) =>
        store.ApplyAsync(id, (s, now) => s.Complete($"DN-{s.Receipt!.Number.Value}", now, outcome, reasons, Actor(reviewer)));

    /// <summary>Returns it (返戻) with reasons.</summary>
    public Task<RuleError?> ReturnAsync(Guid id, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer) =>
        store.ApplyAsync(id, (s, now) => s.Return(reasons, now, null, Actor(reviewer)));

    private static SubmissionActor Actor(ClaimsPrincipal user) => SubmissionActor.Reviewer(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
