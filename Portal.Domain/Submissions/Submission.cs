using Portal.Domain.Common;

namespace Portal.Domain.Submissions;

/// <summary>
/// One filing of one form (届書・申請書の提出), through the lifecycle shared by every form (DOMAIN §9): draft, receipt,
/// hand-off, review, correction loop, decision. The electronic submission is the original of record (正本): its
/// <see cref="Receipt"/> (number, time, content hash) is fixed at first submission and never changes; each corrected
/// revision keeps the receipt and adds a <see cref="SubmissionRevision"/> with its own hash.
/// <para>
/// Every state change goes through a method that checks the current state against <see cref="SubmissionStateMachine"/>.
/// A refused call returns a <see cref="RuleError"/> and changes nothing; an accepted one records a
/// <see cref="History"/> line and raises a <see cref="SubmissionEvent"/>. Methods return null on success. Arguments that
/// only a programming error can get wrong (null, blank ids, a receipt number for another kind) throw.
/// </para>
/// <para>
/// Times are stored in UTC truncated to whole milliseconds, so they survive a round trip through SQLite or PostgreSQL
/// unchanged and the receipt hash stays verifiable. Authorisation (is this user a member of the establishment?) is the
/// use case's job; the aggregate only refuses actors who cannot be on the filer's side.
/// </para>
/// </summary>
public sealed class Submission
{
    /// <summary>Longest client request id accepted.</summary>
    public const int MaxClientRequestIdLength = 100;
    /// <summary>Longest business key accepted.</summary>
    public const int MaxBusinessKeyLength = 200;

    private readonly List<SubmissionRevision> _revisions = [];
    private readonly List<SubmissionHistoryEntry> _history = [];
    private readonly List<SubmissionEvent> _domainEvents = [];

    private Submission() { Kind = null!; Owner = null!; }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }
    /// <summary>The form.</summary>
    public SubmissionKind Kind { get; private set; }
    /// <summary>Who filed it and for whom.</summary>
    public SubmissionOwner Owner { get; private set; }
    /// <summary>Current state.</summary>
    public SubmissionState State { get; private set; }
    /// <summary>When the draft was started (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When anything last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Incremented on every change; the storage layer uses it as the concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The draft being edited (JSON as the form saved it): the first draft, or the corrected revision while
    /// CorrectionRequested (seeded with the submitted payload). Null when there is nothing to edit.
    /// </summary>
    public string? DraftPayload { get; private set; }
    /// <summary>When the draft was last saved (UTC).</summary>
    public DateTimeOffset? DraftSavedAt { get; private set; }

    /// <summary>Canonical JSON of the current revision; null before submission.</summary>
    public string? Payload { get; private set; }
    /// <summary>Current revision: 0 while a draft never submitted, 1 at submission, +1 per resubmission.</summary>
    public int Revision { get; private set; }
    /// <summary>The receipt, fixed at first submission; null before.</summary>
    public Receipt? Receipt { get; private set; }
    /// <summary>The client request id used by the first submit (each revision keeps its own in <see cref="Revisions"/>).</summary>
    public string? ClientRequestId { get; private set; }

    /// <summary>
    /// The duplicate-rule key set by the form's rules at submission (e.g. <c>citizen.exemption|person|full|2026-07</c>),
    /// or null when the form has no duplicate rule (DOMAIN §6.1, §6.7).
    /// </summary>
    public string? BusinessKey { get; private set; }
    /// <summary>
    /// <see cref="BusinessKey"/> while it blocks another filing — while the submission is open, or completed with an
    /// Accepted or PartlyAccepted decision — otherwise null. A unique index on this column (nulls allowed many times)
    /// lets storage refuse a duplicate at submit.
    /// </summary>
    public string? ActiveBusinessKey { get; private set; }

    /// <summary>The open correction request; set only while CorrectionRequested.</summary>
    public CorrectionRequest? CorrectionRequest { get; private set; }
    /// <summary>The decision; set only when Completed or Returned.</summary>
    public SubmissionDecision? Decision { get; private set; }

    /// <summary>Every submitted revision, in order; every revision's content is kept.</summary>
    public IReadOnlyList<SubmissionRevision> Revisions => _revisions.AsReadOnly();
    /// <summary>Every state change, in order (append-only).</summary>
    public IReadOnlyList<SubmissionHistoryEntry> History => _history.AsReadOnly();
    /// <summary>Events raised since the last <see cref="ClearDomainEvents"/> (not stored).</summary>
    public IReadOnlyList<SubmissionEvent> DomainEvents => _domainEvents.AsReadOnly();

    /// <summary>True until Completed, Returned or Withdrawn.</summary>
    public bool IsOpen => SubmissionStateMachine.IsOpen(State);
    /// <summary>Hand-off message id of the current revision; null before submission.</summary>
    public SubmissionMessageId? MessageId => Revision > 0 ? new SubmissionMessageId(Id, Revision) : null;
    /// <summary>What can happen next (for the UI).</summary>
    public IReadOnlyList<SubmissionAction> AllowedActions => SubmissionStateMachine.AllowedActions(State);

    /// <summary>Starts a draft.</summary>
    /// <exception cref="ArgumentException">Empty id, or an owner that does not file this kind (a citizen filing an employer form).</exception>
    public static Submission StartDraft(Guid id, SubmissionKind kind, SubmissionOwner owner, DateTimeOffset at, SubmissionActor actor)
    {
        if (id == Guid.Empty) throw new ArgumentException("A submission id is required.", nameof(id));
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(actor);
        if (!owner.Files(kind)) throw new ArgumentException($"A {owner.Kind} owner does not file {kind.Code}.", nameof(owner));

        at = Normalise(at);
        var submission = new Submission
        {
            Id = id,
            Kind = kind,
            Owner = owner,
            State = SubmissionState.Draft,
            CreatedAt = at,
        };
        submission.Record(null, at, actor, null);
        return submission;
    }

    /// <summary>Saves the draft (Draft, or CorrectionRequested for the corrected revision). Not a state change: no history, no event.</summary>
    /// <returns>Null; <c>illegal_transition</c>; <c>invalid_payload</c> when <paramref name="payload"/> is not JSON.</returns>
    public RuleError? SaveDraft(string payload, DateTimeOffset at)
    {
        if (Guard(SubmissionAction.SaveDraft) is { } illegal) return illegal;
        if (!CanonicalJson.TryCanonicalize(payload, out _)) return SubmissionErrors.InvalidPayload;
        at = Normalise(at);
        DraftPayload = payload;
        DraftSavedAt = at;
        Touch(at);
        return null;
    }

    /// <summary>
    /// Draft → Submitted (到達). Canonicalises the payload, draws a receipt number from <paramref name="receiptNumbers"/> and
    /// fixes the receipt. A repeat with a client request id this submission already used succeeds and changes nothing
    /// (a double click makes one submission); a different id after submission is an illegal transition.
    /// </summary>
    /// <param name="payload">The form's JSON (checked by the form's rules before).</param>
    /// <param name="clientRequestId">Idempotency key from the client, 1–100 characters.</param>
    /// <param name="at">Receipt time: now, or a paper form's arrival time when staff key it.</param>
    /// <param name="receiptNumbers">Issues the number; called only when the submission is really made.</param>
    /// <param name="actor">The citizen themselves, an employer user, or counter staff.</param>
    /// <param name="businessKey">The duplicate-rule key, or null; see <see cref="BusinessKey"/>.</param>
    /// <returns>Null; <c>illegal_transition</c>, <c>not_filer</c> or <c>invalid_payload</c>.</returns>
    /// <exception cref="InvalidOperationException">The generator returned a number for another date or kind.</exception>
    public RuleError? Submit(string payload, string clientRequestId, DateTimeOffset at, IReceiptNumberGenerator receiptNumbers,
        SubmissionActor actor, string? businessKey = null)
    {
        ArgumentNullException.ThrowIfNull(receiptNumbers);
        ArgumentNullException.ThrowIfNull(actor);
        CheckClientRequestId(clientRequestId);
        var key = NormaliseBusinessKey(businessKey);

        if (AlreadyMadeBy(clientRequestId)) return null;
        if (Guard(SubmissionAction.Submit) is { } illegal) return illegal;
        if (!IsFilerSide(actor)) return SubmissionErrors.NotFiler;
        if (!CanonicalJson.TryCanonicalize(payload, out var canonical)) return SubmissionErrors.InvalidPayload;

        at = Normalise(at);
        var number = receiptNumbers.Next(Kind, at)
            ?? throw new InvalidOperationException("The receipt number generator returned null.");
        if (number.Date != JapanTime.DateOf(at) || number.KindCode != Kind.ReceiptCode)
            throw new InvalidOperationException(
                $"Receipt number {number} does not match {Kind.ReceiptCode} received on {JapanTime.DateOf(at):yyyy-MM-dd} (Japan time).");

        var hash = ReceiptHash.Compute(Kind, 1, number, at, canonical);
        var from = State;
        Receipt = new Receipt(number, at, hash);
        Revision = 1;
        Payload = canonical;
        ClientRequestId = clientRequestId;
        BusinessKey = key;
        DraftPayload = null;
        DraftSavedAt = null;
        _revisions.Add(new SubmissionRevision(1, hash, at, clientRequestId, canonical));
        Move(from, SubmissionAction.Submit, at, actor, number.Value,
            new SubmissionSubmitted(Id, Revision, at, Kind, number, hash, actor));
        return null;
    }

    /// <summary>Submit with a number already drawn (it must carry the Japan date of <paramref name="at"/> and the kind's code).</summary>
    public RuleError? Submit(string payload, string clientRequestId, DateTimeOffset at, ReceiptNumber receiptNumber,
        SubmissionActor actor, string? businessKey = null)
    {
        ArgumentNullException.ThrowIfNull(receiptNumber);
        return Submit(payload, clientRequestId, at, new FixedReceiptNumber(receiptNumber), actor, businessKey);
    }

    /// <summary>
    /// Submitted or Resubmitted → Transmitted: the hand-off store acknowledged <paramref name="revision"/>. Delivery is at
    /// least once, so an acknowledgement repeated while Transmitted for the same revision, or one for an earlier
    /// revision, succeeds and changes nothing.
    /// </summary>
    /// <returns>Null; <c>illegal_transition</c>; <c>unknown_revision</c> for a revision not yet submitted.</returns>
    public RuleError? MarkTransmitted(int revision, DateTimeOffset at, SubmissionActor? actor = null)
    {
        if (Revision > 0 && revision >= 1 && revision < Revision) return null; // a late acknowledgement of an earlier revision
        if (State == SubmissionState.Transmitted && revision == Revision) return null;
        if (Guard(SubmissionAction.MarkTransmitted) is { } illegal) return illegal;
        if (revision != Revision) return SubmissionErrors.UnknownRevision;

        at = Normalise(at);
        Move(State, SubmissionAction.MarkTransmitted, at, actor ?? SubmissionActor.System, null,
            new SubmissionTransmitted(Id, Revision, at));
        return null;
    }

    /// <summary>Transmitted → UnderReview (審査中), as reported by the back office.</summary>
    /// <returns>Null or <c>illegal_transition</c>.</returns>
    public RuleError? MarkUnderReview(DateTimeOffset at, SubmissionActor? actor = null)
    {
        if (Guard(SubmissionAction.MarkUnderReview) is { } illegal) return illegal;
        at = Normalise(at);
        Move(State, SubmissionAction.MarkUnderReview, at, actor ?? SubmissionActor.BackOffice, null,
            new SubmissionReviewStarted(Id, Revision, at));
        return null;
    }

    /// <summary>
    /// Transmitted or UnderReview → CorrectionRequested (補正). The corrected revision's draft starts as the submitted payload.
    /// </summary>
    /// <param name="reason">Why (required).</param>
    /// <param name="fields">Field paths to correct (blanks and repeats dropped; may be empty).</param>
    /// <param name="deadline">Last day (Japan time) for the corrected revision; later than the request's day.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">The reviewer, or the back-office feed when null.</param>
    /// <returns>Null; <c>illegal_transition</c>, <c>reason_required</c> or <c>deadline_too_early</c>.</returns>
    public RuleError? RequestCorrection(string reason, IEnumerable<string>? fields, DateOnly deadline, DateTimeOffset at,
        SubmissionActor? actor = null)
    {
        if (Guard(SubmissionAction.RequestCorrection) is { } illegal) return illegal;
        if (string.IsNullOrWhiteSpace(reason)) return SubmissionErrors.CorrectionReasonRequired;
        if (deadline <= JapanTime.DateOf(at)) return SubmissionErrors.CorrectionDeadlineTooEarly;

        at = Normalise(at);
        var request = new CorrectionRequest(reason.Trim(), Clean(fields), deadline, at, Revision);
        CorrectionRequest = request;
        DraftPayload = Payload;
        DraftSavedAt = at;
        Move(State, SubmissionAction.RequestCorrection, at, actor ?? SubmissionActor.BackOffice, request.Reason,
            new SubmissionCorrectionRequested(Id, Revision, at, request.Reason, request.Fields.ToArray(), deadline));
        return null;
    }

    /// <summary>
    /// CorrectionRequested → Resubmitted: the corrected revision. Revision + 1 with its own content hash; the receipt
    /// (number, original receipt time, revision 1's hash) stays. Allowed up to and including the deadline day.
    /// A repeat with a client request id this submission already used succeeds and changes nothing.
    /// </summary>
    /// <param name="businessKey">A new duplicate-rule key when the correction changed it; null keeps the current one.</param>
    /// <returns>Null; <c>illegal_transition</c>, <c>not_filer</c>, <c>deadline_passed</c> or <c>invalid_payload</c>.</returns>
    public RuleError? Resubmit(string payload, string clientRequestId, DateTimeOffset at, SubmissionActor actor, string? businessKey = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        CheckClientRequestId(clientRequestId);
        var key = NormaliseBusinessKey(businessKey);

        if (AlreadyMadeBy(clientRequestId)) return null;
        if (Guard(SubmissionAction.Resubmit) is { } illegal) return illegal;
        if (!IsFilerSide(actor)) return SubmissionErrors.NotFiler;
        if (CorrectionRequest!.IsOverdueAt(at)) return SubmissionErrors.CorrectionDeadlinePassed;
        if (!CanonicalJson.TryCanonicalize(payload, out var canonical)) return SubmissionErrors.InvalidPayload;

        at = Normalise(at);
        var receipt = Receipt!;
        var revision = Revision + 1;
        var hash = ReceiptHash.Compute(Kind, revision, receipt.Number, receipt.ReceivedAt, canonical);
        var from = State;
        Revision = revision;
        Payload = canonical;
        BusinessKey = key ?? BusinessKey;
        CorrectionRequest = null;
        DraftPayload = null;
        DraftSavedAt = null;
        _revisions.Add(new SubmissionRevision(revision, hash, at, clientRequestId, canonical));
        Move(from, SubmissionAction.Resubmit, at, actor, $"r{revision}",
            new SubmissionResubmitted(Id, revision, at, receipt.Number, hash, actor));
        return null;
    }

    /// <summary>UnderReview → Completed (手続終了) with the decision and its notice (決定通知書).</summary>
    /// <param name="decisionNoticeReference">Reference of the decision notice in the inbox (required).</param>
    /// <param name="at">When.</param>
    /// <param name="outcome">Accepted (default), PartlyAccepted or Rejected.</param>
    /// <param name="reasons">Required unless Accepted (adverse decisions always give reasons).</param>
    /// <param name="actor">The reviewer, or the back-office feed when null.</param>
    /// <returns>Null; <c>illegal_transition</c>, <c>outcome_invalid</c>, <c>notice_required</c> or <c>reasons_required</c>.</returns>
    public RuleError? Complete(string decisionNoticeReference, DateTimeOffset at, DecisionOutcome outcome = DecisionOutcome.Accepted,
        IEnumerable<string>? reasons = null, SubmissionActor? actor = null)
    {
        if (Guard(SubmissionAction.Complete) is { } illegal) return illegal;
        if (outcome is not (DecisionOutcome.Accepted or DecisionOutcome.PartlyAccepted or DecisionOutcome.Rejected))
            return SubmissionErrors.DecisionOutcomeInvalid;
        if (string.IsNullOrWhiteSpace(decisionNoticeReference)) return SubmissionErrors.DecisionNoticeRequired;
        var cleanReasons = Clean(reasons);
        if (outcome != DecisionOutcome.Accepted && cleanReasons.Count == 0) return SubmissionErrors.DecisionReasonsRequired;

        at = Normalise(at);
        Decide(SubmissionAction.Complete, new SubmissionDecision(outcome, cleanReasons, decisionNoticeReference.Trim(), at), at, actor);
        return null;
    }

    /// <summary>
    /// Transmitted, UnderReview, or CorrectionRequested once its deadline has passed → Returned (返戻). A new filing of the
    /// same content is a new submission with a new receipt date.
    /// </summary>
    /// <param name="reasons">At least one reason (blanks dropped).</param>
    /// <param name="at">When.</param>
    /// <param name="returnNoticeReference">Reference of the return letter in the inbox, if any.</param>
    /// <param name="actor">The reviewer, or the back-office feed when null.</param>
    /// <returns>Null; <c>illegal_transition</c>, <c>reasons_required</c> or <c>deadline_not_passed</c>.</returns>
    public RuleError? Return(IEnumerable<string>? reasons, DateTimeOffset at, string? returnNoticeReference = null, SubmissionActor? actor = null)
    {
        if (Guard(SubmissionAction.Return) is { } illegal) return illegal;
        var cleanReasons = Clean(reasons);
        if (cleanReasons.Count == 0) return SubmissionErrors.ReturnReasonsRequired;
        if (State == SubmissionState.CorrectionRequested && !CorrectionRequest!.IsOverdueAt(at))
            return SubmissionErrors.CorrectionDeadlineNotPassed;

        at = Normalise(at);
        var reference = string.IsNullOrWhiteSpace(returnNoticeReference) ? null : returnNoticeReference.Trim();
        Decide(SubmissionAction.Return, new SubmissionDecision(DecisionOutcome.Returned, cleanReasons, reference, at), at, actor);
        return null;
    }

    /// <summary>
    /// Submitted, Transmitted, UnderReview, CorrectionRequested or Resubmitted → Withdrawn (取下げ), by the filer's side
    /// before a decision.
    /// </summary>
    /// <returns>Null; <c>illegal_transition</c> or <c>not_filer</c>.</returns>
    public RuleError? Withdraw(DateTimeOffset at, SubmissionActor actor, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Guard(SubmissionAction.Withdraw) is { } illegal) return illegal;
        if (!IsFilerSide(actor)) return SubmissionErrors.NotFiler;

        at = Normalise(at);
        var from = State;
        CorrectionRequest = null;
        DraftPayload = null;
        DraftSavedAt = null;
        Move(from, SubmissionAction.Withdraw, at, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            new SubmissionWithdrawn(Id, Revision, at, from, actor));
        return null;
    }

    /// <summary>Forgets the raised events, once the infrastructure has written them out.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();

    private void Decide(SubmissionAction action, SubmissionDecision decision, DateTimeOffset at, SubmissionActor? actor)
    {
        var from = State;
        Decision = decision;
        CorrectionRequest = null;
        DraftPayload = null;
        DraftSavedAt = null;
        var state = SubmissionStateMachine.Target(from, action)!.Value;
        Move(from, action, at, actor ?? SubmissionActor.BackOffice,
            decision.Reasons.Count > 0 ? string.Join("; ", decision.Reasons) : decision.DecisionNoticeReference,
            new DecisionApplied(Id, Revision, at, state, decision.Outcome, decision.Reasons.ToArray(), decision.DecisionNoticeReference));
    }

    private RuleError? Guard(SubmissionAction action) =>
        SubmissionStateMachine.IsAllowed(State, action) ? null : SubmissionErrors.IllegalTransition;

    private void Move(SubmissionState from, SubmissionAction action, DateTimeOffset at, SubmissionActor actor, string? note, SubmissionEvent raised)
    {
        State = SubmissionStateMachine.Target(from, action)
            ?? throw new InvalidOperationException($"{action} is not allowed in {from}; guard before moving.");
        ActiveBusinessKey = BlocksDuplicates() ? BusinessKey : null;
        Record(from, at, actor, note);
        _domainEvents.Add(raised);
    }

    private bool BlocksDuplicates() =>
        State switch
        {
            SubmissionState.Completed => Decision?.Outcome is DecisionOutcome.Accepted or DecisionOutcome.PartlyAccepted,
            SubmissionState.Draft => false,
            _ => SubmissionStateMachine.IsOpen(State),
        };

    private void Record(SubmissionState? from, DateTimeOffset at, SubmissionActor actor, string? note)
    {
        _history.Add(new SubmissionHistoryEntry(_history.Count + 1, from, State, at, actor, Revision, note));
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }

    private bool AlreadyMadeBy(string clientRequestId) =>
        _revisions.Exists(r => string.Equals(r.ClientRequestId, clientRequestId, StringComparison.Ordinal));

    private bool IsFilerSide(SubmissionActor actor) => actor.Kind switch
    {
        SubmissionActorKind.Staff => true,
        SubmissionActorKind.Citizen => Owner.Kind == SubmissionOwnerKind.Citizen && string.Equals(actor.Id, Owner.UserId, StringComparison.Ordinal),
        SubmissionActorKind.Employer => Owner.Kind == SubmissionOwnerKind.Employer,
        _ => false,
    };

    private static void CheckClientRequestId(string clientRequestId)
    {
        if (string.IsNullOrWhiteSpace(clientRequestId) || clientRequestId.Length > MaxClientRequestIdLength)
            throw new ArgumentException($"A client request id of 1–{MaxClientRequestIdLength} characters is required.", nameof(clientRequestId));
    }

    private static string? NormaliseBusinessKey(string? businessKey)
    {
        if (string.IsNullOrWhiteSpace(businessKey)) return null;
        var key = businessKey.Trim();
        return key.Length <= MaxBusinessKeyLength
            ? key
            : throw new ArgumentException($"A business key has at most {MaxBusinessKeyLength} characters.", nameof(businessKey));
    }

    private static List<string> Clean(IEnumerable<string>? items) =>
        items is null ? [] : items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>UTC, truncated to whole milliseconds (PostgreSQL keeps microseconds; the receipt hash uses milliseconds).</summary>
    private static DateTimeOffset Normalise(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private sealed class FixedReceiptNumber(ReceiptNumber number) : IReceiptNumberGenerator
    {
        public ReceiptNumber Next(SubmissionKind kind, DateTimeOffset receivedAt) => number;
    }
}
