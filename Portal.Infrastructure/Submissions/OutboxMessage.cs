using Portal.Domain.Submissions;

namespace Portal.Infrastructure.Submissions;

/// <summary>What an outbox row asks the back office to do.</summary>
public enum OutboxMessageType
{
    /// <summary>Take this revision (first submission or a resubmission).</summary>
    Deliver = 1,
    /// <summary>The filer withdrew the submission (取下げ).</summary>
    Withdraw = 2,
}

/// <summary>
/// One hand-off message waiting for the relay, written in the same transaction as the submission change that caused
/// it (transactional outbox, DESIGN §1). It carries ids only: the relay reads the revision's payload from the
/// submission when it delivers, so the personal data is stored (encrypted) once.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { Key = KindCode = ""; }

    /// <summary>A queued message for <paramref name="messageId"/>.</summary>
    public OutboxMessage(SubmissionMessageId messageId, string kindCode, OutboxMessageType type, DateTimeOffset createdAt)
    {
        Key = KeyOf(messageId, type);
        SubmissionId = messageId.SubmissionId;
        Revision = messageId.Revision;
        KindCode = kindCode;
        Type = type;
        CreatedAt = createdAt;
        AvailableAt = createdAt;
    }

    /// <summary>Row number (delivery order).</summary>
    public long Id { get; private set; }
    /// <summary>Idempotency key: the message id and the type; unique, so an event is queued once.</summary>
    public string Key { get; private set; }
    /// <summary>The submission.</summary>
    public Guid SubmissionId { get; private set; }
    /// <summary>The revision to deliver.</summary>
    public int Revision { get; private set; }
    /// <summary>The form (<see cref="SubmissionKind.Code"/>).</summary>
    public string KindCode { get; private set; }
    /// <summary>What to do.</summary>
    public OutboxMessageType Type { get; private set; }
    /// <summary>When it was queued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Not to be tried before this time (back-off after a failure).</summary>
    public DateTimeOffset AvailableAt { get; internal set; }
    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; internal set; }
    /// <summary>The relay instance holding the lease, if any.</summary>
    public string? LeaseOwner { get; internal set; }
    /// <summary>The lease expires at this time; another relay may take the row afterwards.</summary>
    public DateTimeOffset? LeaseUntil { get; internal set; }
    /// <summary>When the back office acknowledged it.</summary>
    public DateTimeOffset? DeliveredAt { get; internal set; }
    /// <summary>When it was parked after too many failures (dead letter); null while live.</summary>
    public DateTimeOffset? DeadLetteredAt { get; internal set; }
    /// <summary>The last failure, without personal data.</summary>
    public string? LastError { get; internal set; }

    /// <summary>The idempotency key of a message.</summary>
    public static string KeyOf(SubmissionMessageId messageId, OutboxMessageType type) =>
        type == OutboxMessageType.Deliver ? messageId.ToString() : $"{messageId}:{type.ToString().ToLowerInvariant()}";
}
