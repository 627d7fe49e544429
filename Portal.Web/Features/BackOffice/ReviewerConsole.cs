using System.Security.Claims;
using Portal.Domain.Common;
using Portal.Domain.Audit;
using Portal.Infrastructure.BackOffice;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.BackOffice;

/// <summary>
/// The reviewer console's use cases. It stands in for the core system: it reads what arrived in the back-office store
/// and writes decisions there only. The portal learns of them through the decision feed (never from here). Every decision
/// is audited (<see cref="AuditActions.ReviewerDecision"/>: the reviewer's account id, the submission, the decision kind and
/// revision; never the reasons, which may quote the filer), and opening a case is audited as a view of its content.
/// </summary>
public sealed class ReviewerConsole(BackOfficeStore store, PortalAudit audit, PageAudit pageAudit)
{
    /// <summary>Cases with the back office (latest revision each), oldest receipt first.</summary>
    public Task<IReadOnlyList<ReceivedSubmission>> OpenAsync(CancellationToken ct = default) => store.OpenCasesAsync(ct: ct);

    /// <summary>The latest revision held for a submission.</summary>
    public Task<ReceivedSubmission?> FindAsync(Guid id, CancellationToken ct = default) => store.FindAsync(id, ct);

    /// <summary>Opens a case for <paramref name="reviewer"/>: the latest revision, its view audited once per page load.</summary>
    public async Task<ReceivedSubmission?> OpenCaseAsync(Guid id, ClaimsPrincipal reviewer, CancellationToken ct = default)
    {
        var found = await store.FindAsync(id, ct);
        if (found is not null)
            await pageAudit.ViewedAsync(reviewer, AuditActions.Subjects.Submission(id), $"reviewer-console:r{found.Revision}");
        return found;
    }

    /// <summary>Starts the review (審査中).</summary>
    public Task<string?> TakeAsync(ReceivedSubmission s, ClaimsPrincipal reviewer) =>
        DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.UnderReview, By(reviewer)), reviewer);

    /// <summary>Asks the filer for a correction (補正) with a reason, fields and a deadline.</summary>
    public Task<string?> RequestCorrectionAsync(ReceivedSubmission s, string reason, IReadOnlyList<string> fields, DateOnly deadline,
        ClaimsPrincipal reviewer, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Task.FromResult<string?>("Submissions.Correction.ReasonRequired");
        if (deadline <= JapanTime.DateOf(now)) return Task.FromResult<string?>("Submissions.Correction.DeadlineTooEarly");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.CorrectionRequested, By(reviewer),
            Reason: reason.Trim(), Fields: fields, Deadline: deadline), reviewer);
    }

    /// <summary>Decides (手続終了) and issues the decision notice (its reference; the filer's PDF carries it).</summary>
    public Task<string?> CompleteAsync(ReceivedSubmission s, string outcome, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer)
    {
        if (outcome != "Accepted" && reasons.Count == 0) return Task.FromResult<string?>("Submissions.Decision.ReasonsRequired");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.Completed, By(reviewer), Outcome: outcome,
            Reasons: reasons, NoticeReference: NoticeReference(s)), reviewer);
    }

    /// <summary>Returns it (返戻) with reasons.</summary>
    public Task<string?> ReturnAsync(ReceivedSubmission s, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer)
    {
        if (reasons.Count == 0) return Task.FromResult<string?>("Submissions.Return.ReasonsRequired");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.Returned, By(reviewer), Reasons: reasons), reviewer);
    }

    /// <summary>The decision notice (決定通知書) reference the back office issues.</summary>
    public static string NoticeReference(ReceivedSubmission s) => $"DN-{s.ReceiptNumber}-r{s.Revision}";

    private async Task<string?> DecideAsync(NewDecision decision, ClaimsPrincipal reviewer)
    {
        var done = await store.DecideAsync(decision) is not null;
        var detail = $"{decision.Kind}:r{decision.Revision}" + (decision.Outcome is { } outcome ? $":{outcome}" : "");
        await audit.RecordAsync(AuditActions.ReviewerDecision, done ? AuditOutcome.Succeeded : AuditOutcome.Failed, PortalAudit.ActorOf(reviewer),
            AuditActions.Subjects.Submission(decision.SubmissionId), done ? detail : detail + ":illegal-transition");
        return done ? null : "Submissions.IllegalTransition";
    }

    private static string By(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "reviewer";
}
