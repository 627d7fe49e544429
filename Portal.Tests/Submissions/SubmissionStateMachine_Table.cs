using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

public sealed class SubmissionStateMachine_Table
{
    [Fact]
    public void ShowsWhatCanHappenNext()
    {
        var expected = new Dictionary<SubmissionState, SubmissionState[]>
        {
            [SubmissionState.Draft] = [SubmissionState.Submitted],
            [SubmissionState.Submitted] = [SubmissionState.Transmitted, SubmissionState.Withdrawn],
            [SubmissionState.Transmitted] = [SubmissionState.UnderReview, SubmissionState.CorrectionRequested, SubmissionState.Returned, SubmissionState.Withdrawn],
            [SubmissionState.UnderReview] = [SubmissionState.CorrectionRequested, SubmissionState.Completed, SubmissionState.Returned, SubmissionState.Withdrawn],
            [SubmissionState.CorrectionRequested] = [SubmissionState.Resubmitted, SubmissionState.Returned, SubmissionState.Withdrawn],
            [SubmissionState.Resubmitted] = [SubmissionState.Transmitted, SubmissionState.Withdrawn],
            [SubmissionState.Completed] = [],
            [SubmissionState.Returned] = [],
            [SubmissionState.Withdrawn] = [],
        };
        foreach (var (state, next) in expected)
            Assert.Equal(next, SubmissionStateMachine.NextStates[state]);
    }

    [Fact]
    public void HasOneTargetPerStateAndActionAndOnlyTheDraftIsSavedInPlace()
    {
        Assert.Equal(SubmissionStateMachine.Transitions.Count,
            SubmissionStateMachine.Transitions.Select(t => (t.From, t.Action)).Distinct().Count());
        Assert.All(SubmissionStateMachine.Transitions.Where(t => t.KeepsState), t => Assert.Equal(SubmissionAction.SaveDraft, t.Action));
    }

    [Fact]
    public void OnlyCompletedReturnedAndWithdrawnAreFinal()
    {
        Assert.Equal([SubmissionState.Completed, SubmissionState.Returned, SubmissionState.Withdrawn],
            Enum.GetValues<SubmissionState>().Where(SubmissionStateMachine.IsFinal));
    }

    [Fact]
    public void EveryStateIsReachableFromTheDraft()
    {
        var reached = new HashSet<SubmissionState> { SubmissionState.Draft };
        var queue = new Queue<SubmissionState>(reached);
        while (queue.TryDequeue(out var state))
            foreach (var next in SubmissionStateMachine.NextStates[state])
                if (reached.Add(next)) queue.Enqueue(next);
        Assert.Equal(Enum.GetValues<SubmissionState>().Length, reached.Count);
    }

    [Fact]
    public void GivesMessageKeysForStatesAndActions()
    {
        Assert.Equal("Submissions.State.CorrectionRequested", SubmissionState.CorrectionRequested.MessageKey());
        Assert.Equal("Submissions.Action.Withdraw", SubmissionAction.Withdraw.MessageKey());
    }
}
