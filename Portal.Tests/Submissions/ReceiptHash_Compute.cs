using System.Reflection;
using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class ReceiptHash_Compute
{
    private static readonly ReceiptNumber Number = ReceiptNumber.Parse("20261122-EXM-0000001").Value;

    [Fact]
    public void HashesTheDocumentedDocument()
    {
        var document = ReceiptHash.Document(SubmissionKind.Exemption, 1, Number, T0, """{"b":[2,1],"a":"あ"}""");

        Assert.Equal(
            """{"kind":"citizen.exemption","payload":{"a":"\u3042","b":[2,1]},"receiptNumber":"20261122-EXM-0000001","receivedAt":"2026-11-22T01:00:00.000Z","revision":1}""",
            document);
        // Golden value (sha256sum of the text above): a change here breaks every stored receipt.
        Assert.Equal("274a27cf10a0a7c61f7787d7b88ba89228d77ba803bf8f5deebe674dce2c2cf9",
            ReceiptHash.Compute(SubmissionKind.Exemption, 1, Number, T0, """{"b":[2,1],"a":"あ"}"""));
    }

    [Fact]
    public void EveryHashedPartCounts()
    {
        var baseline = ReceiptHash.Compute(SubmissionKind.Exemption, 1, Number, T0, Payload);
        Assert.Equal(baseline, ReceiptHash.Compute(SubmissionKind.Exemption, 1, Number, T0.ToOffset(TimeSpan.Zero), Payload));
        Assert.NotEqual(baseline, ReceiptHash.Compute(SubmissionKind.StudentDeferral, 1, Number, T0, Payload));
        Assert.NotEqual(baseline, ReceiptHash.Compute(SubmissionKind.Exemption, 2, Number, T0, Payload));
        Assert.NotEqual(baseline, ReceiptHash.Compute(SubmissionKind.Exemption, 1, ReceiptNumber.Parse("20261122-EXM-0000002").Value, T0, Payload));
        Assert.NotEqual(baseline, ReceiptHash.Compute(SubmissionKind.Exemption, 1, Number, T0.AddMilliseconds(1), Payload));
        Assert.NotEqual(baseline, ReceiptHash.Compute(SubmissionKind.Exemption, 1, Number, T0, CorrectedPayload));
    }

    [Fact]
    public void VerifyDetectsAlteredContent()
    {
        var s = InState(SubmissionState.Resubmitted);
        Assert.True(ReceiptHash.Verify(s));

        // Simulate tampering in storage: change revision 1's stored payload behind the aggregate's back.
        typeof(SubmissionRevision).GetProperty(nameof(SubmissionRevision.Payload))!
            .SetValue(s.Revisions[0], CorrectedPayload, BindingFlags.NonPublic | BindingFlags.Instance, null, null, null);
        Assert.False(ReceiptHash.Verify(s));
    }

    [Fact]
    public void ADraftHasNothingToVerify() => Assert.True(ReceiptHash.Verify(NewDraft()));
}
