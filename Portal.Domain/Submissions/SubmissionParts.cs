using Portal.Domain.Common;
using System.Globalization;

namespace Portal.Domain.Submissions;

/// <summary>
/// The receipt (受付・到達の記録), fixed at first submission and never changed: the original of record's number, time
/// and content hash (revision 1). Mapped as an owned type.
/// </summary>
public sealed class Receipt
{
    private Receipt() { Number = null!; ContentHash = ""; }

    internal Receipt(ReceiptNumber number, DateTimeOffset receivedAt, string contentHash)
    {
        Number = number;
        ReceivedAt = receivedAt;
        ContentHash = contentHash;
    }

    /// <summary>到達番号.</summary>
    public ReceiptNumber Number { get; private set; }
    /// <summary>The legal filing time (UTC, whole milliseconds); governs deadlines and retroactive windows.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>SHA-256 (lower-case hex) of revision 1's content, see <see cref="ReceiptHash"/>.</summary>
    public string ContentHash { get; private set; }
    /// <summary>The receipt date in Japan time.</summary>
    public DateOnly ReceivedOn => JapanTime.DateOf(ReceivedAt);
}

/// <summary>One submitted revision: 1 at submission, then one per resubmission. Every revision's content is kept.</summary>
public sealed class SubmissionRevision
{
    private SubmissionRevision() { ContentHash = ClientRequestId = Payload = ""; }

    internal SubmissionRevision(int number, string contentHash, DateTimeOffset submittedAt, string clientRequestId, string payload)
    {
        Number = number;
        ContentHash = contentHash;
        SubmittedAt = submittedAt;
        ClientRequestId = clientRequestId;
        Payload = payload;
    }

    /// <summary>Revision number, from 1.</summary>
    public int Number { get; private set; }
    /// <summary>SHA-256 (lower-case hex) of this revision's content, see <see cref="ReceiptHash"/>.</summary>
    public string ContentHash { get; private set; }
    /// <summary>When this revision was sent (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The client request id of the submit that made it (idempotency).</summary>
    public string ClientRequestId { get; private set; }
    /// <summary>The canonical JSON payload as submitted.</summary>
    public string Payload { get; private set; }
}

/// <summary>A correction request (補正): why, which fields, and by when (a Japan date, inclusive).</summary>
public sealed class CorrectionRequest
{
    private readonly List<string> _fields = [];

    private CorrectionRequest() { Reason = ""; }

    internal CorrectionRequest(string reason, IEnumerable<string> fields, DateOnly deadline, DateTimeOffset requestedAt, int revision)
    {
        Reason = reason;
        _fields.AddRange(fields);
        Deadline = deadline;
        RequestedAt = requestedAt;
        Revision = revision;
    }

    /// <summary>The reason, as the back office stated it.</summary>
    public string Reason { get; private set; }
    /// <summary>The payload fields to correct (field paths, never their values).</summary>
    public IReadOnlyList<string> Fields => _fields.AsReadOnly();
    /// <summary>Last day (Japan time) on which the corrected revision can be sent.</summary>
    public DateOnly Deadline { get; private set; }
    /// <summary>When the request was recorded (UTC).</summary>
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>The revision the request is about.</summary>
    public int Revision { get; private set; }

    /// <summary>True once the deadline's Japan date is over at <paramref name="at"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset at) => JapanTime.DateOf(at) > Deadline;
}

/// <summary>The outcome of a decided submission. Stored as its integer value.</summary>
public enum DecisionOutcome
{
    /// <summary>承認・受理: granted as asked, or the notification processed.</summary>
    Accepted = 1,
    /// <summary>一部承認: granted in part, e.g. an exemption at a lower tier than asked.</summary>
    PartlyAccepted = 2,
    /// <summary>却下・不承認: decided against the filer.</summary>
    Rejected = 3,
    /// <summary>返戻: could not be processed (the submission is Returned, not Completed).</summary>
    Returned = 4,
}

/// <summary>The decision applied to a Completed or Returned submission. Adverse outcomes always carry reasons.</summary>
public sealed class SubmissionDecision
{
    private readonly List<string> _reasons = [];

    private SubmissionDecision() { }

    internal SubmissionDecision(DecisionOutcome outcome, IEnumerable<string> reasons, string? decisionNoticeReference, DateTimeOffset decidedAt)
    {
        Outcome = outcome;
        _reasons.AddRange(reasons);
        DecisionNoticeReference = decisionNoticeReference;
        DecidedAt = decidedAt;
    }

    /// <summary>What was decided.</summary>
    public DecisionOutcome Outcome { get; private set; }
    /// <summary>Reasons (required for every outcome but Accepted).</summary>
    public IReadOnlyList<string> Reasons => _reasons.AsReadOnly();
    /// <summary>Reference of the decision notice (決定通知書) or return letter in the inbox, when there is one.</summary>
    public string? DecisionNoticeReference { get; private set; }
    /// <summary>When the decision was applied (UTC).</summary>
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>Resource key of an outcome: <c>Submissions.Outcome.&lt;Outcome&gt;</c>.</summary>
    public static string MessageKey(DecisionOutcome outcome) => SubmissionMessageKeys.OutcomePrefix + outcome;
}

/// <summary>
/// One line of a submission's history: every state change, with who made it and when. <see cref="From"/> is null for the
/// line that starts the draft. Append-only.
/// </summary>
public sealed class SubmissionHistoryEntry
{
    private SubmissionHistoryEntry() { ActorId = ""; }

    internal SubmissionHistoryEntry(int sequence, SubmissionState? from, SubmissionState to, DateTimeOffset at,
        SubmissionActor actor, int revision, string? note)
    {
        Sequence = sequence;
        From = from;
        To = to;
        At = at;
        ActorId = actor.Id;
        ActorKind = actor.Kind;
        Revision = revision;
        Note = note;
    }

    /// <summary>Position in the history, from 1 (storage does not keep list order).</summary>
    public int Sequence { get; private set; }
    /// <summary>State before; null when the draft was started.</summary>
    public SubmissionState? From { get; private set; }
    /// <summary>State after.</summary>
    public SubmissionState To { get; private set; }
    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; private set; }
    /// <summary>Who: user, staff or reviewer id, or <c>system</c> / <c>back-office</c>.</summary>
    public string ActorId { get; private set; }
    /// <summary>What kind of party acted.</summary>
    public SubmissionActorKind ActorKind { get; private set; }
    /// <summary>The revision current after the change (0 for a draft never submitted).</summary>
    public int Revision { get; private set; }
    /// <summary>Short note: receipt number, correction reason, decision reasons. Never personal data.</summary>
    public string? Note { get; private set; }
}

/// <summary>
/// The hand-off message id (DOMAIN §9): submission id + revision. The back office applies each id once.
/// Text form <c>{submission id, 32 hex digits}-r{revision}</c>, e.g. <c>5f0c…e1-r2</c>.
/// </summary>
public readonly record struct SubmissionMessageId(Guid SubmissionId, int Revision)
{
    /// <summary>The text form.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SubmissionId:N}-r{Revision}");

    /// <summary>Parses the text form; false when it is not one.</summary>
    public static bool TryParse(string? text, out SubmissionMessageId id)
    {
        id = default;
        if (text is null || text.Length < 35 || text[32] != '-' || text[33] != 'r') return false;
        if (!Guid.TryParseExact(text.AsSpan(0, 32), "N", out var submissionId)) return false;
        var revisionText = text.AsSpan(34);
        if (revisionText.Length > 1 && revisionText[0] == '0') return false;
        if (!int.TryParse(revisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var revision) || revision < 1) return false;
        id = new SubmissionMessageId(submissionId, revision);
        return true;
    }
}
