namespace Portal.Infrastructure.Submissions;

/// <summary>A named position in a feed the portal reads (the decision feed's last applied sequence).</summary>
public sealed class HandoffCursor
{
    private HandoffCursor() { Name = ""; }

    public HandoffCursor(string name, long position)
    {
        Name = name;
        Position = position;
    }

    /// <summary>The feed.</summary>
    public string Name { get; private set; }
    /// <summary>The last sequence applied or recorded as an error.</summary>
    public long Position { get; set; }
}

/// <summary>
/// A decision the feed could not apply (unknown submission, stale revision, illegal transition): recorded for staff,
/// the feed goes on. Ids and codes only.
/// </summary>
public sealed class DecisionFeedError
{
    private DecisionFeedError() { DecisionKind = ErrorCode = ""; }

    public DecisionFeedError(long sequence, Guid submissionId, int revision, string decisionKind, string errorCode, DateTimeOffset at)
    {
        Sequence = sequence;
        SubmissionId = submissionId;
        Revision = revision;
        DecisionKind = decisionKind;
        ErrorCode = errorCode;
        At = at;
    }

    public long Id { get; private set; }
    /// <summary>The decision's sequence in the back-office feed (unique: recorded once).</summary>
    public long Sequence { get; private set; }
    public Guid SubmissionId { get; private set; }
    public int Revision { get; private set; }
    public string DecisionKind { get; private set; }
    /// <summary>The domain's error code (<c>not_found</c>, <c>illegal_transition</c>, ...).</summary>
    public string ErrorCode { get; private set; }
    public DateTimeOffset At { get; private set; }
}
