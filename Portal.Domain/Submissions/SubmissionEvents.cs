namespace Portal.Domain.Submissions;

/// <summary>
/// Something that happened to a submission, raised by the aggregate and collected in <see cref="Submission.DomainEvents"/>.
/// The infrastructure turns them into outbox rows (hand-off) and inbox notices in the same transaction, then calls
/// <see cref="Submission.ClearDomainEvents"/>. Carries no payload and no personal data.
/// </summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Revision">The revision current after the change.</param>
/// <param name="At">When (UTC).</param>
public abstract record SubmissionEvent(Guid SubmissionId, int Revision, DateTimeOffset At)
{
    /// <summary>Hand-off message id of the revision current after the change.</summary>
    public SubmissionMessageId MessageId => new(SubmissionId, Revision);
}

/// <summary>Draft → Submitted (到達): hand the revision over, send the receipt to the inbox.</summary>
public sealed record SubmissionSubmitted(Guid SubmissionId, int Revision, DateTimeOffset At, SubmissionKind Kind,
    ReceiptNumber ReceiptNumber, string ContentHash, SubmissionActor Actor)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>Submitted or Resubmitted → Transmitted: the hand-off store acknowledged the revision.</summary>
public sealed record SubmissionTransmitted(Guid SubmissionId, int Revision, DateTimeOffset At)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>Transmitted → UnderReview (審査中).</summary>
public sealed record SubmissionReviewStarted(Guid SubmissionId, int Revision, DateTimeOffset At)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>→ CorrectionRequested (補正): notify the filer with the reason, fields and deadline.</summary>
public sealed record SubmissionCorrectionRequested(Guid SubmissionId, int Revision, DateTimeOffset At, string Reason,
    IReadOnlyList<string> Fields, DateOnly Deadline)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>CorrectionRequested → Resubmitted: hand the new revision over; same receipt number.</summary>
public sealed record SubmissionResubmitted(Guid SubmissionId, int Revision, DateTimeOffset At, ReceiptNumber ReceiptNumber,
    string ContentHash, SubmissionActor Actor)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>→ Completed or Returned: the decision notice or return reasons go to the inbox.</summary>
public sealed record DecisionApplied(Guid SubmissionId, int Revision, DateTimeOffset At, SubmissionState State,
    DecisionOutcome Outcome, IReadOnlyList<string> Reasons, string? DecisionNoticeReference)
    : SubmissionEvent(SubmissionId, Revision, At);

/// <summary>→ Withdrawn (取下げ): tell the back office, which may already hold the revision.</summary>
public sealed record SubmissionWithdrawn(Guid SubmissionId, int Revision, DateTimeOffset At, SubmissionState From, SubmissionActor Actor)
    : SubmissionEvent(SubmissionId, Revision, At);
