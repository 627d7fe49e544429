using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_BusinessKey
{
    private const string Key = "citizen.exemption|person-1|full|2026-07";

    [Theory]
    [InlineData(SubmissionState.Submitted, true)]
    [InlineData(SubmissionState.Transmitted, true)]
    [InlineData(SubmissionState.UnderReview, true)]
    [InlineData(SubmissionState.CorrectionRequested, true)]
    [InlineData(SubmissionState.Resubmitted, true)]
    [InlineData(SubmissionState.Completed, true)] // completed as Accepted: an approval also blocks a duplicate (DOMAIN §6.7)
    [InlineData(SubmissionState.Returned, false)]
    [InlineData(SubmissionState.Withdrawn, false)]
    public void BlocksDuplicatesWhileOpenOrApproved(SubmissionState state, bool blocks)
    {
        var s = InState(state);
        Assert.Equal(Key, s.BusinessKey);
        Assert.Equal(blocks ? Key : null, s.ActiveBusinessKey);
    }

    [Fact]
    public void ARejectionReleasesTheKey()
    {
        var s = InState(SubmissionState.UnderReview);
        Assert.Null(s.Complete("DN-1", T0.AddDays(1), DecisionOutcome.Rejected, ["Income above the limit."]));
        Assert.Null(s.ActiveBusinessKey);
    }

    [Fact]
    public void ADraftHasNoKeyAndAFormWithoutADuplicateRuleNeverHasOne()
    {
        Assert.Null(InState(SubmissionState.Draft).ActiveBusinessKey);
        var s = NewDraft();
        Assert.Null(s.Submit(Payload, "r", T0, new CountingReceiptNumbers(), Citizen, businessKey: "  "));
        Assert.Null(s.BusinessKey);
        Assert.Null(s.ActiveBusinessKey);
    }

    [Theory]
    [InlineData(SubmissionState.Draft, true)]
    [InlineData(SubmissionState.Submitted, true)]
    [InlineData(SubmissionState.Transmitted, true)]
    [InlineData(SubmissionState.UnderReview, true)]
    [InlineData(SubmissionState.CorrectionRequested, true)]
    [InlineData(SubmissionState.Resubmitted, true)]
    [InlineData(SubmissionState.Completed, false)]
    [InlineData(SubmissionState.Returned, false)]
    [InlineData(SubmissionState.Withdrawn, false)]
    public void IsOpenUntilCompletedReturnedOrWithdrawn(SubmissionState state, bool open)
    {
        Assert.Equal(open, InState(state).IsOpen);
        Assert.Equal(open, SubmissionStateMachine.IsOpen(state));
    }
}
