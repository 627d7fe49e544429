using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

public sealed class Submission_SaveDraft
{
    [Fact]
    public void KeepsTheLatestDraftAsTyped()
    {
        var s = NewDraft();
        Assert.Null(s.SaveDraft("""{"type":"full"}""", T0.AddSeconds(10)));
        Assert.Null(s.SaveDraft("""{"type":"full", "period":null}""", T0.AddSeconds(20)));

        Assert.Equal("""{"type":"full", "period":null}""", s.DraftPayload);
        Assert.Equal(T0.AddSeconds(20), s.DraftSavedAt);
        Assert.Single(s.History);
        Assert.Empty(s.DomainEvents);
    }

    [Fact]
    public void RefusesTextThatIsNotJson()
    {
        var s = NewDraft();
        Assert.Null(s.SaveDraft("{}", T0));
        var before = Snapshot(s);
        Assert.Equal("invalid_payload", s.SaveDraft("{\"type\":", T0.AddSeconds(1))?.Code);
        Assert.Equal(before, Snapshot(s));
    }
}
