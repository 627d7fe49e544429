using Portal.Domain.Common;

namespace Portal.Web.Features.Applications;

/// <summary>One step of a form wizard: its title and the payload paths its fields write (for step-wise checks).</summary>
public sealed record WizardStep(string TitleKey, IReadOnlyList<string> FieldPrefixes, Microsoft.AspNetCore.Components.RenderFragment Content)
{
    /// <summary>True when <paramref name="field"/> belongs to this step.</summary>
    public bool Owns(string field) =>
        FieldPrefixes.Any(p => field == p || field.StartsWith(p + ".", StringComparison.Ordinal) || field.StartsWith(p + "[", StringComparison.Ordinal));
}

/// <summary>
/// What the wizard's field components share: the issues to show next to each field, and a callback after every change
/// (the wizard saves the draft on the server a moment after the user stops typing).
/// </summary>
public sealed class WizardContext
{
    private IReadOnlyList<FormIssue> _shown = [];

    /// <summary>Called after a field changed, with its path.</summary>
    public Func<string, Task> Changed { get; init; } = _ => Task.CompletedTask;

    /// <summary>The issues currently shown.</summary>
    public IReadOnlyList<FormIssue> Shown => _shown;

    internal void Show(IReadOnlyList<FormIssue> issues) => _shown = issues;

    /// <summary>The issues to show next to <paramref name="field"/>.</summary>
    public IEnumerable<FormIssue> For(string field) => _shown.Where(i => i.Field == field);

    /// <summary>True when an error is shown for <paramref name="field"/>.</summary>
    public bool HasError(string field) => _shown.Any(i => i.Field == field && i.Severity == IssueSeverity.Error);

    /// <summary>The element id of a field (paths contain dots and brackets).</summary>
    public static string IdOf(string field) => "f-" + field.Replace('.', '-').Replace('[', '-').Replace("]", "");
}
