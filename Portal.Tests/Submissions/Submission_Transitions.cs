using Portal.Domain.Submissions;
using static Portal.Tests.Submissions.SubmissionFixtures;

namespace Portal.Tests.Submissions;

/// <summary>Every (state, action) pair, legal and illegal, taken from the one transition table.</summary>
public sealed class Submission_Transitions
{
    public static TheoryData<SubmissionState, SubmissionAction> LegalPairs()
    {
        var data = new TheoryData<SubmissionState, SubmissionAction>();
        foreach (var t in SubmissionStateMachine.Transitions) data.Add(t.From, t.Action);
        return data;
    }

    public static TheoryData<SubmissionState, SubmissionAction> IllegalPairs()
    {
        var data = new TheoryData<SubmissionState, SubmissionAction>();
        foreach (var state in Enum.GetValues<SubmissionState>())
            foreach (var action in Enum.GetValues<SubmissionAction>())
                if (!SubmissionStateMachine.IsAllowed(state, action))
                    data.Add(state, action);
        return data;
    }

    [Fact]
    public void TheMatrixCoversEveryPairOnce()
    {
        var pairs = Enum.GetValues<SubmissionState>().Length * Enum.GetValues<SubmissionAction>().Length;
        Assert.Equal(81, pairs);
        Assert.Equal(18, LegalPairs().Count());
        Assert.Equal(pairs, LegalPairs().Count() + IllegalPairs().Count());
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void EveryLegalTransitionMovesToItsTarget(SubmissionState from, SubmissionAction action)
    {
        var s = InState(from);
        var historyBefore = s.History.Count;
        var versionBefore = s.Version;
        var at = WhenToAct(from, action);

        Assert.Null(Act(s, action, at));

        Assert.Equal(SubmissionStateMachine.Target(from, action), s.State);
        Assert.True(s.Version > versionBefore);
        if (action == SubmissionAction.SaveDraft)
        {
            Assert.Equal(historyBefore, s.History.Count); // saving a draft is not a state change
            Assert.Empty(s.DomainEvents);
            return;
        }

        var entry = Assert.Single(s.History.Skip(historyBefore));
        Assert.Equal(from, entry.From);
        Assert.Equal(s.State, entry.To);
        Assert.Equal(at.ToUniversalTime(), entry.At);
        Assert.Equal(historyBefore + 1, entry.Sequence);
        Assert.Equal(s.Revision, entry.Revision);
        var raised = Assert.Single(s.DomainEvents);
        Assert.Equal(s.Id, raised.SubmissionId);
        Assert.Equal(s.Revision, raised.Revision);
        Assert.Equal(at.ToUniversalTime(), raised.At);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void EveryIllegalPairIsRefusedAndChangesNothing(SubmissionState state, SubmissionAction action)
    {
        var s = InState(state);
        var before = Snapshot(s);

        var error = Act(s, action, WhenToAct(state, action));

        // The one documented exception: a repeated delivery acknowledgement for the revision already transmitted
        // (at-least-once hand-off) succeeds as a no-op. It still changes nothing.
        if (state == SubmissionState.Transmitted && action == SubmissionAction.MarkTransmitted)
            Assert.Null(error);
        else
        {
            Assert.NotNull(error);
            Assert.Equal("illegal_transition", error.Code);
            Assert.Equal("Submissions.IllegalTransition", error.MessageKey);
        }
        Assert.Equal(before, Snapshot(s));
        Assert.Empty(s.DomainEvents);
    }
}
