using System.Text;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>
/// What identifies "the same person" in a filing: a line-relative field to report the duplicate on and a normalised value.
/// The value may contain identifier digits: keep it in memory only, never show or log it.
/// </summary>
public readonly record struct LineKey(string Field, string Value);

/// <summary>The filing-level checks every notification shares.</summary>
internal static class FilingValidation
{
    /// <summary>Most lines a single filing may hold (the CSV path has its own, configurable limit).</summary>
    public const int MaxLines = 20_000;

    public static List<FormIssue> Validate<TLine>(EmployerFilingBase filing, IReadOnlyList<TLine>? lines, EmployerFilingContext context,
        Func<TLine, EmployerFilingContext, IReadOnlyList<FormIssue>> validateLine, Func<TLine, LineKey?> key)
    {
        var issues = new List<FormIssue>();
        Establishment(filing, context, issues);
        if (lines is null || lines.Count == 0)
        {
            issues.Add(FilingRules.NoLines.Error("lines"));
            return issues;
        }
        if (lines.Count > MaxLines)
        {
            issues.Add(FilingRules.TooManyLines.Error("lines", MaxLines.ToString()));
            return issues;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var prefix = $"lines[{i}].";
            if (lines[i] is null)
            {
                issues.Add(FilingRules.Required.Error($"lines[{i}]"));
                continue;
            }
            foreach (var issue in validateLine(lines[i], context))
                issues.Add(issue with { Field = prefix + issue.Field });
            if (key(lines[i]) is { } k)
            {
                if (seen.TryGetValue(k.Value, out var first))
                    issues.Add(FilingRules.DuplicatePerson.Error(prefix + k.Field, (first + 1).ToString()));
                else
                    seen[k.Value] = i;
            }
        }
        return issues;
    }

    public static void Establishment(EmployerFilingBase filing, EmployerFilingContext context, List<FormIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(filing.OfficeSymbol)) issues.Add(FilingRules.Required.Error("officeSymbol"));
        if (string.IsNullOrWhiteSpace(filing.EstablishmentNumber)) issues.Add(FilingRules.Required.Error("establishmentNumber"));
        if (context.Establishment is { } e && !string.IsNullOrWhiteSpace(filing.OfficeSymbol) && !string.IsNullOrWhiteSpace(filing.EstablishmentNumber)
            && !e.Matches(filing.OfficeSymbol, filing.EstablishmentNumber))
            issues.Add(FilingRules.EstablishmentMismatch.Error("officeSymbol"));
    }

    /// <summary>Establishment codes compare after NFKC, without hyphens or spaces.</summary>
    public static bool SameCode(string a, string b) => Compact(a) == Compact(b);

    private static string Compact(string text) => IdentifierText.Normalize(text).Replace("-", "").Replace(" ", "");

    /// <summary>The employee's key: insured reference, else My Number, else basic pension number.</summary>
    public static LineKey? EmployeeKey(EmployeeLineBase line)
    {
        if (FilingText.NormalizeInsuredReference(line.InsuredReference) is { } reference)
            return new LineKey("insuredReference", "ref:" + reference.TrimStart('0'));
        if (MyNumber.TryParse(line.MyNumber, out var my)) return new LineKey("myNumber", "my:" + my.Value);
        if (BasicPensionNumber.TryParse(line.BasicPensionNumber, out var pension)) return new LineKey("basicPensionNumber", "bpn:" + pension.Value);
        return null;
    }

    /// <summary>A name compared loosely: NFKC, without spaces.</summary>
    public static string NameKey(string? name) => IdentifierText.Normalize(name).Replace(" ", "").Replace("\u3000", "");

    public static string Join(params object?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var p in parts) builder.Append(p).Append('|');
        return builder.ToString();
    }
}
