namespace Portal.Infrastructure.BackOffice;

/// <summary>What the back office does with a received revision (its own case state, not the portal's).</summary>
public enum BackOfficeStatus
{
    Received = 1,
    UnderReview = 2,
    CorrectionRequested = 3,
    Completed = 4,
    Returned = 5,
    Withdrawn = 6,
}

/// <summary>The kinds of decision the back office publishes on its feed.</summary>
public enum DecisionKind
{
    UnderReview = 1,
    CorrectionRequested = 2,
    Completed = 3,
    Returned = 4,
}

/// <summary>One hand-off message as the relay delivers it (the idempotency key is submission id + revision).</summary>
public sealed record BackOfficeDelivery(Guid SubmissionId, int Revision, bool Withdraw, string KindCode, string ReceiptNumber,
    DateTimeOffset ReceivedAt, string ContentHash, string? Payload, DateTimeOffset At);

/// <summary>A revision the back office holds.</summary>
public sealed record ReceivedSubmission(Guid SubmissionId, int Revision, string KindCode, string ReceiptNumber,
    DateTimeOffset ReceivedAt, string ContentHash, string Payload, DateTimeOffset DeliveredAt, BackOfficeStatus Status);

/// <summary>One decision on the feed; <see cref="Sequence"/> only grows.</summary>
public sealed record BackOfficeDecision(long Sequence, Guid SubmissionId, int Revision, DecisionKind Kind, string? Reason,
    IReadOnlyList<string> Fields, DateOnly? Deadline, string? Outcome, IReadOnlyList<string> Reasons, string? NoticeReference,
    string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>A decision a reviewer makes (the sequence and time are the store's).</summary>
public sealed record NewDecision(Guid SubmissionId, int Revision, DecisionKind Kind, string DecidedBy, string? Reason = null,
    IReadOnlyList<string>? Fields = null, DateOnly? Deadline = null, string? Outcome = null, IReadOnlyList<string>? Reasons = null,
    string? NoticeReference = null);
