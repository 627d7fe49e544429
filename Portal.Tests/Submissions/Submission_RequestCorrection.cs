using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_RequestCorrection
{
    [Fact]
    public void RecordsReasonFieldsAndDeadlineAndSeedsTheCorrectedDraft()
    {
        var s = InState(SubmissionState.UnderReview);
        var at = T0.AddDays(1);

        Assert.Null(s.RequestCorrection(" Prior-year income is missing. ", ["income", " ", "income", "spouse.income"], CorrectionDeadline, at, Reviewer));

        var request = Assert.IsType<CorrectionRequest>(s.CorrectionRequest);
        Assert.Equal("Prior-year income is missing.", request.Reason);
        Assert.Equal(["income", "spouse.income"], request.Fields);
        Assert.Equal((CorrectionDeadline, at, 1), (request.Deadline, request.RequestedAt, request.Revision));
        Assert.Equal(s.Payload, s.DraftPayload);
        Assert.Equal("Prior-year income is missing.", s.History[^1].Note);
        var raised = Assert.IsType<SubmissionCorrectionRequested>(Assert.Single(s.DomainEvents));
        Assert.Equal((request.Reason, CorrectionDeadline), (raised.Reason, raised.Deadline));

        Assert.Null(s.SaveDraft(CorrectedPayload, at.AddHours(1)));
        Assert.Equal(CorrectedPayload, s.DraftPayload);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void NeedsAReason(string reason)
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);
        var error = s.RequestCorrection(reason, null, CorrectionDeadline, T0.AddDays(1));
        Assert.Equal(("reason_required", "Submissions.Correction.ReasonRequired"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void NeedsADeadlineAfterTheDayOfTheRequest()
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);
        var at = T0.AddDays(1); // 23 November in Japan
        Assert.Equal("deadline_too_early", s.RequestCorrection("x", null, new DateOnly(2026, 11, 23), at)?.Code);
        Assert.Equal(before, Snapshot(s));
        Assert.Null(s.RequestCorrection("x", null, new DateOnly(2026, 11, 24), at));
    }
}
