using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_Return
{
    public static TheoryData<string[]?> NoReasons() => new() { null, Array.Empty<string>(), new[] { "", "  " } };

    [Theory]
    [MemberData(nameof(NoReasons))]
    public void NeedsReasons(string[]? reasons)
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);

        var error = s.Return(reasons, T0.AddDays(1));

        Assert.Equal(("reasons_required", "Submissions.Return.ReasonsRequired"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void RecordsTheReasons()
    {
        var s = InState(SubmissionState.Transmitted);
        Assert.Null(s.Return(["Wrong establishment.", "Wrong establishment.", " Missing seal. "], T0.AddDays(1), "RL-7"));

        Assert.Equal(SubmissionState.Returned, s.State);
        Assert.Equal(DecisionOutcome.Returned, s.Decision!.Outcome);
        Assert.Equal(["Wrong establishment.", "Missing seal."], s.Decision.Reasons);
        Assert.Equal("RL-7", s.Decision.DecisionNoticeReference);
        var applied = Assert.IsType<DecisionApplied>(Assert.Single(s.DomainEvents));
        Assert.Equal((SubmissionState.Returned, DecisionOutcome.Returned), (applied.State, applied.Outcome));
        Assert.Equal(2, applied.Reasons.Count);
    }

    [Fact]
    public void FromCorrectionRequestedOnlyOnceTheDeadlineHasPassed()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        var before = Snapshot(s);
        var deadlineEvening = new DateTimeOffset(CorrectionDeadline.ToDateTime(new TimeOnly(23, 0)), Jst);

        var error = s.Return(["No answer."], deadlineEvening);

        Assert.Equal(("deadline_not_passed", "Submissions.Return.DeadlineNotPassed"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(s));

        Assert.Null(s.Return(["No answer."], deadlineEvening.AddHours(1)));
        Assert.Equal(SubmissionState.Returned, s.State);
        Assert.Null(s.CorrectionRequest);
    }
}
