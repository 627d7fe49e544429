namespace Portal.Domain.Common;

/// <summary>How a <see cref="FormIssue"/> affects submission.</summary>
public enum IssueSeverity
{
    /// <summary>Blocks submission (the form stays a draft).</summary>
    Error,
    /// <summary>Shown to the filer, does not block submission (e.g. a late filing, DOMAIN §6.4).</summary>
    Warning,
}

/// <summary>
/// One finding of a form's rules (入力チェック結果).
/// </summary>
/// <param name="Field">
/// Dotted camelCase path of the payload property it concerns, the same as its JSON property path
/// (<c>period.start</c>, <c>spouse.income</c>, <c>applicant.myNumber</c>); <c>""</c> for the whole form.
/// </param>
/// <param name="Code">Stable lower-case code for programs and tests (<c>required</c>, <c>out_of_window</c>, <c>duplicate</c>).</param>
/// <param name="MessageKey">Resource key of the message (<c>Applications.Period.OutOfWindow</c>).</param>
/// <param name="Severity">Error (blocks submit) or warning.</param>
/// <param name="Args">Preformatted invariant strings that fill <c>{0}</c>, <c>{1}</c>… in the message (<c>2023-07</c>, <c>1,280,000</c>).</param>
public sealed record FormIssue(string Field, string Code, string MessageKey, IssueSeverity Severity, IReadOnlyList<string> Args)
{
    /// <summary>True for <see cref="IssueSeverity.Error"/>.</summary>
    public bool IsError => Severity == IssueSeverity.Error;

    /// <summary>Equal when field, code, key, severity and every argument are equal (arguments compared in order).</summary>
    public bool Equals(FormIssue? other) =>
        other is not null && Field == other.Field && Code == other.Code && MessageKey == other.MessageKey
        && Severity == other.Severity && Args.SequenceEqual(other.Args);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Code, MessageKey, Severity, Args.Count);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity} {(Field.Length == 0 ? "(form)" : Field)}: {Code} ({MessageKey}{(Args.Count == 0 ? "" : " " + string.Join(", ", Args))})";
}

/// <summary>Helpers over a list of <see cref="FormIssue"/>.</summary>
public static class FormIssues
{
    /// <summary>True when no issue is an error, i.e. the form may be submitted.</summary>
    public static bool CanSubmit(this IReadOnlyList<FormIssue> issues) => !issues.Any(i => i.IsError);

    /// <summary>The errors only.</summary>
    public static IEnumerable<FormIssue> Errors(this IEnumerable<FormIssue> issues) => issues.Where(i => i.IsError);

    /// <summary>The warnings only.</summary>
    public static IEnumerable<FormIssue> Warnings(this IEnumerable<FormIssue> issues) => issues.Where(i => !i.IsError);
}
