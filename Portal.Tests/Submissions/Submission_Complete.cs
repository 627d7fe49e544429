using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_Complete
{
    [Fact]
    public void RecordsTheDecisionAndItsNotice()
    {
        var s = InState(SubmissionState.UnderReview);
        var at = T0.AddDays(1);

        Assert.Null(s.Complete("DN-2026-0001", at, actor: Reviewer));

        Assert.Equal(SubmissionState.Completed, s.State);
        var decision = Assert.IsType<SubmissionDecision>(s.Decision);
        Assert.Equal((DecisionOutcome.Accepted, "DN-2026-0001", at), (decision.Outcome, decision.DecisionNoticeReference, decision.DecidedAt));
        Assert.Empty(decision.Reasons);
        var applied = Assert.IsType<DecisionApplied>(Assert.Single(s.DomainEvents));
        Assert.Equal((SubmissionState.Completed, DecisionOutcome.Accepted, "DN-2026-0001"), (applied.State, applied.Outcome, applied.DecisionNoticeReference));
        Assert.False(s.IsOpen);
        Assert.Empty(s.AllowedActions);
    }

    [Fact]
    public void APartialApprovalNeedsReasons()
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);
        var error = s.Complete("DN-1", T0.AddDays(1), DecisionOutcome.PartlyAccepted);
        Assert.Equal(("reasons_required", "Submissions.Decision.ReasonsRequired"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(s));

        Assert.Null(s.Complete("DN-1", T0.AddDays(1), DecisionOutcome.PartlyAccepted, ["Half exemption: household income above the full-exemption limit."]));
        Assert.Equal(DecisionOutcome.PartlyAccepted, s.Decision!.Outcome);
    }

    [Fact]
    public void ARejectionNeedsReasons()
    {
        var s = InState(SubmissionState.UnderReview);
        Assert.Equal("reasons_required", s.Complete("DN-1", T0.AddDays(1), DecisionOutcome.Rejected, [" "])?.Code);
        Assert.Equal(SubmissionState.UnderReview, s.State);
    }

    [Fact]
    public void NeedsTheDecisionNoticeReference()
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);
        Assert.Equal(("notice_required", "Submissions.Decision.NoticeRequired"),
            (s.Complete(" ", T0.AddDays(1))?.Code, s.Complete(" ", T0.AddDays(1))?.MessageKey));
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void DoesNotTakeTheReturnedOutcome()
    {
        var s = InState(SubmissionState.UnderReview);
        Assert.Equal("outcome_invalid", s.Complete("DN-1", T0.AddDays(1), DecisionOutcome.Returned, ["x"])?.Code);
        Assert.Equal(SubmissionState.UnderReview, s.State);
    }
}
