using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>Which kind of annual statement a person gets (DOMAIN.md §4.6).</summary>
public enum StatementAgeBand
{
    /// <summary>Under 50: the pension earned so far.</summary>
    Under50 = 1,
    /// <summary>50 and over: a projection as if current enrolment continued to 60, plus deferral examples.</summary>
    FiftyAndOver = 2,
}

/// <summary>One of the recent months on the statement (直近の月別状況).</summary>
/// <param name="Month">The month.</param>
/// <param name="Status">Its status, or null when the record has no month for it.</param>
/// <param name="Category">Its insured category, or null when the record has no month for it.</param>
/// <param name="PremiumDue">National-pension premium due, yen (0 where none).</param>
/// <param name="PaidOn">When the national-pension premium was paid.</param>
/// <param name="AdditionalPremiumPaid">付加保険料 paid.</param>
/// <param name="StandardMonthlyPay">標準報酬月額 for a 厚生年金 month.</param>
/// <param name="StandardBonus">標準賞与額 paid in the month (sum over bonuses), or null when none.</param>
public sealed record StatementMonth(YearMonth Month, MonthStatus? Status, InsuredCategory? Category, long PremiumDue,
    DateOnly? PaidOn, bool AdditionalPremiumPaid, long? StandardMonthlyPay, long? StandardBonus);

/// <summary>Months by scheme as the statement tabulates them (加入期間). No credited periods are modelled.</summary>
/// <param name="Category1PaidMonths">Category-1 (and voluntary) paid months, incl. maternity, childcare and months paid back by 追納.</param>
/// <param name="FullExemptionMonths">Statutory and full exemption months (not paid back).</param>
/// <param name="PartialExemptionMonths">¾, half and ¼ exemption months (not paid back).</param>
/// <param name="PaymentDeferralMonths">Payment-deferral months (not paid back).</param>
/// <param name="StudentDeferralMonths">Student-deferral months (not paid back).</param>
/// <param name="Category3Months">Category-3 months.</param>
/// <param name="AdditionalPremiumMonths">Months with 付加保険料 paid.</param>
/// <param name="EmployeesPensionMonths">厚生年金 months at all ages.</param>
/// <param name="UnpaidMonths">Unpaid months (not part of any total).</param>
public sealed record StatementMonthsByScheme(int Category1PaidMonths, int FullExemptionMonths, int PartialExemptionMonths,
    int PaymentDeferralMonths, int StudentDeferralMonths, int Category3Months, int AdditionalPremiumMonths,
    int EmployeesPensionMonths, int UnpaidMonths)
{
    /// <summary>Category-1 months other than unpaid ones.</summary>
    public int Category1Months => Category1PaidMonths + FullExemptionMonths + PartialExemptionMonths + PaymentDeferralMonths + StudentDeferralMonths;
    /// <summary>National-pension months (a): category 1 plus category 3.</summary>
    public int NationalPensionMonths => Category1Months + Category3Months;
    /// <summary>All enrolled months (a + b); equals the qualifying months while no credited periods are modelled.</summary>
    public int TotalMonths => NationalPensionMonths + EmployeesPensionMonths;
}

/// <summary>Premiums paid so far (保険料納付額), yen.</summary>
/// <param name="NationalPension">National-pension premiums paid on time or late (PremiumDue of months with a payment date) plus
/// 付加保険料; amounts paid back by 追納 are not recorded and not included.</param>
/// <param name="LatePaidMonthsNotIncluded">Months paid back by 追納, whose amounts are not included.</param>
/// <param name="EmployeesPensionEmployeeShare">The employee's half of the 厚生年金 premiums on standard monthly pay and bonuses,
/// for the months the rate table covers.</param>
/// <param name="EmployeesPensionMonthsNotIncluded">厚生年金 months left out (no pay recorded or no rate for the month).</param>
/// <param name="BonusesNotIncluded">Bonuses left out (no rate for the month).</param>
public sealed record StatementPremiumsPaid(long NationalPension, int LatePaidMonthsNotIncluded, long EmployeesPensionEmployeeShare,
    int EmployeesPensionMonthsNotIncluded, int BonusesNotIncluded)
{
    /// <summary>Both schemes together.</summary>
    public long Total => NationalPension + EmployeesPensionEmployeeShare;
    /// <summary>True when some 厚生年金 months or bonuses could not be priced, so the 厚生年金 figure is partial.</summary>
    public bool EmployeesPensionIsPartial => EmployeesPensionMonthsNotIncluded > 0 || BonusesNotIncluded > 0;
}

/// <summary>
/// What the benefit calculator needs to project a 50-and-over person's pension "if current enrolment continues to 60".
/// </summary>
/// <param name="LatestMonth">The latest month on record.</param>
/// <param name="CurrentStatus">Its status.</param>
/// <param name="CurrentCategory">Its insured category.</param>
/// <param name="CurrentStandardMonthlyPay">Its standard monthly pay, when it is a 厚生年金 month.</param>
/// <param name="LastMonthAt59">The last month before 60.</param>
/// <param name="RemainingMonths">Months after <paramref name="LatestMonth"/> up to <paramref name="LastMonthAt59"/>.</param>
/// <param name="IsEnrolled">True when the latest month is an enrolled month (anything but 未加入; an unpaid month is enrolled),
/// so there is an enrolment to continue.</param>
public sealed record StatementProjectionInputs(YearMonth LatestMonth, MonthStatus CurrentStatus, InsuredCategory CurrentCategory,
    long? CurrentStandardMonthlyPay, YearMonth LastMonthAt59, int RemainingMonths, bool IsEnrolled);

/// <summary>
/// The content of the electronic annual statement (電子版ねんきん定期便), DOMAIN.md §4.6, as of a day: pure data for the page.
/// Amounts of pension come from the benefit calculator, not from here.
/// </summary>
/// <param name="AsOf">The day the content is taken.</param>
/// <param name="Age">The person's age on <paramref name="AsOf"/>.</param>
/// <param name="AgeBand">Under 50, or 50 and over.</param>
/// <param name="IsFullHistoryYear">Age 35, 45 or 59: the paper statement is a letter with the full month-by-month history.</param>
/// <param name="ShowsPensionEarnedSoFar">Show the pension earned so far (under 50, and from 60 when no projection applies).</param>
/// <param name="ShowsProjectionTo60">Show a projection as if current enrolment continued to 60 (ages 50–59).</param>
/// <param name="ShowsDeferralExamples">Show deferred-claim examples, e.g. at 70 (+42%) (50 and over).</param>
/// <param name="Summary">The record's totals, incl. the weighted months A so far.</param>
/// <param name="MonthsByScheme">Months by scheme.</param>
/// <param name="PremiumsPaid">Premiums paid so far.</param>
/// <param name="RecentMonths">The last 13 months before the month of <paramref name="AsOf"/>, oldest first.</param>
/// <param name="Projection">Inputs for the projection to 60, when <paramref name="ShowsProjectionTo60"/>; else null.</param>
/// <param name="HasUnpaidMonths">Some months are unpaid.</param>
/// <param name="HasRecentUnpaidMonths">Some of the recent months are unpaid.</param>
public sealed record AnnualStatement(
    DateOnly AsOf,
    int Age,
    StatementAgeBand AgeBand,
    bool IsFullHistoryYear,
    bool ShowsPensionEarnedSoFar,
    bool ShowsProjectionTo60,
    bool ShowsDeferralExamples,
    RecordSummary Summary,
    StatementMonthsByScheme MonthsByScheme,
    StatementPremiumsPaid PremiumsPaid,
    IReadOnlyList<StatementMonth> RecentMonths,
    StatementProjectionInputs? Projection,
    bool HasUnpaidMonths,
    bool HasRecentUnpaidMonths)
{
    /// <summary>Number of recent months shown (直近13か月).</summary>
    public const int RecentMonthCount = 13;

    /// <summary>Ages whose statement carries the full history (節目年齢).</summary>
    public static IReadOnlyList<int> FullHistoryAges { get; } = [35, 45, 59];

    /// <summary>The age from which the statement projects to 60 instead of showing the pension earned so far.</summary>
    public const int ProjectionAge = 50;

    /// <summary>The message key of an age band, <c>Records.Statement.AgeBand.&lt;Band&gt;</c>.</summary>
    public static string AgeBandKey(StatementAgeBand band) => "Records.Statement.AgeBand." + band;

    /// <summary>Builds the statement content for <paramref name="person"/> as of <paramref name="today"/>.</summary>
    /// <exception cref="ArgumentException">The month list holds the same month twice.</exception>
    public static AnnualStatement Build(InsuredPerson person, IEnumerable<PensionMonth> months,
        IEnumerable<EmploymentPeriod> periods, DateOnly today,
        EmployeesPensionPremiumRates? employeesPensionRates = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var monthList = months as IReadOnlyCollection<PensionMonth> ?? [.. months];
        var periodList = periods as IReadOnlyCollection<EmploymentPeriod> ?? [.. periods];
        employeesPensionRates ??= EmployeesPensionPremiumRates.Default;

        var merged = RecordMonths.Merge(monthList, periodList, today);
        var summary = RecordSummary.Calculate(person.BirthDate, monthList, periodList, today);
        var age = person.AgeOn(today);
        var band = age < ProjectionAge ? StatementAgeBand.Under50 : StatementAgeBand.FiftyAndOver;
        var lastAt59 = RecordCalendar.LastMonthAt59(person.BirthDate);
        var projects = band == StatementAgeBand.FiftyAndOver && merged.Count > 0 && merged[^1].Month < lastAt59;

        var bonusesByMonth = periodList.SelectMany(p => p.Bonuses)
            .Where(b => b.PaidOn <= today)
            .GroupBy(b => YearMonth.From(b.PaidOn))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.StandardBonus));
        var recent = Recent(merged, bonusesByMonth, today);

        return new AnnualStatement(
            today,
            age,
            band,
            FullHistoryAges.Contains(age),
            ShowsPensionEarnedSoFar: !projects,
            ShowsProjectionTo60: projects,
            ShowsDeferralExamples: band == StatementAgeBand.FiftyAndOver,
            summary,
            ByScheme(summary),
            ComputePremiumsPaid(merged, periodList, summary, employeesPensionRates, today),
            recent,
            projects ? ProjectionInputs(merged[^1], lastAt59) : null,
            HasUnpaidMonths: summary.UnpaidMonths > 0,
            HasRecentUnpaidMonths: recent.Any(m => m.Status == MonthStatus.Unpaid));
    }

    private static List<StatementMonth> Recent(IReadOnlyList<PensionMonth> merged, Dictionary<YearMonth, long> bonuses, DateOnly today)
    {
        var current = YearMonth.From(today);
        var byMonth = merged.ToDictionary(m => m.Month);
        return [.. YearMonth.Range(current.AddMonths(-RecentMonthCount), current.AddMonths(-1)).Select(month =>
        {
            long? bonus = bonuses.TryGetValue(month, out var b) ? b : null;
            return byMonth.TryGetValue(month, out var m)
                ? new StatementMonth(month, m.Status, m.Category, m.PremiumDue, m.PaidOn, m.AdditionalPremiumPaid, m.StandardMonthlyPay, bonus)
                : new StatementMonth(month, null, null, 0, null, false, null, bonus);
        })];
    }

    private static StatementMonthsByScheme ByScheme(RecordSummary s)
    {
        var full = s.ExemptMonths[MonthStatus.StatutoryExemption].Total + s.ExemptMonths[MonthStatus.FullExemption].Total;
        return new StatementMonthsByScheme(
            s.NationalPensionPaidMonths + s.MaternityMonths + s.ChildcareMonths + s.LatePaidMonths,
            full,
            s.ExemptMonthsTotal.Total - full,
            s.PaymentDeferralMonths,
            s.StudentDeferralMonths,
            s.Category3Months,
            s.AdditionalPremiumMonths,
            s.EmployeesPensionMonths.Total,
            s.UnpaidMonths);
    }

    private static StatementPremiumsPaid ComputePremiumsPaid(IReadOnlyList<PensionMonth> merged, IEnumerable<EmploymentPeriod> periods,
        RecordSummary summary, EmployeesPensionPremiumRates rates, DateOnly today)
    {
        long national = 0, employee = 0;
        int monthsLeftOut = 0, bonusesLeftOut = 0;
        foreach (var m in merged)
        {
            if (m.Status == MonthStatus.EmployeesPension)
            {
                if (m.StandardMonthlyPay is > 0 and var pay && rates.EmployeeShare(m.Month, pay) is { } share) employee += share;
                else monthsLeftOut++;
                continue;
            }
            if (m.PaidOn is { } paidOn && paidOn <= today) national += m.PremiumDue;
            if (m.AdditionalPremiumPaid) national += PremiumSchedule.AdditionalPremiumPerMonth;
        }

        foreach (var bonus in periods.SelectMany(p => p.Bonuses).Where(b => b.PaidOn <= today))
        {
            if (rates.EmployeeShare(YearMonth.From(bonus.PaidOn), bonus.StandardBonus) is { } share) employee += share;
            else bonusesLeftOut++;
        }
        return new StatementPremiumsPaid(national, summary.LatePaidMonths, employee, monthsLeftOut, bonusesLeftOut);
    }

    private static StatementProjectionInputs ProjectionInputs(PensionMonth latest, YearMonth lastAt59) =>
        new(latest.Month, latest.Status, latest.Category,
            latest.Status == MonthStatus.EmployeesPension ? latest.StandardMonthlyPay : null,
            lastAt59,
            Math.Max(0, latest.Month.MonthsUntil(lastAt59)),
            latest.Status != MonthStatus.NotEnrolled);
}
