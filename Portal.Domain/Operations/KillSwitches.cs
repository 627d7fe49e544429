using Portal.Domain.Common;
using Portal.Domain.Submissions;

namespace Portal.Domain.Operations;

/// <summary>
/// The names of the kill switches (DOMAIN.md §11, S7): <see cref="ReadOnly"/> stops every write a user starts (views keep
/// working, queued hand-offs keep flowing), <c>form:&lt;kind code&gt;</c> stops new filings of one form type.
/// </summary>
public static class KillSwitchNames
{
    /// <summary>Read-only mode: every form shows that the service is read-only and submits nothing.</summary>
    public const string ReadOnly = "read-only";
    /// <summary>Prefix of the per-form switches: <c>form:</c> + <see cref="SubmissionKind.Code"/>.</summary>
    public const string FormPrefix = "form:";

    /// <summary>The switch that disables one form type.</summary>
    public static string For(SubmissionKind kind) => FormPrefix + kind.Code;

    /// <summary>True for a name an admin may set: read-only or a well-known form type.</summary>
    public static bool IsKnown(string? name) =>
        name == ReadOnly || (name is not null && name.StartsWith(FormPrefix, StringComparison.Ordinal)
            && SubmissionKind.All.Any(k => k.Code == name[FormPrefix.Length..]));
}

/// <summary>The refusals a kill switch gives (message keys in SharedResource*.resx).</summary>
public static class OperationsErrors
{
    /// <summary>The service is read-only for now: nothing is submitted or changed; saved drafts are kept.</summary>
    public static readonly RuleError ReadOnly = new("read_only", "Operations.ReadOnly.Refused");
    /// <summary>This form type is switched off for now.</summary>
    public static readonly RuleError FormDisabled = new("form_disabled", "Operations.FormDisabled.Refused");

    /// <summary>Both refusals.</summary>
    public static IReadOnlyList<RuleError> All { get; } = [ReadOnly, FormDisabled];
}

/// <summary>
/// The check every user-started write goes through before it changes anything. Null means go ahead; otherwise the
/// refusal to show. Service-side work (the outbox relay, the decision feed, reviewers) does not ask.
/// </summary>
public interface IWriteGate
{
    /// <summary>Refusal for a write of this form type (or of no form type when null), or null when it may go ahead.</summary>
    ValueTask<RuleError?> RefusalAsync(SubmissionKind? kind = null, CancellationToken cancellationToken = default);
}

/// <summary>Thrown where a write has no way to return a <see cref="RuleError"/> (starting a draft).</summary>
public sealed class WriteRefusedException(RuleError error) : InvalidOperationException($"Write refused: {error.Code}")
{
    /// <summary>Why.</summary>
    public RuleError Error { get; } = error;
}
