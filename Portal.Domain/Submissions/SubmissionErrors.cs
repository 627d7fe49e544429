using Portal.Domain.Common;

namespace Portal.Domain.Submissions;

/// <summary>Every message key the Submissions feature uses (texts in Portal.Web/Resources/SharedResource*.resx).</summary>
public static class SubmissionMessageKeys
{
    /// <summary>Prefix of kind names: <c>Submissions.Kind.</c> + <see cref="SubmissionKind.Name"/>.</summary>
    public const string KindPrefix = "Submissions.Kind.";
    /// <summary>Prefix of state names: <c>Submissions.State.</c> + <see cref="SubmissionState"/>.</summary>
    public const string StatePrefix = "Submissions.State.";
    /// <summary>Prefix of action labels: <c>Submissions.Action.</c> + <see cref="SubmissionAction"/>.</summary>
    public const string ActionPrefix = "Submissions.Action.";
    /// <summary>Prefix of actor kinds: <c>Submissions.ActorKind.</c> + <see cref="SubmissionActorKind"/>.</summary>
    public const string ActorKindPrefix = "Submissions.ActorKind.";
    /// <summary>Prefix of decision outcomes: <c>Submissions.Outcome.</c> + <see cref="DecisionOutcome"/>.</summary>
    public const string OutcomePrefix = "Submissions.Outcome.";

    /// <summary>Every key: display names built from the prefixes, then the error messages.</summary>
    public static IReadOnlyList<string> All { get; } =
        SubmissionKind.All.Select(k => k.MessageKey)
            .Concat(Enum.GetValues<SubmissionState>().Select(s => s.MessageKey()))
            .Concat(Enum.GetValues<SubmissionAction>().Select(a => a.MessageKey()))
            .Concat(Enum.GetValues<SubmissionActorKind>().Select(SubmissionActor.MessageKey))
            .Concat(Enum.GetValues<DecisionOutcome>().Select(SubmissionDecision.MessageKey))
            .Concat(SubmissionErrors.All.Select(e => e.MessageKey))
            .Distinct()
            .ToArray();
}

/// <summary>The rule errors the Submissions feature returns (code for programs, message key for people).</summary>
public static class SubmissionErrors
{
    /// <summary>The action is not allowed in the current state (or a different client request id repeats a submit).</summary>
    public static readonly RuleError IllegalTransition = new("illegal_transition", "Submissions.IllegalTransition");
    /// <summary>No well-known form has this code.</summary>
    public static readonly RuleError UnknownKind = new("unknown_kind", "Submissions.Kind.Unknown");
    /// <summary>No receipt number was given.</summary>
    public static readonly RuleError ReceiptNumberRequired = new("required", "Submissions.ReceiptNumber.Required");
    /// <summary>The text is not a receipt number in the form YYYYMMDD-KKK-NNNNNNN.</summary>
    public static readonly RuleError ReceiptNumberFormat = new("format", "Submissions.ReceiptNumber.Format");
    /// <summary>The payload is not valid JSON (or repeats a member name).</summary>
    public static readonly RuleError InvalidPayload = new("invalid_payload", "Submissions.Payload.Invalid");
    /// <summary>Only the filer's side (the citizen themselves, an employer user, counter staff) may submit, resubmit or withdraw.</summary>
    public static readonly RuleError NotFiler = new("not_filer", "Submissions.Actor.NotFiler");
    /// <summary>A correction request needs a reason.</summary>
    public static readonly RuleError CorrectionReasonRequired = new("reason_required", "Submissions.Correction.ReasonRequired");
    /// <summary>A correction deadline must be later than the day of the request.</summary>
    public static readonly RuleError CorrectionDeadlineTooEarly = new("deadline_too_early", "Submissions.Correction.DeadlineTooEarly");
    /// <summary>The correction deadline has passed: the corrected revision can no longer be sent.</summary>
    public static readonly RuleError CorrectionDeadlinePassed = new("deadline_passed", "Submissions.Resubmit.DeadlinePassed");
    /// <summary>A return needs at least one reason.</summary>
    public static readonly RuleError ReturnReasonsRequired = new("reasons_required", "Submissions.Return.ReasonsRequired");
    /// <summary>A submission awaiting correction is returned only after its deadline.</summary>
    public static readonly RuleError CorrectionDeadlineNotPassed = new("deadline_not_passed", "Submissions.Return.DeadlineNotPassed");
    /// <summary>A completion needs the decision notice reference.</summary>
    public static readonly RuleError DecisionNoticeRequired = new("notice_required", "Submissions.Decision.NoticeRequired");
    /// <summary>A decision other than Accepted needs at least one reason.</summary>
    public static readonly RuleError DecisionReasonsRequired = new("reasons_required", "Submissions.Decision.ReasonsRequired");
    /// <summary>Complete takes Accepted, PartlyAccepted or Rejected; Returned goes through Return.</summary>
    public static readonly RuleError DecisionOutcomeInvalid = new("outcome_invalid", "Submissions.Decision.OutcomeInvalid");
    /// <summary>The acknowledged revision has not been submitted.</summary>
    public static readonly RuleError UnknownRevision = new("unknown_revision", "Submissions.Transmit.UnknownRevision");
    /// <summary>The same person, type and period already has an open or approved filing (DOMAIN §6.7).</summary>
    public static readonly RuleError Duplicate = new("duplicate", "Submissions.Duplicate");
    /// <summary>No such submission for this user (never says whether it exists for someone else).</summary>
    public static readonly RuleError NotFound = new("not_found", "Submissions.NotFound");
    /// <summary>Someone changed the submission at the same moment (another tab, a reviewer); reload and try again.</summary>
    public static readonly RuleError ChangedElsewhere = new("changed_elsewhere", "Submissions.ChangedElsewhere");

    /// <summary>Every error above.</summary>
    public static IReadOnlyList<RuleError> All { get; } =
    [
        IllegalTransition, UnknownKind, ReceiptNumberRequired, ReceiptNumberFormat, InvalidPayload, NotFiler,
        CorrectionReasonRequired, CorrectionDeadlineTooEarly, CorrectionDeadlinePassed, ReturnReasonsRequired,
        CorrectionDeadlineNotPassed, DecisionNoticeRequired, DecisionReasonsRequired, DecisionOutcomeInvalid, UnknownRevision,
        Duplicate, NotFound, ChangedElsewhere,
    ];
}
