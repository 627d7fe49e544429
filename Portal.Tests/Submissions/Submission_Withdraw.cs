using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_Withdraw
{
    [Theory]
    [InlineData(SubmissionState.Completed)]
    [InlineData(SubmissionState.Returned)]
    [InlineData(SubmissionState.Withdrawn)]
    [InlineData(SubmissionState.Draft)]
    public void IsRefusedOnceDecidedOrBeforeSubmission(SubmissionState state)
    {
        var s = InState(state);
        var before = Snapshot(s);
        Assert.Equal("illegal_transition", s.Withdraw(T0.AddDays(5), Citizen)?.Code);
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void ByTheFilerBeforeADecision()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        Assert.Null(s.Withdraw(T0.AddDays(2), Citizen, "Filed by mistake."));

        Assert.Equal(SubmissionState.Withdrawn, s.State);
        Assert.Null(s.CorrectionRequest);
        Assert.Null(s.DraftPayload);
        Assert.Equal("Filed by mistake.", s.History[^1].Note);
        var withdrawn = Assert.IsType<SubmissionWithdrawn>(Assert.Single(s.DomainEvents));
        Assert.Equal((SubmissionState.CorrectionRequested, CitizenUserId), (withdrawn.From, withdrawn.Actor.Id));
    }

    [Fact]
    public void CounterStaffMayRecordAWithdrawalReceivedOnPaper()
    {
        var s = InState(SubmissionState.UnderReview);
        Assert.Null(s.Withdraw(T0.AddDays(2), SubmissionActor.Staff("staff-3")));
        Assert.Equal(SubmissionActorKind.Staff, s.History[^1].ActorKind);
    }

    [Fact]
    public void IsRefusedForTheBackOfficeAndOtherUsers()
    {
        foreach (var actor in new[] { Reviewer, SubmissionActor.BackOffice, SubmissionActor.System, SubmissionActor.Citizen("someone-else") })
        {
            var s = InState(SubmissionState.UnderReview);
            var before = Snapshot(s);
            Assert.Equal(("not_filer", "Submissions.Actor.NotFiler"), (s.Withdraw(T0.AddDays(2), actor)?.Code, s.Withdraw(T0.AddDays(2), actor)?.MessageKey));
            Assert.Equal(before, Snapshot(s));
        }
    }

    [Fact]
    public void AnyEmployerUserOfAnEmployerFilingMayWithdrawIt()
    {
        var s = Submission.StartDraft(Guid.NewGuid(), SubmissionKind.BonusReport,
            SubmissionOwner.Employer("attorney-1", Guid.NewGuid(), filedAsAttorney: true), T0, SubmissionActor.Employer("attorney-1"));
        Assert.Null(s.Submit("""{"rows":[]}""", "r", T0, new CountingReceiptNumbers(), SubmissionActor.Employer("attorney-1")));
        Assert.Null(s.Withdraw(T0.AddHours(1), SubmissionActor.Employer("employer-2"))); // membership is the use case's check
        Assert.Equal(SubmissionState.Withdrawn, s.State);
    }
}
