using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>What a parameter's value measures.</summary>
public enum ParameterUnit
{
    /// <summary>Yen a year (年額).</summary>
    YenPerYear = 1,
    /// <summary>Yen a month (月額).</summary>
    YenPerMonth = 2,
    /// <summary>A rate (0.183 = 18.3%; 0.007125 = 7.125/1000).</summary>
    Rate = 3,
}

/// <summary>
/// One dated parameter (年度別パラメータ): a row (from, to, value, rule) of DOMAIN.md §5.1, keyed by fiscal year and,
/// for the full basic pension, by birth cohort. <see cref="Rule"/> is the rule the figure comes from, so a screen can show
/// <c>847,300 yen (FY2026: 780,900 × 改定率 1.085, rounded to 100 yen)</c>. <see cref="Verify"/> marks figures DOMAIN.md
/// flags "(verify)".
/// </summary>
public sealed record BenefitParameter(
    string Code,
    string MessageKey,
    int FiscalYear,
    DateOnly EffectiveFrom,
    DateOnly EffectiveTo,
    decimal Value,
    ParameterUnit Unit,
    string Rule,
    bool Verify = false)
{
    /// <summary>The value in whole yen.</summary>
    /// <exception cref="InvalidOperationException">The parameter is a rate, not a yen amount.</exception>
    public long Yen => Unit == ParameterUnit.Rate
        ? throw new InvalidOperationException($"{Code} is a rate, not a yen amount.")
        : (long)Value;

    /// <summary>The value as shown: <c>847,300 yen</c>, <c>17,920 yen/month</c>, <c>18.3%</c>, <c>7.125/1000</c>.</summary>
    public string ValueText => Unit switch
    {
        ParameterUnit.YenPerYear => Fmt.Num(Value) + " yen",
        ParameterUnit.YenPerMonth => Fmt.Num(Value) + " yen/month",
        _ => Value < 0.01m ? Fmt.PerMille(Value) : Fmt.Percent(Value),
    };

    /// <summary><c>847,300 yen (FY2026: 780,900 × 改定率 1.085, rounded to 100 yen)</c>, with <c>(verify)</c> when flagged.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{ValueText} (FY{FiscalYear}: {Rule}){(Verify ? " (verify)" : "")}");
}

/// <summary>
/// Every §5.1 figure for one fiscal year (年度, April to March). Take it from <see cref="BenefitParameterCatalogue"/>, the one place the figures live.
/// </summary>
public sealed record BenefitParameterSet(
    int FiscalYear,
    // 満額, born on/after 1956-04-02.
    BenefitParameter FullBasicPension,
    // 満額, born on/before 1956-04-01.
    BenefitParameter FullBasicPensionOlderCohort,
    // 国民年金保険料, per month.
    BenefitParameter NationalPensionPremium,
    // 付加保険料, per month.
    BenefitParameter AdditionalPremium,
    // 付加年金, yen a year per month of additional premium paid.
    BenefitParameter AdditionalPensionPerMonth,
    // 厚生年金保険料率.
    BenefitParameter EmployeesPensionPremiumRate,
    // Earnings-related multiplier for months before April 2003 (7.125/1000).
    BenefitParameter MultiplierMonthlyPayEra,
    // Earnings-related multiplier for months from April 2003 (5.481/1000).
    BenefitParameter MultiplierTotalRemunerationEra,
    // 支給停止調整額, per month.
    BenefitParameter SuspensionThreshold,
    // 加給年金: spouse, 1st and 2nd child, a year.
    BenefitParameter DependantSpouseOrChild,
    // 加給年金: 3rd and later child, a year.
    BenefitParameter DependantThirdChild,
    // 配偶者特別加算, a year (insured born on/after 1943-04-02).
    BenefitParameter SpouseSpecialAddition)
{
    /// <summary>First day of the fiscal year.</summary>
    public DateOnly EffectiveFrom => new(FiscalYear, 4, 1);

    /// <summary>Last day of the fiscal year.</summary>
    public DateOnly EffectiveTo => new(FiscalYear + 1, 3, 31);

    /// <summary>The full basic pension (満額) for the birth cohort of <paramref name="birthDate"/>.</summary>
    public BenefitParameter FullBasicPensionFor(DateOnly birthDate) =>
        birthDate >= BenefitDates.NewerBasicCohortStart ? FullBasicPension : FullBasicPensionOlderCohort;

    /// <summary>Every parameter of the year, in §5.1 order.</summary>
    public IReadOnlyList<BenefitParameter> All =>
    [
        FullBasicPension, FullBasicPensionOlderCohort, NationalPensionPremium, AdditionalPremium, AdditionalPensionPerMonth,
        EmployeesPensionPremiumRate, MultiplierMonthlyPayEra, MultiplierTotalRemunerationEra, SuspensionThreshold,
        DependantSpouseOrChild, DependantThirdChild, SpouseSpecialAddition,
    ];
}

/// <summary>
/// The one place the dated benefit parameters live (給付パラメータ表). Fiscal years without data are refused with
/// <c>unsupported_fiscal_year</c> (DOMAIN.md Assumption 5): add a year here, with its rules, when its figures are published.
/// </summary>
public static class BenefitParameterCatalogue
{
    /// <summary>Code of the refusal for a fiscal year without data.</summary>
    public const string UnsupportedFiscalYear = "unsupported_fiscal_year";

    private static readonly Dictionary<int, BenefitParameterSet> Sets = new()
    {
        [2025] = Build(2025,
            fullBasic: 831_700, revisionRate: "1.065",
            fullBasicOlder: 829_300, revisionRateOlder: "1.062",
            premium: 17_510, premiumVerify: false,
            threshold: 510_000, thresholdRule: "Base 480,000 indexed by wages",
            dependant: 239_300, dependantThird: 79_800, spouseSpecial: 176_600),
        [2026] = Build(2026,
            fullBasic: 847_300, revisionRate: "1.085",
            fullBasicOlder: 844_900, revisionRateOlder: "1.082",
            premium: 17_920, premiumVerify: true,
            threshold: 650_000, thresholdRule: "Base raised to 620,000 (2024 prices) by the 2025 reform from April 2026, indexed by wages",
            dependant: 243_800, dependantThird: 81_300, spouseSpecial: 179_900),
    };

    /// <summary>Fiscal years with data, ascending.</summary>
    public static IReadOnlyList<int> SupportedFiscalYears { get; } = Sets.Keys.Order().ToArray();

    /// <summary>The parameters of fiscal year <paramref name="fiscalYear"/>, or <c>unsupported_fiscal_year</c>.</summary>
    public static BenefitResult<BenefitParameterSet> ForFiscalYear(int fiscalYear) =>
        Sets.TryGetValue(fiscalYear, out var set)
            ? BenefitResult<BenefitParameterSet>.Ok(set)
            : BenefitResult<BenefitParameterSet>.Fail(UnsupportedFiscalYear, BenefitMessageKeys.ErrorUnsupportedFiscalYear);

    /// <summary>The parameters in force on <paramref name="date"/> (its fiscal year).</summary>
    public static BenefitResult<BenefitParameterSet> ForDate(DateOnly date) => ForFiscalYear(YearMonth.From(date).FiscalYear);

    private static BenefitParameterSet Build(int fy,
        long fullBasic, string revisionRate, long fullBasicOlder, string revisionRateOlder,
        long premium, bool premiumVerify, long threshold, string thresholdRule,
        long dependant, long dependantThird, long spouseSpecial)
    {
        var from = new DateOnly(fy, 4, 1);
        var to = new DateOnly(fy + 1, 3, 31);
        BenefitParameter P(string code, string key, decimal value, ParameterUnit unit, string rule, bool verify = false) =>
            new(code, key, fy, from, to, value, unit, rule, verify);

        return new BenefitParameterSet(fy,
            FullBasicPension: P("full_basic_pension", BenefitMessageKeys.ParameterFullBasicPension, fullBasic, ParameterUnit.YenPerYear,
                $"780,900 × 改定率 {revisionRate}, rounded to 100 yen; born on/after 1956-04-02"),
            FullBasicPensionOlderCohort: P("full_basic_pension_older_cohort", BenefitMessageKeys.ParameterFullBasicPensionOlderCohort, fullBasicOlder, ParameterUnit.YenPerYear,
                $"780,900 × 改定率 {revisionRateOlder}, rounded to 100 yen; born on/before 1956-04-01"),
            NationalPensionPremium: P("national_pension_premium", BenefitMessageKeys.ParameterNationalPensionPremium, premium, ParameterUnit.YenPerMonth,
                "Statutory amount × premium revision rate (保険料改定率), rounded to 10 yen", premiumVerify),
            AdditionalPremium: P("additional_premium", BenefitMessageKeys.ParameterAdditionalPremium, 400, ParameterUnit.YenPerMonth,
                "Fixed: 400 yen a month (付加保険料)"),
            AdditionalPensionPerMonth: P("additional_pension_per_month", BenefitMessageKeys.ParameterAdditionalPensionPerMonth, 200, ParameterUnit.YenPerYear,
                "Fixed: 200 yen a year per month of additional premium paid (付加年金)"),
            EmployeesPensionPremiumRate: P("employees_pension_premium_rate", BenefitMessageKeys.ParameterEmployeesPensionPremiumRate, 0.183m, ParameterUnit.Rate,
                "Fixed: 18.3% of standard monthly pay and of each standard bonus, split equally between employer and employee"),
            MultiplierMonthlyPayEra: P("multiplier_before_2003_04", BenefitMessageKeys.ParameterMultiplierMonthlyPayEra, 0.007125m, ParameterUnit.Rate,
                "Fixed: 7.125/1000 for months before April 2003, born on/after 1946-04-02"),
            MultiplierTotalRemunerationEra: P("multiplier_from_2003_04", BenefitMessageKeys.ParameterMultiplierTotalRemunerationEra, 0.005481m, ParameterUnit.Rate,
                "Fixed: 5.481/1000 for months from April 2003, born on/after 1946-04-02"),
            SuspensionThreshold: P("suspension_threshold", BenefitMessageKeys.ParameterSuspensionThreshold, threshold, ParameterUnit.YenPerMonth,
                thresholdRule),
            DependantSpouseOrChild: P("dependant_spouse_or_child", BenefitMessageKeys.ParameterDependantSpouseOrChild, dependant, ParameterUnit.YenPerYear,
                $"224,700 × 改定率 {revisionRate}, rounded to 100 yen"),
            DependantThirdChild: P("dependant_third_child", BenefitMessageKeys.ParameterDependantThirdChild, dependantThird, ParameterUnit.YenPerYear,
                $"74,900 × 改定率 {revisionRate}, rounded to 100 yen"),
            SpouseSpecialAddition: P("spouse_special_addition", BenefitMessageKeys.ParameterSpouseSpecialAddition, spouseSpecial, ParameterUnit.YenPerYear,
                $"165,800 × 改定率 {revisionRate}, rounded to 100 yen; insured born on/after 1943-04-02"));
    }
}
