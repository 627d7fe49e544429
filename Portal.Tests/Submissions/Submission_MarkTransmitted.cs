using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_MarkTransmitted
{
    [Fact]
    public void ARepeatedAcknowledgementOfTheSameRevisionIsANoOp()
    {
        var s = InState(SubmissionState.Transmitted);
        var before = Snapshot(s);
        Assert.Null(s.MarkTransmitted(1, T0.AddMinutes(30)));
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void ALateAcknowledgementOfAnEarlierRevisionIsANoOp()
    {
        var s = InState(SubmissionState.Resubmitted);
        var before = Snapshot(s);
        Assert.Null(s.MarkTransmitted(1, T0.AddDays(2).AddMinutes(1)));
        Assert.Equal(before, Snapshot(s));
        Assert.Equal(SubmissionState.Resubmitted, s.State);
    }

    [Fact]
    public void AnAcknowledgementOfARevisionNotYetSubmittedIsRefused()
    {
        var s = InState(SubmissionState.Submitted);
        var before = Snapshot(s);
        Assert.Equal(("unknown_revision", "Submissions.Transmit.UnknownRevision"),
            (s.MarkTransmitted(2, T0.AddMinutes(3))?.Code, s.MarkTransmitted(2, T0.AddMinutes(3))?.MessageKey));
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void TransmitsTheResubmittedRevision()
    {
        var s = InState(SubmissionState.Resubmitted);
        Assert.Null(s.MarkTransmitted(2, T0.AddDays(2).AddMinutes(1)));
        Assert.Equal(SubmissionState.Transmitted, s.State);
        var transmitted = Assert.IsType<SubmissionTransmitted>(Assert.Single(s.DomainEvents));
        Assert.Equal(new SubmissionMessageId(s.Id, 2), transmitted.MessageId);
    }
}
