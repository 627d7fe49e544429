using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_Resubmit
{
    [Fact]
    public void KeepsTheReceiptAndAddsARevisionWithItsOwnHash()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        var receipt = s.Receipt!;
        var (number, receivedAt, receiptHash) = (receipt.Number, receipt.ReceivedAt, receipt.ContentHash);
        var at = T0.AddDays(2);

        Assert.Null(s.Resubmit(CorrectedPayload, CorrectionRequestId, at, Citizen));

        Assert.Equal(SubmissionState.Resubmitted, s.State);
        Assert.Equal(2, s.Revision);
        Assert.Same(receipt, s.Receipt);
        Assert.Equal((number, receivedAt, receiptHash), (s.Receipt!.Number, s.Receipt.ReceivedAt, s.Receipt.ContentHash));
        Assert.Equal([1, 2], s.Revisions.Select(r => r.Number));
        var second = s.Revisions[1];
        Assert.NotEqual(receiptHash, second.ContentHash);
        Assert.Equal(ReceiptHash.Compute(s.Kind, 2, number, receivedAt, CorrectedPayload), second.ContentHash);
        Assert.Equal(at, second.SubmittedAt);
        Assert.Equal(CorrectionRequestId, second.ClientRequestId);
        Assert.Equal(CanonicalJson.Canonicalize(CorrectedPayload), s.Payload);
        Assert.Equal(CanonicalJson.Canonicalize(Payload), s.Revisions[0].Payload); // the original content is kept
        Assert.Equal(FirstRequestId, s.ClientRequestId);
        Assert.Null(s.CorrectionRequest);
        Assert.True(ReceiptHash.Verify(s));

        var resubmitted = Assert.IsType<SubmissionResubmitted>(Assert.Single(s.DomainEvents));
        Assert.Equal((number, second.ContentHash, new SubmissionMessageId(s.Id, 2)), (resubmitted.ReceiptNumber, resubmitted.ContentHash, resubmitted.MessageId));
    }

    [Fact]
    public void TheSameContentAgainStillGetsARevisionHashOfItsOwn()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        Assert.Null(s.Resubmit(Payload, CorrectionRequestId, T0.AddDays(2), Citizen));
        Assert.NotEqual(s.Revisions[0].ContentHash, s.Revisions[1].ContentHash); // the revision number is hashed
    }

    [Fact]
    public void ASecondCorrectionLoopKeepsTheReceiptToo()
    {
        var s = InState(SubmissionState.Resubmitted);
        var receiptHash = s.Receipt!.ContentHash;
        Assert.Null(s.MarkTransmitted(2, T0.AddDays(2).AddMinutes(1)));
        Assert.Null(s.RequestCorrection("Still missing.", ["income"], new DateOnly(2026, 12, 20), T0.AddDays(3)));
        Assert.Null(s.Resubmit("""{"income":130000}""", "req-3", T0.AddDays(4), Citizen));

        Assert.Equal(3, s.Revision);
        Assert.Equal(receiptHash, s.Receipt.ContentHash);
        Assert.Equal(3, s.Revisions.Select(r => r.ContentHash).Distinct().Count());
        Assert.True(ReceiptHash.Verify(s));
    }

    [Fact]
    public void SameClientRequestIdIsANoOpSuccess()
    {
        var s = InState(SubmissionState.Resubmitted);
        var before = Snapshot(s);

        Assert.Null(s.Resubmit(CorrectedPayload, CorrectionRequestId, T0.AddDays(2).AddSeconds(1), Citizen));

        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void IsAllowedOnTheDeadlineDayAndRefusedAfterIt()
    {
        var lastMinute = new DateTimeOffset(CorrectionDeadline.ToDateTime(new TimeOnly(23, 59)), Jst);
        var onTime = InState(SubmissionState.CorrectionRequested);
        Assert.Null(onTime.Resubmit(CorrectedPayload, CorrectionRequestId, lastMinute, Citizen));

        var late = InState(SubmissionState.CorrectionRequested);
        var before = Snapshot(late);
        var error = late.Resubmit(CorrectedPayload, CorrectionRequestId, lastMinute.AddMinutes(1), Citizen);
        Assert.Equal(("deadline_passed", "Submissions.Resubmit.DeadlinePassed"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(late));
    }

    [Fact]
    public void RefusesActorsWhoAreNotOnTheFilersSide()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        var before = Snapshot(s);
        Assert.Equal("not_filer", s.Resubmit(CorrectedPayload, CorrectionRequestId, T0.AddDays(2), Reviewer)?.Code);
        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void CanReplaceTheBusinessKey()
    {
        var s = InState(SubmissionState.CorrectionRequested);
        Assert.Null(s.Resubmit(CorrectedPayload, CorrectionRequestId, T0.AddDays(2), Citizen, "citizen.exemption|person-1|full|2025-07"));
        Assert.Equal("citizen.exemption|person-1|full|2025-07", s.ActiveBusinessKey);
    }
}
