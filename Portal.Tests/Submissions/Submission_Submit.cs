using Portal.Domain.Common;
using System.Text.Json;
using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_Submit
{
    [Fact]
    public void FixesTheReceiptOnce()
    {
        var numbers = new CountingReceiptNumbers();
        var s = NewDraft();
        var at = T0.AddMinutes(5);

        Assert.Null(s.Submit(Payload, FirstRequestId, at, numbers, Citizen));

        Assert.Equal(SubmissionState.Submitted, s.State);
        var receipt = Assert.IsType<Receipt>(s.Receipt);
        Assert.Equal("20261122-EXM-0000001", receipt.Number.Value);
        Assert.Equal(at, receipt.ReceivedAt);
        Assert.Equal(ReceiptHash.Compute(SubmissionKind.Exemption, 1, receipt.Number, at, Payload), receipt.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", receipt.ContentHash);
        Assert.Equal(1, s.Revision);
        Assert.Equal(CanonicalJson.Canonicalize(Payload), s.Payload);
        var revision = Assert.Single(s.Revisions);
        Assert.Equal((1, receipt.ContentHash, at, FirstRequestId), (revision.Number, revision.ContentHash, revision.SubmittedAt, revision.ClientRequestId));
        Assert.Equal(FirstRequestId, s.ClientRequestId);
        Assert.Null(s.DraftPayload);

        var submitted = Assert.IsType<SubmissionSubmitted>(Assert.Single(s.DomainEvents));
        Assert.Equal((receipt.Number, receipt.ContentHash, SubmissionKind.Exemption), (submitted.ReceiptNumber, submitted.ContentHash, submitted.Kind));

        // Nothing later can touch it.
        Assert.Null(s.MarkTransmitted(1, T0.AddHours(1)));
        Assert.Null(s.MarkUnderReview(T0.AddHours(2)));
        Assert.Null(s.Complete("DN-1", T0.AddDays(1)));
        Assert.Same(receipt, s.Receipt);
        Assert.Equal(("20261122-EXM-0000001", at), (s.Receipt!.Number.Value, s.Receipt.ReceivedAt));
        Assert.Equal(1, numbers.Calls);
    }

    [Fact]
    public void SameClientRequestIdIsANoOpSuccess()
    {
        var numbers = new CountingReceiptNumbers();
        var s = NewDraft();
        Assert.Null(s.Submit(Payload, FirstRequestId, T0.AddMinutes(5), numbers, Citizen));
        s.ClearDomainEvents();
        var before = Snapshot(s);

        Assert.Null(s.Submit(Payload, FirstRequestId, T0.AddMinutes(5).AddMilliseconds(300), numbers, Citizen)); // the double click

        Assert.Equal(before, Snapshot(s));
        Assert.Empty(s.DomainEvents);
        Assert.Equal(1, numbers.Calls); // no receipt number used up
    }

    [Fact]
    public void SameClientRequestIdStaysANoOpAfterLaterSteps()
    {
        var s = InState(SubmissionState.UnderReview);
        var before = Snapshot(s);

        Assert.Null(s.Submit(Payload, FirstRequestId, T0.AddDays(3), new CountingReceiptNumbers(), Citizen)); // a retried request

        Assert.Equal(before, Snapshot(s));
    }

    [Fact]
    public void DifferentClientRequestIdAfterSubmissionIsRefused()
    {
        var numbers = new CountingReceiptNumbers();
        var s = InState(SubmissionState.Submitted, numbers);
        var before = Snapshot(s);

        var error = s.Submit(Payload, "req-other", T0.AddMinutes(10), numbers, Citizen);

        Assert.Equal("illegal_transition", error?.Code);
        Assert.Equal(before, Snapshot(s));
        Assert.Equal(1, numbers.Calls);
    }

    [Fact]
    public void CanonicalisesThePayload()
    {
        var s = NewDraft();
        Assert.Null(s.Submit("""{ "b" : 2, "a" : { "y" : "あ", "x" : 1 } }""", "r", T0, new CountingReceiptNumbers(), Citizen));
        Assert.Equal("""{"a":{"x":1,"y":"\u3042"},"b":2}""", s.Payload);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1} // comment""")]
    public void RefusesAPayloadThatIsNotJson(string payload)
    {
        var numbers = new CountingReceiptNumbers();
        var s = NewDraft();
        var before = Snapshot(s);

        var error = s.Submit(payload, "r", T0, numbers, Citizen);

        Assert.Equal(("invalid_payload", "Submissions.Payload.Invalid"), (error?.Code, error?.MessageKey));
        Assert.Equal(before, Snapshot(s));
        Assert.Equal(0, numbers.Calls);
    }

    [Fact]
    public void RefusesActorsWhoAreNotOnTheFilersSide()
    {
        foreach (var actor in new[] { SubmissionActor.Citizen("someone-else"), SubmissionActor.Employer("employer-1"), Reviewer, SubmissionActor.System, SubmissionActor.BackOffice })
        {
            var s = NewDraft();
            var before = Snapshot(s);
            Assert.Equal("not_filer", s.Submit(Payload, "r", T0, new CountingReceiptNumbers(), actor)?.Code);
            Assert.Equal(before, Snapshot(s));
        }
    }

    [Fact]
    public void StaffKeyingAPaperFormKeepTheArrivalTimeAsTheReceiptTime()
    {
        var s = NewDraft();
        var arrived = new DateTimeOffset(2026, 11, 20, 16, 30, 0, Jst);

        Assert.Null(s.Submit(Payload, "paper-1", arrived, new CountingReceiptNumbers(), SubmissionActor.Staff("staff-3")));

        Assert.Equal(arrived, s.Receipt!.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 11, 20), s.Receipt.Number.Date);
        Assert.Equal(SubmissionActorKind.Staff, s.History[^1].ActorKind);
    }

    [Fact]
    public void AcceptsANumberAlreadyDrawn()
    {
        var s = NewDraft();
        var number = ReceiptNumber.Parse("20261122-EXM-0000042").Value;
        Assert.Null(s.Submit(Payload, "r", T0, number, Citizen));
        Assert.Same(number, s.Receipt!.Number);
    }

    [Fact]
    public void ThrowsForANumberOfAnotherDateOrKind()
    {
        var wrongDay = ReceiptNumber.Parse("20261121-EXM-0000001").Value;
        var wrongKind = ReceiptNumber.Parse("20261122-ACQ-0000001").Value;
        foreach (var number in new[] { wrongDay, wrongKind })
        {
            var s = NewDraft();
            var before = Snapshot(s);
            Assert.Throws<InvalidOperationException>(() => s.Submit(Payload, "r", T0, number, Citizen));
            Assert.Equal(before, Snapshot(s));
        }
    }

    [Fact]
    public void DatesTheReceiptInJapanTime()
    {
        var s = NewDraft();
        var lateUtc = new DateTimeOffset(2026, 11, 21, 15, 30, 0, TimeSpan.Zero); // 00:30 on the 22nd in Japan
        Assert.Null(s.Submit(Payload, "r", lateUtc, new CountingReceiptNumbers(), Citizen));
        Assert.Equal("20261122-EXM-0000001", s.Receipt!.Number.Value);
    }

    [Fact]
    public void ThrowsForAMissingClientRequestId()
    {
        var s = NewDraft();
        Assert.Throws<ArgumentException>(() => s.Submit(Payload, " ", T0, new CountingReceiptNumbers(), Citizen));
        Assert.Throws<ArgumentException>(() => s.Submit(Payload, new string('x', 101), T0, new CountingReceiptNumbers(), Citizen));
        Assert.Equal(SubmissionState.Draft, s.State);
    }

    [Fact]
    public void KeepsTheSubmittedContentVerifiable()
    {
        var s = InState(SubmissionState.Submitted);
        Assert.True(ReceiptHash.Verify(s));
        using var document = JsonDocument.Parse(ReceiptHash.Document(s.Kind, 1, s.Receipt!.Number, s.Receipt.ReceivedAt, s.Payload!));
        Assert.Equal(s.Receipt.Number.Value, document.RootElement.GetProperty("receiptNumber").GetString());
    }
}
