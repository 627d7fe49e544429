using System.Security.Claims;
using Portal.Domain.Common;
using Portal.Infrastructure.BackOffice;

namespace Portal.Web.Features.BackOffice;

/// <summary>
/// The reviewer console's use cases. It stands in for the core system: it reads what arrived in the back-office store
/// and writes decisions there only. The portal learns of them through the decision feed (never from here).
/// </summary>
public sealed class ReviewerConsole(BackOfficeStore store)
{
    /// <summary>Cases with the back office (latest revision each), oldest receipt first.</summary>
    public Task<IReadOnlyList<ReceivedSubmission>> OpenAsync(CancellationToken ct = default) => store.OpenCasesAsync(ct: ct);

    /// <summary>The latest revision held for a submission.</summary>
    public Task<ReceivedSubmission?> FindAsync(Guid id, CancellationToken ct = default) => store.FindAsync(id, ct);

    /// <summary>Starts the review (審査中).</summary>
    public Task<string?> TakeAsync(ReceivedSubmission s, ClaimsPrincipal reviewer) =>
        DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.UnderReview, By(reviewer)));

    /// <summary>Asks the filer for a correction (補正) with a reason, fields and a deadline.</summary>
    public Task<string?> RequestCorrectionAsync(ReceivedSubmission s, string reason, IReadOnlyList<string> fields, DateOnly deadline,
        ClaimsPrincipal reviewer, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Task.FromResult<string?>("Submissions.Correction.ReasonRequired");
        if (deadline <= JapanTime.DateOf(now)) return Task.FromResult<string?>("Submissions.Correction.DeadlineTooEarly");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.CorrectionRequested, By(reviewer),
            Reason: reason.Trim(), Fields: fields, Deadline: deadline));
    }

    /// <summary>Decides (手続終了) and issues the decision notice (its reference; the filer's PDF carries it).</summary>
    public Task<string?> CompleteAsync(ReceivedSubmission s, string outcome, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer)
    {
        if (outcome != "Accepted" && reasons.Count == 0) return Task.FromResult<string?>("Submissions.Decision.ReasonsRequired");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.Completed, By(reviewer), Outcome: outcome,
            Reasons: reasons, NoticeReference: NoticeReference(s)));
    }

    /// <summary>Returns it (返戻) with reasons.</summary>
    public Task<string?> ReturnAsync(ReceivedSubmission s, IReadOnlyList<string> reasons, ClaimsPrincipal reviewer)
    {
        if (reasons.Count == 0) return Task.FromResult<string?>("Submissions.Return.ReasonsRequired");
        return DecideAsync(new NewDecision(s.SubmissionId, s.Revision, DecisionKind.Returned, By(reviewer), Reasons: reasons));
    }

    /// <summary>The decision notice (決定通知書) reference the back office issues.</summary>
    public static string NoticeReference(ReceivedSubmission s) => $"DN-{s.ReceiptNumber}-r{s.Revision}";

    private async Task<string?> DecideAsync(NewDecision decision) =>
        await store.DecideAsync(decision) is null ? "Submissions.IllegalTransition" : null;

    private static string By(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "reviewer";
}
