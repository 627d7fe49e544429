using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>Collects issues while a form's rules run.</summary>
internal sealed class IssueList
{
    private readonly List<FormIssue> _issues = [];

    public IReadOnlyList<FormIssue> Issues => _issues;

    public bool HasErrorOn(string field) => _issues.Any(i => i.IsError && i.Field == field);

    public void Error(string field, string code, string messageKey, params string[] args) =>
        _issues.Add(new FormIssue(field, code, messageKey, IssueSeverity.Error, args));

    public void Warning(string field, string code, string messageKey, params string[] args) =>
        _issues.Add(new FormIssue(field, code, messageKey, IssueSeverity.Warning, args));

    /// <summary>Adds the error of a value-object parse (its own code and <c>Identifier.*</c> key).</summary>
    public void Error(string field, RuleError error) =>
        _issues.Add(new FormIssue(field, error.Code, error.MessageKey, IssueSeverity.Error, []));

    /// <summary>Error <c>required</c> when <paramref name="value"/> is null or white space; true when present.</summary>
    public bool Required(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        Error(field, IssueCodes.Required, ApplicationMessageKeys.Required);
        return false;
    }

    /// <summary>Error <c>required</c> when <paramref name="value"/> is null; true when present.</summary>
    public bool Required<T>(string field, T? value) where T : struct
    {
        if (value.HasValue) return true;
        Error(field, IssueCodes.Required, ApplicationMessageKeys.Required);
        return false;
    }

    /// <summary>Error <c>required</c> when the block is missing; true when present.</summary>
    public bool RequiredBlock(string field, object? block)
    {
        if (block is not null) return true;
        Error(field, IssueCodes.Required, ApplicationMessageKeys.Required);
        return false;
    }

    /// <summary>Error <c>too_long</c> when longer than <paramref name="max"/> characters.</summary>
    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
            Error(field, IssueCodes.TooLong, ApplicationMessageKeys.TooLong, Text.Int(max));
    }

    /// <summary>Error <c>duplicate</c> when <paramref name="key"/> is one of the person's blocking submissions.</summary>
    public void Duplicate(string? key, ApplicantFacts facts)
    {
        if (key is null) return;
        var existing = facts.FindActive(key);
        if (existing is not null)
            Error("", IssueCodes.Duplicate, ApplicationMessageKeys.Duplicate, existing.Reference);
    }
}

/// <summary>The stable issue codes.</summary>
public static class IssueCodes
{
    /// <summary>A required value is missing.</summary>
    public const string Required = "required";
    /// <summary>Not in the expected form (month, katakana, digits).</summary>
    public const string Format = "format";
    /// <summary>Longer than allowed.</summary>
    public const string TooLong = "too_long";
    /// <summary>A number outside its allowed range.</summary>
    public const string Range = "range";
    /// <summary>The JSON payload could not be read.</summary>
    public const string Malformed = "malformed";
    /// <summary>The kind has no citizen form rules here.</summary>
    public const string UnsupportedKind = "unsupported_kind";
    /// <summary>The same person, type and period is open or approved already.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Another type for the same period is open or approved.</summary>
    public const string OtherTypeOpen = "other_type_open";
    /// <summary>The person's category does not allow this form.</summary>
    public const string Category = "category";
    /// <summary>Category 2 or 3: the employer files.</summary>
    public const string EmployerRoute = "employer_route";
    /// <summary>A voluntary member cannot file this form.</summary>
    public const string VoluntaryMember = "voluntary_member";
    /// <summary>Start after end.</summary>
    public const string StartAfterEnd = "start_after_end";
    /// <summary>A period that does not stay within one application year.</summary>
    public const string CrossesYear = "crosses_year";
    /// <summary>Further back than the retroactive window.</summary>
    public const string OutOfWindow = "out_of_window";
    /// <summary>Partly further back than the retroactive window.</summary>
    public const string PartlyOutOfWindow = "partly_out_of_window";
    /// <summary>A future period that does not accept applications yet.</summary>
    public const string NotYetOpen = "not_yet_open";
    /// <summary>A date in the future where only a past or present one makes sense.</summary>
    public const string FutureDate = "future_date";
    /// <summary>Too old (payment deferral: 50 or over).</summary>
    public const string Age = "age";
    /// <summary>Too early to file.</summary>
    public const string TooEarly = "too_early";
    /// <summary>Filed after the deadline.</summary>
    public const string Late = "late";
    /// <summary>Something conflicts with another value or with the person's facts.</summary>
    public const string Conflict = "conflict";
    /// <summary>Not applicable to the chosen option.</summary>
    public const string NotApplicable = "not_applicable";
    /// <summary>A value differs from what the portal holds.</summary>
    public const string Mismatch = "mismatch";
    /// <summary>A check digit (Luhn) does not match.</summary>
    public const string CheckDigit = "check_digit";
    /// <summary>Card brand not recognised or not accepted.</summary>
    public const string Brand = "brand";
    /// <summary>Card expired.</summary>
    public const string Expired = "expired";
    /// <summary>The action is already in force.</summary>
    public const string AlreadyActive = "already_active";
}

/// <summary>Invariant formatting of the arguments (<c>2023-07</c>, <c>2026-07-01</c>, <c>1,280,000</c>).</summary>
internal static class Text
{
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Yen(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Month(YearMonth value) => value.ToString();
}
