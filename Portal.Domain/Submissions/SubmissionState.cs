namespace Portal.Domain.Submissions;

/// <summary>
/// Where a submission stands in the shared lifecycle (DOMAIN §9). Stored as its integer value: never renumber.
/// The allowed moves are in <see cref="SubmissionStateMachine"/>.
/// </summary>
public enum SubmissionState
{
    /// <summary>下書き: being filled in; saved on the server; invisible to staff.</summary>
    Draft = 1,
    /// <summary>到達: checks passed and the filer confirmed; the receipt is fixed.</summary>
    Submitted = 2,
    /// <summary>送信済: the back-office hand-off store acknowledged delivery of the current revision.</summary>
    Transmitted = 3,
    /// <summary>審査中: the back office reports it is reviewing.</summary>
    UnderReview = 4,
    /// <summary>補正: the back office asks for changes (reason, fields, deadline).</summary>
    CorrectionRequested = 5,
    /// <summary>再提出: the filer sent a corrected revision; same receipt number and receipt date.</summary>
    Resubmitted = 6,
    /// <summary>手続終了: decided; decision documents go to the inbox. Final.</summary>
    Completed = 7,
    /// <summary>返戻: cannot be processed; reasons stated. Final: a new filing gets a new receipt date.</summary>
    Returned = 8,
    /// <summary>取下げ: the filer withdrew it before a decision. Final.</summary>
    Withdrawn = 9,
}

/// <summary>The operations on a <see cref="Submission"/> that the state machine governs, one per method.</summary>
public enum SubmissionAction
{
    /// <summary><see cref="Submission.SaveDraft"/>: keeps the state.</summary>
    SaveDraft = 1,
    /// <summary><see cref="Submission.Submit(string, string, DateTimeOffset, IReceiptNumberGenerator, SubmissionActor, string?)"/>.</summary>
    Submit = 2,
    /// <summary><see cref="Submission.MarkTransmitted"/>.</summary>
    MarkTransmitted = 3,
    /// <summary><see cref="Submission.MarkUnderReview"/>.</summary>
    MarkUnderReview = 4,
    /// <summary><see cref="Submission.RequestCorrection"/>.</summary>
    RequestCorrection = 5,
    /// <summary><see cref="Submission.Resubmit"/>.</summary>
    Resubmit = 6,
    /// <summary><see cref="Submission.Complete"/>.</summary>
    Complete = 7,
    /// <summary><see cref="Submission.Return"/>.</summary>
    Return = 8,
    /// <summary><see cref="Submission.Withdraw"/>.</summary>
    Withdraw = 9,
}

/// <summary>One allowed move: <paramref name="Action"/> taken in <paramref name="From"/> leads to <paramref name="To"/>.</summary>
public sealed record SubmissionTransition(SubmissionAction Action, SubmissionState From, SubmissionState To)
{
    /// <summary>True when the action keeps the state (saving a draft).</summary>
    public bool KeepsState => From == To;
}

/// <summary>
/// The transition table, in one place (DOMAIN §9). <see cref="Submission"/> checks every call against it; the UI asks
/// it what can happen next; the tests enumerate every (state, action) pair from it.
/// </summary>
public static class SubmissionStateMachine
{
    /// <summary>Every allowed (action, from, to). A pair not listed is an illegal transition.</summary>
    public static IReadOnlyList<SubmissionTransition> Transitions { get; } =
    [
        new(SubmissionAction.SaveDraft, SubmissionState.Draft, SubmissionState.Draft),
        new(SubmissionAction.SaveDraft, SubmissionState.CorrectionRequested, SubmissionState.CorrectionRequested),
        new(SubmissionAction.Submit, SubmissionState.Draft, SubmissionState.Submitted),
        new(SubmissionAction.MarkTransmitted, SubmissionState.Submitted, SubmissionState.Transmitted),
        new(SubmissionAction.MarkTransmitted, SubmissionState.Resubmitted, SubmissionState.Transmitted),
        new(SubmissionAction.MarkUnderReview, SubmissionState.Transmitted, SubmissionState.UnderReview),
        new(SubmissionAction.RequestCorrection, SubmissionState.Transmitted, SubmissionState.CorrectionRequested),
        new(SubmissionAction.RequestCorrection, SubmissionState.UnderReview, SubmissionState.CorrectionRequested),
        new(SubmissionAction.Resubmit, SubmissionState.CorrectionRequested, SubmissionState.Resubmitted),
        new(SubmissionAction.Complete, SubmissionState.UnderReview, SubmissionState.Completed),
        new(SubmissionAction.Return, SubmissionState.Transmitted, SubmissionState.Returned),
        new(SubmissionAction.Return, SubmissionState.UnderReview, SubmissionState.Returned),
        new(SubmissionAction.Return, SubmissionState.CorrectionRequested, SubmissionState.Returned),
        new(SubmissionAction.Withdraw, SubmissionState.Submitted, SubmissionState.Withdrawn),
        new(SubmissionAction.Withdraw, SubmissionState.Transmitted, SubmissionState.Withdrawn),
        new(SubmissionAction.Withdraw, SubmissionState.UnderReview, SubmissionState.Withdrawn),
        new(SubmissionAction.Withdraw, SubmissionState.CorrectionRequested, SubmissionState.Withdrawn),
        new(SubmissionAction.Withdraw, SubmissionState.Resubmitted, SubmissionState.Withdrawn),
    ];

    private static readonly Dictionary<(SubmissionState, SubmissionAction), SubmissionState> Targets =
        Transitions.ToDictionary(t => (t.From, t.Action), t => t.To);

    /// <summary>The states a submission in each state can move to (actions that keep the state left out).</summary>
    public static IReadOnlyDictionary<SubmissionState, IReadOnlyList<SubmissionState>> NextStates { get; } =
        Enum.GetValues<SubmissionState>().ToDictionary(
            s => s,
            s => (IReadOnlyList<SubmissionState>)Transitions.Where(t => t.From == s && !t.KeepsState)
                .Select(t => t.To).Distinct().Order().ToArray());

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>, or null when it is not allowed.</summary>
    public static SubmissionState? Target(SubmissionState from, SubmissionAction action) =>
        Targets.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>True when <paramref name="action"/> is allowed in <paramref name="from"/>.</summary>
    public static bool IsAllowed(SubmissionState from, SubmissionAction action) => Targets.ContainsKey((from, action));

    /// <summary>The actions allowed in <paramref name="state"/>, in enum order.</summary>
    public static IReadOnlyList<SubmissionAction> AllowedActions(SubmissionState state) =>
        Transitions.Where(t => t.From == state).Select(t => t.Action).Distinct().Order().ToArray();

    /// <summary>True for Completed, Returned and Withdrawn: nothing can happen any more.</summary>
    public static bool IsFinal(SubmissionState state) => NextStates[state].Count == 0 && AllowedActions(state).Count == 0;

    /// <summary>True for every state but the final ones (a draft is open).</summary>
    public static bool IsOpen(SubmissionState state) => !IsFinal(state);

    /// <summary>Resource key of a state's display name: <c>Submissions.State.&lt;State&gt;</c>.</summary>
    public static string MessageKey(this SubmissionState state) => SubmissionMessageKeys.StatePrefix + state;

    /// <summary>Resource key of an action's label: <c>Submissions.Action.&lt;Action&gt;</c>.</summary>
    public static string MessageKey(this SubmissionAction action) => SubmissionMessageKeys.ActionPrefix + action;
}
