using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_History
{
    [Fact]
    public void RecordsEveryTransitionWithActorAndTime()
    {
        var s = InState(SubmissionState.Resubmitted);
        Assert.Null(s.MarkTransmitted(2, T0.AddDays(2).AddMinutes(1)));
        Assert.Null(s.MarkUnderReview(T0.AddDays(2).AddHours(1), Reviewer));
        Assert.Null(s.Complete("DN-2026-0009", T0.AddDays(3), actor: Reviewer));

        var expected = new (SubmissionState? From, SubmissionState To, DateTimeOffset At, string ActorId, SubmissionActorKind Kind)[]
        {
            (null, SubmissionState.Draft, T0, CitizenUserId, SubmissionActorKind.Citizen),
            (SubmissionState.Draft, SubmissionState.Submitted, T0.AddMinutes(2), CitizenUserId, SubmissionActorKind.Citizen),
            (SubmissionState.Submitted, SubmissionState.Transmitted, T0.AddMinutes(3), "system", SubmissionActorKind.System),
            (SubmissionState.Transmitted, SubmissionState.UnderReview, T0.AddHours(1), "back-office", SubmissionActorKind.BackOffice),
            (SubmissionState.UnderReview, SubmissionState.CorrectionRequested, T0.AddDays(1), "reviewer-7", SubmissionActorKind.Reviewer),
            (SubmissionState.CorrectionRequested, SubmissionState.Resubmitted, T0.AddDays(2), CitizenUserId, SubmissionActorKind.Citizen),
            (SubmissionState.Resubmitted, SubmissionState.Transmitted, T0.AddDays(2).AddMinutes(1), "system", SubmissionActorKind.System),
            (SubmissionState.Transmitted, SubmissionState.UnderReview, T0.AddDays(2).AddHours(1), "reviewer-7", SubmissionActorKind.Reviewer),
            (SubmissionState.UnderReview, SubmissionState.Completed, T0.AddDays(3), "reviewer-7", SubmissionActorKind.Reviewer),
        };
        Assert.Equal(expected, s.History.Select(h => (h.From, h.To, h.At, h.ActorId, h.ActorKind)).ToArray());
        Assert.Equal(Enumerable.Range(1, expected.Length), s.History.Select(h => h.Sequence));
        Assert.All(s.History, h => Assert.Equal(TimeSpan.Zero, h.At.Offset));
        Assert.Equal([0, 1, 1, 1, 1, 2, 2, 2, 2], s.History.Select(h => h.Revision));
    }

    [Fact]
    public void StoresTimesInUtcToTheMillisecond()
    {
        var s = SubmissionFixtures.NewDraft();
        var at = new DateTimeOffset(2026, 11, 22, 23, 59, 59, Jst).AddTicks(9_999); // 0.9999 ms past the second
        Assert.Null(s.Submit(Payload, "r", at, new CountingReceiptNumbers(), Citizen));

        var expected = new DateTimeOffset(2026, 11, 22, 14, 59, 59, TimeSpan.Zero);
        Assert.Equal(expected, s.Receipt!.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, s.Receipt.ReceivedAt.Offset);
        Assert.Equal(expected, s.History[^1].At);
        Assert.Equal(new DateOnly(2026, 11, 22), s.Receipt.ReceivedOn);
    }
}
