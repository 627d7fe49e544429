using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

/// <summary>Builds submissions in any state and performs any action with valid arguments.</summary>
internal static class SubmissionFixtures
{
    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    /// <summary>Start of every scenario: 22 November 2026, 10:00 in Japan.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 10, 0, 0, Jst);
    public static readonly DateOnly CorrectionDeadline = new(2026, 12, 10);
    public const string CitizenUserId = "citizen-1";
    public static readonly Guid InsuredPersonId = Guid.Parse("0b7a2f4e-6a55-4c56-9a1f-3f3c8f0c2a11");
    public static readonly SubmissionActor Citizen = SubmissionActor.Citizen(CitizenUserId);
    public static readonly SubmissionActor Reviewer = SubmissionActor.Reviewer("reviewer-7");
    public const string Payload = """{"type":"full","period":{"from":"2026-07","to":"2027-06"},"income":0}""";
    public const string CorrectedPayload = """{"type":"full","period":{"from":"2026-07","to":"2027-06"},"income":120000}""";
    public const string FirstRequestId = "req-1";
    public const string CorrectionRequestId = "req-2";

    public static Submission NewDraft(Guid? id = null) =>
        Submission.StartDraft(id ?? Guid.NewGuid(), SubmissionKind.Exemption,
            SubmissionOwner.Citizen(CitizenUserId, InsuredPersonId), T0, Citizen);

    /// <summary>A submission brought to <paramref name="state"/> by the usual route, its events cleared.</summary>
    public static Submission InState(SubmissionState state, CountingReceiptNumbers? numbers = null)
    {
        numbers ??= new CountingReceiptNumbers();
        var s = NewDraft();
        Ok(s.SaveDraft(Payload, T0.AddMinutes(1)));
        if (state == SubmissionState.Draft) return Cleared(s);

        Ok(s.Submit(Payload, FirstRequestId, T0.AddMinutes(2), numbers, Citizen, "citizen.exemption|person-1|full|2026-07"));
        if (state == SubmissionState.Submitted) return Cleared(s);
        if (state == SubmissionState.Withdrawn)
        {
            Ok(s.Withdraw(T0.AddMinutes(3), Citizen));
            return Cleared(s);
        }

        Ok(s.MarkTransmitted(1, T0.AddMinutes(3)));
        if (state == SubmissionState.Transmitted) return Cleared(s);

        Ok(s.MarkUnderReview(T0.AddHours(1)));
        if (state == SubmissionState.UnderReview) return Cleared(s);
        if (state == SubmissionState.Completed)
        {
            Ok(s.Complete("DN-2026-0001", T0.AddDays(1)));
            return Cleared(s);
        }
        if (state == SubmissionState.Returned)
        {
            Ok(s.Return(["The income year does not match the period."], T0.AddDays(1)));
            return Cleared(s);
        }

        Ok(s.RequestCorrection("Prior-year income is missing.", ["income"], CorrectionDeadline, T0.AddDays(1), Reviewer));
        if (state == SubmissionState.CorrectionRequested) return Cleared(s);

        Ok(s.Resubmit(CorrectedPayload, CorrectionRequestId, T0.AddDays(2), Citizen));
        if (state == SubmissionState.Resubmitted) return Cleared(s);

        throw new ArgumentOutOfRangeException(nameof(state), state, null);
    }

    /// <summary>When a test performs <paramref name="action"/>: a day after the scenario's last step, or after the correction deadline for a return.</summary>
    public static DateTimeOffset WhenToAct(SubmissionState state, SubmissionAction action) =>
        action == SubmissionAction.Return && state == SubmissionState.CorrectionRequested
            ? new DateTimeOffset(CorrectionDeadline.AddDays(1).ToDateTime(new TimeOnly(9, 0)), Jst)
            : T0.AddDays(3);

    /// <summary>Performs <paramref name="action"/> with arguments that are valid whenever the action is allowed.</summary>
    public static Portal.Domain.Common.RuleError? Act(Submission s, SubmissionAction action, DateTimeOffset at, SubmissionActor? actor = null) =>
        action switch
        {
            SubmissionAction.SaveDraft => s.SaveDraft("""{"draft":true}""", at),
            SubmissionAction.Submit => s.Submit(Payload, "req-new", at, new CountingReceiptNumbers(), actor ?? Citizen),
            SubmissionAction.MarkTransmitted => s.MarkTransmitted(s.Revision, at, actor),
            SubmissionAction.MarkUnderReview => s.MarkUnderReview(at, actor),
            SubmissionAction.RequestCorrection => s.RequestCorrection("Please attach proof.", ["proof"], DateOnly.FromDateTime(at.ToOffset(Jst).DateTime).AddDays(14), at, actor),
            SubmissionAction.Resubmit => s.Resubmit(CorrectedPayload, "req-new", at, actor ?? Citizen),
            SubmissionAction.Complete => s.Complete("DN-2026-0002", at, actor: actor),
            SubmissionAction.Return => s.Return(["Cannot be processed."], at, actor: actor),
            SubmissionAction.Withdraw => s.Withdraw(at, actor ?? Citizen),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

    /// <summary>Everything observable about a submission, to prove a refused call changed nothing.</summary>
    public static object Snapshot(Submission s) => new
    {
        s.State, s.Revision, s.Version, s.UpdatedAt, s.Payload, s.DraftPayload, s.DraftSavedAt, s.ClientRequestId,
        s.BusinessKey, s.ActiveBusinessKey,
        Receipt = s.Receipt is { } r ? $"{r.Number}|{r.ReceivedAt:O}|{r.ContentHash}" : null,
        Correction = s.CorrectionRequest is { } c ? $"{c.Reason}|{c.Deadline}|{string.Join(",", c.Fields)}" : null,
        Decision = s.Decision is { } d ? $"{d.Outcome}|{d.DecisionNoticeReference}|{string.Join(",", d.Reasons)}" : null,
        Revisions = string.Join(";", s.Revisions.Select(v => $"{v.Number}:{v.ContentHash}")),
        History = s.History.Count,
        Events = s.DomainEvents.Count,
    };

    public static void Ok(Portal.Domain.Common.RuleError? error) => Assert.Null(error);

    private static Submission Cleared(Submission s)
    {
        s.ClearDomainEvents();
        return s;
    }
}

/// <summary>Issues numbers 1, 2, 3… and counts the calls.</summary>
internal sealed class CountingReceiptNumbers : IReceiptNumberGenerator
{
    public int Calls { get; private set; }

    public ReceiptNumber Next(SubmissionKind kind, DateTimeOffset receivedAt) => ReceiptNumber.Create(kind, receivedAt, ++Calls);
}
