using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_StartDraft
{
    [Fact]
    public void StartsADraftRecordingWhoFiledAndForWhom()
    {
        var id = Guid.NewGuid();
        var s = NewDraft(id);

        Assert.Equal((id, SubmissionKind.Exemption, SubmissionState.Draft, 0), (s.Id, s.Kind, s.State, s.Revision));
        Assert.Equal((SubmissionOwnerKind.Citizen, CitizenUserId, (Guid?)InsuredPersonId, (Guid?)null, false),
            (s.Owner.Kind, s.Owner.UserId, s.Owner.InsuredPersonId, s.Owner.EstablishmentId, s.Owner.FiledAsAttorney));
        Assert.Null(s.Receipt);
        Assert.Null(s.MessageId);
        Assert.True(s.IsOpen);
        Assert.Equal([SubmissionAction.SaveDraft, SubmissionAction.Submit], s.AllowedActions);
        var line = Assert.Single(s.History);
        Assert.Equal(((SubmissionState?)null, SubmissionState.Draft, T0, CitizenUserId), (line.From, line.To, line.At, line.ActorId));
        Assert.Empty(s.DomainEvents);
    }

    [Fact]
    public void RecordsAnAttorneyFilingForAnEstablishment()
    {
        var establishment = Guid.NewGuid();
        var s = Submission.StartDraft(Guid.NewGuid(), SubmissionKind.Acquisition,
            SubmissionOwner.Employer("sharoushi-1", establishment, filedAsAttorney: true), T0, SubmissionActor.Employer("sharoushi-1"));

        Assert.Equal((SubmissionOwnerKind.Employer, "sharoushi-1", (Guid?)establishment, (Guid?)null, true),
            (s.Owner.Kind, s.Owner.UserId, s.Owner.EstablishmentId, s.Owner.InsuredPersonId, s.Owner.FiledAsAttorney));
    }

    [Fact]
    public void ThrowsWhenTheOwnerDoesNotFileTheKind()
    {
        Assert.Throws<ArgumentException>(() => Submission.StartDraft(Guid.NewGuid(), SubmissionKind.Acquisition,
            SubmissionOwner.Citizen(CitizenUserId, InsuredPersonId), T0, Citizen));
        Assert.Throws<ArgumentException>(() => Submission.StartDraft(Guid.NewGuid(), SubmissionKind.Exemption,
            SubmissionOwner.Employer("e", Guid.NewGuid(), false), T0, SubmissionActor.Employer("e")));
        Assert.Throws<ArgumentException>(() => Submission.StartDraft(Guid.Empty, SubmissionKind.Exemption,
            SubmissionOwner.Citizen(CitizenUserId, InsuredPersonId), T0, Citizen));
    }
}
