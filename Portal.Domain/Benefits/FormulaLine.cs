using System.Globalization;

namespace Portal.Domain.Benefits;

/// <summary>
/// One line of working (計算式) behind an amount: a stable <paramref name="Code"/>, the <paramref name="MessageKey"/>
/// of its label, the <paramref name="Expression"/> with the actual numbers (e.g. <c>847,300 × 450 / 480 = 794,343.75 → 794,344</c>),
/// the <paramref name="Result"/> and the dated parameters it used (each carries its fiscal year and rule).
/// </summary>
public sealed record FormulaLine(
    string Code,
    string MessageKey,
    string Expression,
    decimal Result,
    IReadOnlyList<BenefitParameter> Parameters)
{
    /// <summary>A line that uses no dated parameter.</summary>
    public FormulaLine(string code, string messageKey, string expression, decimal result)
        : this(code, messageKey, expression, result, []) { }

    /// <summary>The parameters as shown next to the line, e.g. <c>847,300 yen (FY2026: 780,900 × 改定率 1.085, rounded to 100 yen)</c>.</summary>
    public IEnumerable<string> ParameterReferences => Parameters.Select(p => p.Describe());

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Expression}";
}

/// <summary>
/// A statement shown with an estimate (前提・注記): an assumption, a remedy or a case note, by
/// <paramref name="Code"/> and <paramref name="MessageKey"/>. <paramref name="Verify"/> marks a statement DOMAIN.md
/// flags "(verify)".
/// </summary>
public sealed record BenefitNote(string Code, string MessageKey, bool Verify = false);

/// <summary>Invariant number formatting for formula lines (yen with thousands separators).</summary>
internal static class Fmt
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><c>847,300</c></summary>
    public static string Yen(long value) => value.ToString("N0", Invariant); // same text as "#,0", without parsing a custom format

    /// <summary>A decimal with thousands separators and up to 4 decimals (<c>794,343.75</c>).</summary>
    public static string Num(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("#,0.####", Invariant);

    /// <summary><c>= 794,343.75</c>, or <c>≈ 333,333.3333</c> when the value has more than 4 decimals.</summary>
    public static string Eq(decimal value) =>
        (Math.Round(value, 4, MidpointRounding.AwayFromZero) == value ? "= " : "≈ ") + Num(value);

    /// <summary>A factor to three decimals (<c>0.760</c>).</summary>
    public static string Factor(decimal value) => value.ToString("0.000", Invariant);

    /// <summary>A rate per thousand (<c>7.125/1000</c>).</summary>
    public static string PerMille(decimal rate) => (rate * 1000m).ToString("0.###", Invariant) + "/1000";

    /// <summary>A percentage (<c>0.4%</c>).</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("0.###", Invariant) + "%";

    /// <summary>Rounds to the nearest yen, halves away from zero (DOMAIN.md Assumption 4).</summary>
    public static long RoundYen(decimal value) => (long)Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
