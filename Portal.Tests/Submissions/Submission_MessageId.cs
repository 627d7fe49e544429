using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_MessageId
{
    [Fact]
    public void IsTheSubmissionIdPlusTheRevision()
    {
        var id = Guid.Parse("5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");
        var s = NewDraft(id);
        Assert.Null(s.MessageId);

        Assert.Null(s.Submit(Payload, FirstRequestId, T0, new CountingReceiptNumbers(), Citizen));
        Assert.Equal(new SubmissionMessageId(id, 1), s.MessageId);
        Assert.Equal("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-r1", s.MessageId.ToString());

        Assert.Null(s.MarkTransmitted(1, T0.AddMinutes(1)));
        Assert.Null(s.RequestCorrection("x", null, CorrectionDeadline, T0.AddDays(1)));
        Assert.Null(s.Resubmit(CorrectedPayload, CorrectionRequestId, T0.AddDays(2), Citizen));
        Assert.Equal(new SubmissionMessageId(id, 2), s.MessageId);
        Assert.Equal(
            [new SubmissionMessageId(id, 1), new SubmissionMessageId(id, 1), new SubmissionMessageId(id, 1), new SubmissionMessageId(id, 2)],
            s.DomainEvents.Select(e => e.MessageId));
    }

    [Theory]
    [InlineData("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-r1", true)]
    [InlineData("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-r12", true)]
    [InlineData("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-r0", false)]
    [InlineData("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-r01", false)]
    [InlineData("5f0c1d2e3a4b4c5d8e9f0a1b2c3d4e5f-1", false)]
    [InlineData("5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f-r1", false)]
    [InlineData("", false)]
    public void ParsesItsTextForm(string text, bool valid)
    {
        Assert.Equal(valid, SubmissionMessageId.TryParse(text, out var id));
        if (valid) Assert.Equal(text, id.ToString());
    }
}
