using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// One dated row of the national-pension monthly premium (国民年金保険料), effective for one fiscal year.
/// </summary>
/// <param name="From">First day the amount applies (1 April).</param>
/// <param name="To">Last day the amount applies (31 March).</param>
/// <param name="MonthlyPremium">Yen per month.</param>
/// <param name="Rule">Where the figure comes from.</param>
/// <param name="Verify">True when the figure is not firmly established (DOMAIN.md "(verify)") or is demo data.</param>
public sealed record PremiumRate(DateOnly From, DateOnly To, long MonthlyPremium, string Rule, bool Verify)
{
    /// <summary>True when the row applies to <paramref name="month"/>.</summary>
    public bool Covers(YearMonth month) => month.FirstDay >= From && month.LastDay <= To;
}

/// <summary>
/// One row of the 追納 surcharge table (追納加算額): yen added per month paid back, by the fiscal year of the exempt
/// month and the fiscal year of payment. Effective from 1 April of <paramref name="PaymentFiscalYear"/>.
/// </summary>
/// <param name="ExemptFiscalYear">Fiscal year of the exempt or deferred month.</param>
/// <param name="PaymentFiscalYear">Fiscal year in which the month is paid back.</param>
/// <param name="YenPerMonth">Surcharge per month, yen.</param>
/// <param name="Rule">Where the figure comes from.</param>
/// <param name="Verify">True when the figure is not firmly established or is demo data.</param>
public sealed record LatePaymentSurchargeRate(int ExemptFiscalYear, int PaymentFiscalYear, long YenPerMonth, string Rule, bool Verify)
{
    /// <summary>The first day the row applies (1 April of the payment fiscal year).</summary>
    public DateOnly EffectiveFrom => new(PaymentFiscalYear, 4, 1);
}

/// <summary>
/// Dated premium data for the record's rules (DOMAIN.md §4.4, §5.1): the national-pension monthly premium per fiscal
/// year, and the 追納 surcharge table. The rule deciding <em>whether</em> a surcharge applies is code
/// (<see cref="SurchargeApplies"/>); the <em>amounts</em> are data looked up here.
/// </summary>
public sealed class PremiumSchedule
{
    /// <summary>Additional premium (付加保険料), yen per month; fixed by law (DOMAIN.md §5.1).</summary>
    public const long AdditionalPremiumPerMonth = 400;

    /// <summary>Fiscal years after the exempt month's fiscal year that are free of surcharge (DOMAIN.md §4.4).</summary>
    public const int SurchargeFreeFiscalYears = 2;

    private const string DomainRule = "Statutory amount × premium revision rate, rounded to 10 yen (DOMAIN.md §5.1)";
    private const string DemoRule = "DEMO / APPROXIMATE data for earlier years, not an official source: verify before use";
    private const string SurchargeRule = "DEMO / APPROXIMATE 追納加算額: small plausible amounts growing with the years elapsed; verify before use";

    private readonly PremiumRate[] premiums;
    private readonly Dictionary<(int Exempt, int Payment), LatePaymentSurchargeRate> surcharges;

    /// <summary>A schedule over the given rows.</summary>
    /// <exception cref="ArgumentException">A premium row ends before it starts, rows overlap, or a surcharge key repeats.</exception>
    public PremiumSchedule(IEnumerable<PremiumRate> premiumRates, IEnumerable<LatePaymentSurchargeRate> surchargeRates)
    {
        premiums = [.. premiumRates.OrderBy(r => r.From)];
        for (var i = 0; i < premiums.Length; i++)
        {
            if (premiums[i].To < premiums[i].From)
                throw new ArgumentException($"Premium row from {premiums[i].From} ends before it starts.", nameof(premiumRates));
            if (i > 0 && premiums[i].From <= premiums[i - 1].To)
                throw new ArgumentException($"Premium rows overlap at {premiums[i].From}.", nameof(premiumRates));
        }

        surcharges = [];
        foreach (var row in surchargeRates)
            if (!surcharges.TryAdd((row.ExemptFiscalYear, row.PaymentFiscalYear), row))
                throw new ArgumentException(
                    $"Two surcharge rows for FY{row.ExemptFiscalYear} paid in FY{row.PaymentFiscalYear}.", nameof(surchargeRates));
    }

    /// <summary>The portal's data: FY2025 and FY2026 from DOMAIN.md §5.1, earlier years demo data (flagged Verify).</summary>
    public static PremiumSchedule Default { get; } = new(DefaultPremiums(), DefaultSurcharges());

    /// <summary>The premium rows, oldest first.</summary>
    public IReadOnlyList<PremiumRate> Premiums => premiums;

    /// <summary>The surcharge rows.</summary>
    public IEnumerable<LatePaymentSurchargeRate> Surcharges => surcharges.Values;

    /// <summary>The premium row in force for <paramref name="month"/>, or null when the schedule has none.</summary>
    public PremiumRate? PremiumFor(YearMonth month) => Array.Find(premiums, r => r.Covers(month));

    /// <summary>The monthly premium for <paramref name="month"/>, or null when the schedule has no row for it.</summary>
    public long? MonthlyPremium(YearMonth month) => PremiumFor(month)?.MonthlyPremium;

    /// <summary>
    /// True when paying <paramref name="exemptMonth"/> back in <paramref name="paymentFiscalYear"/> carries a surcharge:
    /// none within the two fiscal years after the month's fiscal year, charged from the third
    /// (FY2023 months: free until March 2026, charged from April 2026).
    /// </summary>
    public static bool SurchargeApplies(YearMonth exemptMonth, int paymentFiscalYear) =>
        paymentFiscalYear - exemptMonth.FiscalYear > SurchargeFreeFiscalYears;

    /// <summary>The last day <paramref name="exemptMonth"/> can be paid back without surcharge (31 March of the 2nd following fiscal year).</summary>
    public static DateOnly SurchargeFreeUntil(YearMonth exemptMonth) =>
        new(exemptMonth.FiscalYear + SurchargeFreeFiscalYears + 1, 3, 31);

    /// <summary>
    /// The surcharge per month for paying <paramref name="exemptMonth"/> back in <paramref name="paymentFiscalYear"/>:
    /// 0 when none applies, the table amount when one does, or null when one applies but the table has no row.
    /// </summary>
    public long? SurchargePerMonth(YearMonth exemptMonth, int paymentFiscalYear) =>
        !SurchargeApplies(exemptMonth, paymentFiscalYear) ? 0
        : surcharges.TryGetValue((exemptMonth.FiscalYear, paymentFiscalYear), out var row) ? row.YenPerMonth
        : null;

    /// <summary>
    /// The premium 追納 pays back for a month whose base premium is <paramref name="basePremium"/> and whose exempted
    /// share is <paramref name="exemptShare"/> (1, ¾, ½, ¼). The remainder the person paid was the non-exempt share rounded
    /// to 10 yen, so the amount paid back is the base premium less that remainder and the two always add up to the base
    /// (16,980 at ¾ → remainder 4,250, paid back 12,730).
    /// </summary>
    public static long LatePaymentPremium(long basePremium, decimal exemptShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exemptShare, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exemptShare, 1m);
        var remainder = Math.Round(basePremium * (1m - exemptShare) / 10m, MidpointRounding.AwayFromZero) * 10m;
        return basePremium - (long)remainder;
    }

    private static IEnumerable<PremiumRate> DefaultPremiums()
    {
        // Earlier years: DEMO / APPROXIMATE figures (they match the demo data seeder), never an official source.
        (int FiscalYear, long Yen)[] demo =
        [
            (2015, 15_590), (2016, 16_260), (2017, 16_490), (2018, 16_340), (2019, 16_410),
            (2020, 16_540), (2021, 16_610), (2022, 16_590), (2023, 16_520), (2024, 16_980),
        ];
        foreach (var (fy, yen) in demo)
            yield return Year(fy, yen, DemoRule, verify: true);
        yield return Year(2025, 17_510, DomainRule, verify: false);
        yield return Year(2026, 17_920, DomainRule, verify: true); // DOMAIN.md §5.1 marks FY2026 "(verify)"
    }

    private static PremiumRate Year(int fiscalYear, long yen, string rule, bool verify) =>
        new(new DateOnly(fiscalYear, 4, 1), new DateOnly(fiscalYear + 1, 3, 31), yen, rule, verify);

    private static IEnumerable<LatePaymentSurchargeRate> DefaultSurcharges()
    {
        // DEMO / APPROXIMATE: yen per month by fiscal years elapsed (payment FY − exempt FY), from the 3rd year on.
        // One row per (exempt FY, payment FY) for the payment years the portal supports (FY2025, FY2026), the shape of the
        // official yearly table; replace the rows with the published table when it is verified.
        (int Elapsed, long Yen)[] byElapsed = [(3, 20), (4, 40), (5, 60), (6, 90), (7, 120), (8, 150), (9, 190), (10, 230)];
        foreach (var paymentFy in new[] { 2025, 2026 })
            foreach (var (elapsed, yen) in byElapsed)
                yield return new LatePaymentSurchargeRate(paymentFy - elapsed, paymentFy, yen, SurchargeRule, Verify: true);
    }
}
