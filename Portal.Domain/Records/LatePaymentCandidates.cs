using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// One exempt or deferred month that can be paid back (追納候補), DOMAIN.md §4.4. Amounts are yen; an amount is null
/// when the premium data has no row for it (the page says the amount is not available).
/// </summary>
/// <param name="Month">The exempt or deferred month.</param>
/// <param name="Status">Its status.</param>
/// <param name="ExemptShare">Share of the premium exempted or deferred: 1, ¾, ½ or ¼.</param>
/// <param name="BasePremium">The full monthly premium of the month's fiscal year.</param>
/// <param name="Premium">The premium paid back: the exempted share of <paramref name="BasePremium"/>.</param>
/// <param name="SurchargeApplies">True from the 3rd fiscal year after the month's fiscal year (加算額).</param>
/// <param name="Surcharge">Surcharge for paying now (0 when none applies).</param>
/// <param name="Total">Premium plus surcharge.</param>
/// <param name="SurchargeFreeUntil">Last day the month can be paid back without surcharge.</param>
/// <param name="LastPayableMonth">Last month in which it can be paid back (10 years later).</param>
/// <param name="LastPayableDate">Last day of <paramref name="LastPayableMonth"/>.</param>
/// <param name="MonthsLeft">Months from the month of today to <paramref name="LastPayableMonth"/> (0 = this month is the last).</param>
/// <param name="NearLimit">True when fewer than 12 months are left (<paramref name="MonthsLeft"/> ≤ 11).</param>
/// <param name="EstimatedYearlyIncrease">Estimated increase of the yearly basic pension once paid back, yen
/// (満額 × (1 − weight) / 480, ignoring the 480-month cap).</param>
/// <param name="Verify">True when a figure used comes from data flagged "verify" or demo data.</param>
public sealed record LatePaymentCandidate(
    YearMonth Month,
    MonthStatus Status,
    decimal ExemptShare,
    long? BasePremium,
    long? Premium,
    bool SurchargeApplies,
    long? Surcharge,
    long? Total,
    DateOnly SurchargeFreeUntil,
    YearMonth LastPayableMonth,
    DateOnly LastPayableDate,
    int MonthsLeft,
    bool NearLimit,
    long EstimatedYearlyIncrease,
    bool Verify);

/// <summary>Finds the months a person can still pay back (追納), DOMAIN.md §4.4.</summary>
public static class LatePaymentCandidates
{
    /// <summary>追納 reaches back 10 years.</summary>
    public const int WindowMonths = 120;

    /// <summary>A candidate with fewer months than this left before its limit is "near the limit".</summary>
    public const int NearLimitMonths = 12;

    /// <summary>
    /// The last month in which <paramref name="month"/> can be paid back: 10 years later. 追納 covers the months within
    /// the 10 years before the month of payment (approval), so 2016-04 can be paid back up to 2026-04-30 and not from
    /// 2026-05-01.
    /// </summary>
    public static YearMonth LastPayableMonth(YearMonth month) => month.AddMonths(WindowMonths);

    /// <summary>
    /// True when <paramref name="month"/> lies in the 10-year window on <paramref name="today"/>: it is before the
    /// month of today and today is no later than the end of <see cref="LastPayableMonth"/>.
    /// </summary>
    public static bool IsWithinWindow(YearMonth month, DateOnly today)
    {
        var current = YearMonth.From(today);
        return month < current && current <= LastPayableMonth(month);
    }

    /// <summary>
    /// Estimated increase of the yearly basic pension from paying back one month of weight
    /// <paramref name="weightIn24ths"/>: 満額 × (1 − weight) / 480, rounded to the yen (half away from zero).
    /// One post-2009 full-exemption month with 満額 847,300: 847,300 × ½ / 480 = 882.6 → 883.
    /// </summary>
    public static long EstimatedYearlyIncrease(long fullBasicPension, int weightIn24ths)
    {
        var gain = (decimal)fullBasicPension * (MonthStatusInfo.WeightDenominator - weightIn24ths)
                   / (MonthStatusInfo.WeightDenominator * RecordCalendar.MonthsAt20To59);
        return (long)Math.Round(gain, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The 追納 candidates on <paramref name="today"/>, oldest month first: statutory, full or partial exemption (the
    /// remainder paid), payment or student deferral, not yet paid back on or before today, within the 10-year window.
    /// </summary>
    /// <param name="months">The person's months.</param>
    /// <param name="today">The day of payment (its fiscal year decides the surcharge).</param>
    /// <param name="fullBasicPension">The full basic pension (満額) for the fiscal year of today and the person's cohort,
    /// from the benefit parameters (e.g. 847,300 for FY2026, born on/after 1956-04-02).</param>
    /// <param name="schedule">Premium data; <see cref="PremiumSchedule.Default"/> when null.</param>
    public static IReadOnlyList<LatePaymentCandidate> Find(IEnumerable<PensionMonth> months, DateOnly today,
        long fullBasicPension, PremiumSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentOutOfRangeException.ThrowIfNegative(fullBasicPension);
        schedule ??= PremiumSchedule.Default;
        var current = YearMonth.From(today);
        var paymentFiscalYear = current.FiscalYear;

        var result = new List<LatePaymentCandidate>();
        foreach (var m in months.OrderBy(m => m.Month))
        {
            var info = MonthStatusInfo.For(m.Status);
            if (!info.IsLatePaymentCandidateType || RecordMonths.IsLatePaid(m, today) || !IsWithinWindow(m.Month, today)) continue;

            var rate = schedule.PremiumFor(m.Month);
            long? premium = rate is null ? null : PremiumSchedule.LatePaymentPremium(rate.MonthlyPremium, info.ExemptShare);
            var applies = PremiumSchedule.SurchargeApplies(m.Month, paymentFiscalYear);
            var surcharge = schedule.SurchargePerMonth(m.Month, paymentFiscalYear);
            var surchargeVerify = applies && schedule.Surcharges.Any(s =>
                s.ExemptFiscalYear == m.Month.FiscalYear && s.PaymentFiscalYear == paymentFiscalYear && s.Verify);
            var lastMonth = LastPayableMonth(m.Month);
            var monthsLeft = current.MonthsUntil(lastMonth);

            result.Add(new LatePaymentCandidate(
                m.Month,
                m.Status,
                info.ExemptShare,
                rate?.MonthlyPremium,
                premium,
                applies,
                surcharge,
                premium + surcharge,
                PremiumSchedule.SurchargeFreeUntil(m.Month),
                lastMonth,
                lastMonth.LastDay,
                monthsLeft,
                monthsLeft < NearLimitMonths,
                EstimatedYearlyIncrease(fullBasicPension, info.WeightIn24thsFor(m.Month)),
                Verify: rate is null || rate.Verify || surcharge is null || surchargeVerify));
        }
        return result;
    }
}
