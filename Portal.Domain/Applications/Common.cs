using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Applications;

/// <summary>A requested span of months as typed (<c>2026-07</c> to <c>2027-06</c>); JSON <c>period.start</c>, <c>period.end</c>.</summary>
public sealed class PeriodInput
{
    /// <summary>First month, <c>yyyy-MM</c>.</summary>
    public string? Start { get; set; }
    /// <summary>Last month, <c>yyyy-MM</c>.</summary>
    public string? End { get; set; }
}

/// <summary>
/// A person's prior-year income figures as declared for an income test (前年所得): the income (所得, after the
/// employment-income and public-pension deductions, not gross pay), the number of dependants (扶養親族等の数) and the
/// deductions the partial-exemption limits add (扶養親族等控除額; 社会保険料控除額等). Yen, whole numbers.
/// </summary>
public class IncomeFigures
{
    /// <summary>Prior-year income (所得) in yen.</summary>
    public long? Income { get; set; }
    /// <summary>Number of dependants (扶養親族等の数), 0 or more.</summary>
    public int? DependantCount { get; set; }
    /// <summary>Deduction for dependants (扶養親族等控除額), yen; empty counts as 0. From April 2026 includes 特定親族特別控除.</summary>
    public long? DependantDeduction { get; set; }
    /// <summary>Social-insurance and similar deductions (社会保険料控除額等), yen; empty counts as 0.</summary>
    public long? SocialInsuranceDeduction { get; set; }
}

/// <summary>The category checks shared by the forms (DOMAIN §3).</summary>
internal static class Eligibility
{
    /// <summary>Category 1 only, never a voluntary member (exemptions, deferrals, maternity).</summary>
    public static void Category1Only(ApplicantFacts facts, IssueList issues)
    {
        if (facts.IsVoluntary)
            issues.Error("", IssueCodes.VoluntaryMember, ApplicationMessageKeys.EligibilityNotForVoluntary);
        else
            NotEmployerRoute(facts, issues, ApplicationMessageKeys.EligibilityCategory1Only);
    }

    /// <summary>Category 1 or voluntary (additional premium, payment set-up).</summary>
    public static void Category1OrVoluntary(ApplicantFacts facts, IssueList issues, bool specialVoluntaryAllowed)
    {
        if (facts.Category == InsuredCategory.SpecialVoluntary && !specialVoluntaryAllowed)
        {
            issues.Error("", IssueCodes.Category, ApplicationMessageKeys.EligibilityNotForSpecialVoluntary);
            return;
        }
        if (facts.IsVoluntary) return;
        NotEmployerRoute(facts, issues, ApplicationMessageKeys.EligibilityCategory1OrVoluntary);
    }

    private static void NotEmployerRoute(ApplicantFacts facts, IssueList issues, string otherwiseKey)
    {
        if (facts.Category is InsuredCategory.Category2 or InsuredCategory.Category3)
            issues.Error("", IssueCodes.EmployerRoute, facts.Category == InsuredCategory.Category2
                ? ApplicationMessageKeys.EligibilityEmployerRouteCategory2
                : ApplicationMessageKeys.EligibilityEmployerRouteCategory3);
        else if (facts.Category != InsuredCategory.Category1)
            issues.Error("", IssueCodes.Category, otherwiseKey);
    }
}

/// <summary>Shared field checks.</summary>
internal static class Fields
{
    /// <summary>Upper limit accepted for a yen figure (10 billion), to catch typing slips.</summary>
    public const long MaxYen = 10_000_000_000;

    /// <summary>
    /// Checks a person's income figures under <paramref name="prefix"/> (<c>applicant</c>, <c>spouse</c>…): income and
    /// number of dependants required unless <paramref name="figuresRequired"/> is false (job-loss special case), every
    /// figure entered within range.
    /// </summary>
    public static void Income(IncomeFigures? figures, string prefix, IssueList issues, bool figuresRequired = true)
    {
        if (figures is null) return;
        if (figuresRequired) issues.Required(prefix + ".income", figures.Income);
        Yen(figures.Income, prefix + ".income", issues);
        var hasCount = figuresRequired ? issues.Required(prefix + ".dependantCount", figures.DependantCount) : figures.DependantCount.HasValue;
        if (hasCount && figures.DependantCount is < 0 or > 99)
            issues.Error(prefix + ".dependantCount", IssueCodes.Range, ApplicationMessageKeys.Range, "0", "99");
        Yen(figures.DependantDeduction, prefix + ".dependantDeduction", issues);
        Yen(figures.SocialInsuranceDeduction, prefix + ".socialInsuranceDeduction", issues);
    }

    private static void Yen(long? value, string field, IssueList issues)
    {
        if (value is < 0 or > MaxYen)
            issues.Error(field, IssueCodes.Range, ApplicationMessageKeys.Range, "0", Text.Yen(MaxYen));
    }

    /// <summary>A name in full-width katakana (required), at most <paramref name="max"/> characters.</summary>
    public static void Kana(string? value, string field, IssueList issues, int max = 50, bool bankHolder = false)
    {
        if (!issues.Required(field, value)) return;
        if (!KanaText.IsFullWidthKatakana(value, bankHolder))
            issues.Error(field, IssueCodes.Format, ApplicationMessageKeys.KanaFormat);
        else
            issues.MaxLength(field, value, max);
    }

    /// <summary>A free-text name (required), at most <paramref name="max"/> characters.</summary>
    public static void Name(string? value, string field, IssueList issues, int max = 50)
    {
        if (issues.Required(field, value)) issues.MaxLength(field, value, max);
    }
}

/// <summary>Full-width katakana checks (全角カタカナ).</summary>
public static class KanaText
{
    /// <summary>
    /// True when <paramref name="value"/> (trimmed) is non-empty and only full-width katakana (ァ–ヺ), the long-vowel
    /// mark ー, the middle dot ・ and spaces (full-width or ASCII, e.g. between family and given name). Half-width
    /// katakana (ｱｲｳ) and hiragana are refused. With <paramref name="bankHolder"/>, the characters bank account names also
    /// use are accepted: （ ） ． ／ and full-width Latin capitals and digits.
    /// </summary>
    public static bool IsFullWidthKatakana(string? value, bool bankHolder = false)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        foreach (var c in value.Trim())
        {
            var ok = c is >= '\u30A1' and <= '\u30FA' or '\u30FC' or '\u30FB' or '\u3000' or ' '
                || (bankHolder && (c is '（' or '）' or '．' or '／' or >= 'Ａ' and <= 'Ｚ' or >= '０' and <= '９'));
            if (!ok) return false;
        }
        return true;
    }
}
