namespace Portal.Domain.Notices;

/// <summary>What a notice is about; decides its title and which document it may carry.</summary>
public enum NoticeKind
{
    /// <summary>到達通知: a submission (or a corrected revision) was received; carries the receipt PDF.</summary>
    Receipt = 1,
    /// <summary>補正のお願い: the back office asks for changes.</summary>
    CorrectionRequested = 2,
    /// <summary>決定通知: the submission was decided (手続終了); may carry the decision notice PDF.</summary>
    Decision = 3,
    /// <summary>返戻: the submission could not be processed; reasons are stated.</summary>
    Returned = 4,
    /// <summary>Booking confirmation, change, cancellation, reminder or site closure.</summary>
    Booking = 5,
    /// <summary>Anything else the service sends (statements, certificates).</summary>
    General = 6,
}

/// <summary>
/// One message in a user's inbox (DOMAIN §10). The text is not stored: a notice holds a subject message key with
/// arguments and links to what it is about, so it reads in the language the user chooses. Alerts sent outside the
/// portal (e-mail, push) only say that a notice is waiting.
/// </summary>
public sealed class Notice
{
    /// <summary>Longest argument list stored (JSON).</summary>
    public const int MaxArgsLength = 2000;

    private Notice() { RecipientUserId = SubjectKey = ArgsJson = ""; }

    /// <summary>A new unread notice.</summary>
    public Notice(Guid id, string recipientUserId, NoticeKind kind, string subjectKey, IReadOnlyList<string> args,
        DateTimeOffset createdAt, Guid? submissionId = null, int? revision = null, string? link = null, string? documentLink = null)
    {
        if (id == Guid.Empty) throw new ArgumentException("A notice id is required.", nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKey);
        Id = id;
        RecipientUserId = recipientUserId;
        Kind = kind;
        SubjectKey = subjectKey;
        ArgsJson = System.Text.Json.JsonSerializer.Serialize(args ?? []);
        CreatedAt = createdAt;
        SubmissionId = submissionId;
        Revision = revision;
        Link = link;
        DocumentLink = documentLink;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }
    /// <summary>The portal user it is for.</summary>
    public string RecipientUserId { get; private set; }
    /// <summary>What it is about.</summary>
    public NoticeKind Kind { get; private set; }
    /// <summary>Resource key of the subject line; <see cref="Args"/> fill its placeholders.</summary>
    public string SubjectKey { get; private set; }
    /// <summary>Arguments of the subject (JSON array of strings).</summary>
    public string ArgsJson { get; private set; }
    /// <summary>The submission it concerns, if any.</summary>
    public Guid? SubmissionId { get; private set; }
    /// <summary>The submission revision it concerns, if any.</summary>
    public int? Revision { get; private set; }
    /// <summary>Portal page with the details (relative URL), if any.</summary>
    public string? Link { get; private set; }
    /// <summary>PDF document attached (relative URL), if any.</summary>
    public string? DocumentLink { get; private set; }
    /// <summary>When it arrived (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the recipient first opened it (UTC); null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>True until opened.</summary>
    public bool IsUnread => ReadAt is null;

    /// <summary>The subject arguments.</summary>
    public IReadOnlyList<string> Args => System.Text.Json.JsonSerializer.Deserialize<string[]>(ArgsJson) ?? [];

    /// <summary>Marks it read the first time; later calls keep the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
