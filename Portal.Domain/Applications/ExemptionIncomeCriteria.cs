using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>
/// The published income criteria of the exemption and deferral tests for the application years from
/// <paramref name="EffectiveFrom"/> (a July for exemption years; the student figure applies to the April–March year
/// starting in the same calendar year). Yen. DOMAIN §6.1 marks every figure "verify" (<see cref="Verify"/>).
/// </summary>
/// <param name="EffectiveFrom">First July–June year start the figures apply to.</param>
/// <param name="FullPerPerson">Full exemption: amount per (dependants + 1), 35万円.</param>
/// <param name="FullBase">Full exemption: base added, 32万円.</param>
/// <param name="ThreeQuarterBase">¾ exemption base, 88万円.</param>
/// <param name="HalfBase">Half exemption base, 128万円.</param>
/// <param name="QuarterBase">¼ exemption base, 168万円.</param>
/// <param name="StudentBase">Student deferral base, 128万円.</param>
/// <param name="SpecificRelativeDeductionCounts">True when 特定親族特別控除 counts among the deductions (from April 2026).</param>
/// <param name="Verify">The figures await confirmation against the official criteria.</param>
public sealed record ExemptionIncomeCriteria(
    YearMonth EffectiveFrom,
    long FullPerPerson,
    long FullBase,
    long ThreeQuarterBase,
    long HalfBase,
    long QuarterBase,
    long StudentBase,
    bool SpecificRelativeDeductionCounts,
    bool Verify = true)
{
    /// <summary>
    /// Every dated set, oldest first — the one place the figures live. Add a row when the criteria change.
    /// </summary>
    public static IReadOnlyList<ExemptionIncomeCriteria> Catalogue { get; } =
    [
        new(new YearMonth(2021, 7), 350_000, 320_000, 880_000, 1_280_000, 1_680_000, 1_280_000, false),
        new(new YearMonth(2026, 4), 350_000, 320_000, 880_000, 1_280_000, 1_680_000, 1_280_000, true),
    ];

    /// <summary>The criteria in force for the year starting <paramref name="yearStart"/>, or null when none is held.</summary>
    public static ExemptionIncomeCriteria? For(YearMonth yearStart) =>
        Catalogue.LastOrDefault(c => c.EffectiveFrom <= yearStart);

    /// <summary>Full-exemption (and deferral) limit: (dependants + 1) × 35万円 + 32万円.</summary>
    public long FullLimit(int dependantCount) => (dependantCount + 1L) * FullPerPerson + FullBase;

    /// <summary>A partial-tier or student limit: base + dependant deduction + social-insurance deductions.</summary>
    public static long PartialLimit(long @base, long dependantDeduction, long socialInsuranceDeduction) =>
        @base + dependantDeduction + socialInsuranceDeduction;
}
