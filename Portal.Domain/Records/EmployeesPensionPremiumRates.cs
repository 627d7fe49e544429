using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// One dated row of the 厚生年金 premium rate (厚生年金保険料率), on standard monthly pay and standard bonuses,
/// shared equally by employer and employee.
/// </summary>
/// <param name="From">First month the rate applies to.</param>
/// <param name="To">Last month the rate applies to, or null while in force.</param>
/// <param name="Rate">Total rate (employer + employee), e.g. 0.183.</param>
/// <param name="Rule">Where the figure comes from.</param>
/// <param name="Verify">True when the figure is not firmly established.</param>
public sealed record EmployeesPensionPremiumRate(YearMonth From, YearMonth? To, decimal Rate, string Rule, bool Verify)
{
    /// <summary>True when the row applies to <paramref name="month"/>.</summary>
    public bool Covers(YearMonth month) => month >= From && (To is not { } to || month <= to);
}

/// <summary>
/// Dated 厚生年金 premium rates for the annual statement's "premiums paid" (保険料納付額) line: only the era on today's basis
/// (total remuneration, from April 2003). Months before April 2003 have no row, and the statement says its total is partial.
/// </summary>
public sealed class EmployeesPensionPremiumRates
{
    private const string Fixed = "18.3% fixed from September 2017 (DOMAIN.md §5.1)";
    private const string Schedule = "2004 reform schedule: 13.934% from October 2004, +0.354 points each September until 18.3% (verify)";

    private readonly EmployeesPensionPremiumRate[] rows;

    /// <summary>A table over the given rows (oldest first; they must not overlap).</summary>
    /// <exception cref="ArgumentException">Rows overlap or a closed row ends before it starts.</exception>
    public EmployeesPensionPremiumRates(IEnumerable<EmployeesPensionPremiumRate> rates)
    {
        rows = [.. rates.OrderBy(r => r.From)];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].To is { } to && to < rows[i].From)
                throw new ArgumentException($"Rate row from {rows[i].From} ends before it starts.", nameof(rates));
            if (i > 0 && (rows[i - 1].To is not { } previousTo || rows[i].From <= previousTo))
                throw new ArgumentException($"Rate rows overlap at {rows[i].From}.", nameof(rates));
        }
    }

    /// <summary>The portal's table, April 2003 onwards.</summary>
    public static EmployeesPensionPremiumRates Default { get; } = new(DefaultRows());

    /// <summary>The rows, oldest first.</summary>
    public IReadOnlyList<EmployeesPensionPremiumRate> Rows => rows;

    /// <summary>The rate row for <paramref name="month"/>, or null when there is none.</summary>
    public EmployeesPensionPremiumRate? RateFor(YearMonth month) => Array.Find(rows, r => r.Covers(month));

    /// <summary>
    /// The employee's half of the premium on <paramref name="standardAmount"/> (standard monthly pay or standard bonus) in
    /// <paramref name="month"/>, or null when the table has no rate for it. Fractions of 50 sen or less are dropped, more
    /// is rounded up (the employee-share rule); 300,000 at 18.3% → 27,450.
    /// </summary>
    public long? EmployeeShare(YearMonth month, long standardAmount) =>
        RateFor(month) is { } row
            ? (long)Math.Round(standardAmount * row.Rate / 2m, MidpointRounding.ToZero)
            : null;

    private static IEnumerable<EmployeesPensionPremiumRate> DefaultRows()
    {
        yield return new(new YearMonth(2003, 4), new YearMonth(2004, 9), 0.13580m,
            "Total-remuneration basis from April 2003 (verify)", true);
        var rate = 0.13934m;
        for (var year = 2004; year <= 2016; year++, rate += 0.00354m)
        {
            var from = year == 2004 ? new YearMonth(2004, 10) : new YearMonth(year, 9);
            yield return new(from, new YearMonth(year + 1, 8), rate, Schedule, true);
        }
        yield return new(new YearMonth(2017, 9), null, 0.183m, Fixed, false);
    }
}
