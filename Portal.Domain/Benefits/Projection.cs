using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Benefits;

/// <summary>Future work for the guided depth (質問形式).</summary>
public enum FutureWorkType
{
    /// <summary>Employee in 厚生年金 (category 2) with a standard monthly pay; covered to the month before 70.</summary>
    Employee = 1,
    /// <summary>Self-employed paying the flat premium (category 1; voluntary enrolment 60–64).</summary>
    SelfEmployedPaying = 2,
    /// <summary>Dependent spouse of an employee (category 3, ages 20–59).</summary>
    DependentSpouse = 3,
    /// <summary>Not working and not paying: adds nothing.</summary>
    NotWorking = 4,
}

/// <summary>
/// One answer of the guided depth: <see cref="Type"/> of work from the end of the previous answer (or the evaluation month)
/// until the month before the month of reaching <see cref="UntilAge"/>.
/// </summary>
public sealed record FutureWork(FutureWorkType Type, int UntilAge, long StandardMonthlyPay = 0);

/// <summary>
/// One future period of the detailed depth (詳細な条件): <see cref="Type"/> of work from <see cref="From"/> to
/// <see cref="To"/> (both included), with the standard monthly pay and the standard bonuses a year for an employee.
/// </summary>
public sealed record FuturePeriod(YearMonth From, YearMonth To, FutureWorkType Type, long StandardMonthlyPay = 0, long BonusesPerYear = 0);

/// <summary>A problem with one row of a detailed plan: the row's index (0-based), the field it concerns and the error.</summary>
public sealed record PeriodIssue(int Row, string Field, RuleError Error);

/// <summary>
/// Projections of a record into the future for the simulation depths of DOMAIN.md §5.9. Pure: they return a new record and
/// never change a month that is already recorded.
/// </summary>
public static class Projection
{
    /// <summary>Code of the refusal for guided answers that cannot be followed.</summary>
    public const string InvalidPlan = "invalid_plan";

    /// <summary>
    /// Instant depth (かんたん試算): the current situation continues from <paramref name="evaluationMonth"/> to the month
    /// before reaching 60. Category 2: 厚生年金 months at <paramref name="currentStandardPay"/>, with the bonuses of the
    /// 12 months before <paramref name="evaluationMonth"/> repeated each year. Category 1: the status (and additional premium)
    /// of the latest recorded national-pension month, or paid. Voluntary: paid. Category 3: category 3. None: nothing.
    /// </summary>
    public static ContributionRecord ContinueCurrentTo60(ContributionRecord record, long currentStandardPay,
        InsuredCategory currentCategory, YearMonth evaluationMonth)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfNegative(currentStandardPay);
        var end = BenefitDates.MonthReaching(record.BirthDate, 60).AddMonths(-1);
        var builder = new Builder(record);
        switch (currentCategory)
        {
            case InsuredCategory.Category2:
                builder.AddEmployee(evaluationMonth, end, currentStandardPay);
                builder.RepeatRecentBonuses(evaluationMonth, end);
                break;
            case InsuredCategory.Category1:
                var latest = record.NationalPensionMonths.Where(m => m.Month < evaluationMonth && IsCategory1Status(m.Status))
                    .OrderBy(m => m.Month).Select(m => (NationalPensionMonth?)m).LastOrDefault();
                var status = latest?.Status ?? MonthStatus.Paid;
                builder.AddNational(evaluationMonth, end, status, status == MonthStatus.Paid && latest?.AdditionalPremiumPaid == true);
                break;
            case InsuredCategory.Voluntary or InsuredCategory.SpecialVoluntary:
                builder.AddNational(evaluationMonth, end, MonthStatus.Paid, false);
                break;
            case InsuredCategory.Category3:
                builder.AddNational(evaluationMonth, end, MonthStatus.Category3, false);
                break;
        }
        return builder.Build();
    }

    /// <summary>
    /// Guided depth (質問形式): follows <paramref name="plan"/> from <paramref name="evaluationMonth"/>, one answer after the
    /// other. Ages must increase from answer to answer and lie between 20 and 75; pay must not be negative
    /// (<c>invalid_plan</c> otherwise). Months outside what the law allows are not added: 厚生年金 to the month before 70,
    /// self-employed premiums to the month before 65 (voluntary enrolment from 60), category 3 at 20–59.
    /// </summary>
    public static BenefitResult<ContributionRecord> Guided(ContributionRecord record, IReadOnlyList<FutureWork> plan, YearMonth evaluationMonth)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(plan);
        var previousAge = 0;
        foreach (var step in plan)
        {
            if (step.UntilAge is < 20 or > 75 || step.UntilAge <= previousAge || step.StandardMonthlyPay < 0
                || (step.Type == FutureWorkType.Employee && step.StandardMonthlyPay == 0))
                return BenefitResult<ContributionRecord>.Fail(InvalidPlan, BenefitMessageKeys.ErrorInvalidPlan);
            previousAge = step.UntilAge;
        }

        var builder = new Builder(record);
        var from = evaluationMonth;
        foreach (var step in plan)
        {
            var to = BenefitDates.MonthReaching(record.BirthDate, step.UntilAge).AddMonths(-1);
            switch (step.Type)
            {
                case FutureWorkType.Employee:
                    builder.AddEmployee(from, Min(to, BenefitDates.MonthReaching(record.BirthDate, 70).AddMonths(-1)), step.StandardMonthlyPay);
                    break;
                case FutureWorkType.SelfEmployedPaying:
                    builder.AddNational(from, Min(to, BenefitDates.MonthReaching(record.BirthDate, 65).AddMonths(-1)), MonthStatus.Paid, false);
                    break;
                case FutureWorkType.DependentSpouse:
                    builder.AddNational(from, Min(to, BenefitDates.MonthReaching(record.BirthDate, 60).AddMonths(-1)), MonthStatus.Category3, false);
                    break;
            }
            if (to.AddMonths(1) > from) from = to.AddMonths(1);
        }
        return BenefitResult<ContributionRecord>.Ok(builder.Build());
    }

    /// <summary>Code of the refusal for a period that ends before it starts.</summary>
    public const string PeriodEndsBeforeStart = "period_ends_before_start";
    /// <summary>Code of the refusal for a period that starts before the evaluation month (the record already covers the past).</summary>
    public const string PeriodInPast = "period_in_past";
    /// <summary>Code of the refusal for a period starting after the month before 75.</summary>
    public const string PeriodTooLate = "period_too_late";
    /// <summary>Code of the refusal for two periods sharing a month.</summary>
    public const string PeriodsOverlap = "periods_overlap";
    /// <summary>Code of the refusal for an employee period without a monthly pay, or a negative amount.</summary>
    public const string PeriodPayMissing = "period_pay_missing";

    /// <summary>
    /// Checks a detailed plan row by row: each period from <paramref name="evaluationMonth"/> on, ending on or after it starts,
    /// starting before 75, not overlapping an earlier row; an employee needs a monthly pay; no amount is negative.
    /// Empty when the plan can be followed.
    /// </summary>
    public static IReadOnlyList<PeriodIssue> CheckPeriods(DateOnly birthDate, IReadOnlyList<FuturePeriod> periods, YearMonth evaluationMonth)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var issues = new List<PeriodIssue>();
        var latestStart = BenefitDates.MonthReaching(birthDate, 75).AddMonths(-1);
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            if (p.From < evaluationMonth)
                issues.Add(new(i, "from", new RuleError(PeriodInPast, BenefitMessageKeys.ErrorPeriodInPast)));
            else if (p.From > latestStart)
                issues.Add(new(i, "from", new RuleError(PeriodTooLate, BenefitMessageKeys.ErrorPeriodTooLate)));
            if (p.To < p.From)
                issues.Add(new(i, "to", new RuleError(PeriodEndsBeforeStart, BenefitMessageKeys.ErrorPeriodEndsBeforeStart)));
            else if (periods.Take(i).Any(o => o.From <= p.To && p.From <= o.To))
                issues.Add(new(i, "to", new RuleError(PeriodsOverlap, BenefitMessageKeys.ErrorPeriodsOverlap)));
            if (p.StandardMonthlyPay < 0 || (p.Type == FutureWorkType.Employee && p.StandardMonthlyPay == 0))
                issues.Add(new(i, "pay", new RuleError(PeriodPayMissing, BenefitMessageKeys.ErrorPeriodPayMissing)));
            if (p.BonusesPerYear < 0)
                issues.Add(new(i, "bonus", new RuleError(BenefitSimulator.NegativeAmount, BenefitMessageKeys.ErrorNegativeAmount)));
        }
        return issues;
    }

    /// <summary>
    /// Detailed depth (詳細な条件): adds each period of <paramref name="periods"/> to the record, in the order given, within
    /// what the law allows (as <see cref="Guided"/>: 厚生年金 to the month before 70, self-employed premiums to the month
    /// before 65, category 3 at 20–59). An employee's bonuses a year are spread evenly over the months of the period
    /// (1/12 a month, rounded down to the yen), which gives the same 平均標準報酬額 as bonuses paid on set dates.
    /// Refuses <c>invalid_plan</c> when <see cref="CheckPeriods"/> finds a problem.
    /// </summary>
    public static BenefitResult<ContributionRecord> Detailed(ContributionRecord record, IReadOnlyList<FuturePeriod> periods, YearMonth evaluationMonth)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (CheckPeriods(record.BirthDate, periods, evaluationMonth).Count > 0)
            return BenefitResult<ContributionRecord>.Fail(InvalidPlan, BenefitMessageKeys.ErrorInvalidPlan);
        var builder = new Builder(record);
        foreach (var p in periods)
        {
            switch (p.Type)
            {
                case FutureWorkType.Employee:
                    var to = Min(p.To, BenefitDates.MonthReaching(record.BirthDate, 70).AddMonths(-1));
                    builder.AddEmployee(p.From, to, p.StandardMonthlyPay);
                    if (p.BonusesPerYear / 12 > 0) builder.AddMonthlyBonusShare(p.From, to, p.BonusesPerYear / 12);
                    break;
                case FutureWorkType.SelfEmployedPaying:
                    builder.AddNational(p.From, Min(p.To, BenefitDates.MonthReaching(record.BirthDate, 65).AddMonths(-1)), MonthStatus.Paid, false);
                    break;
                case FutureWorkType.DependentSpouse:
                    builder.AddNational(p.From, Min(p.To, BenefitDates.MonthReaching(record.BirthDate, 60).AddMonths(-1)), MonthStatus.Category3, false);
                    break;
            }
        }
        return BenefitResult<ContributionRecord>.Ok(builder.Build());
    }

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static bool IsCategory1Status(MonthStatus status) =>
        status is not (MonthStatus.Category3 or MonthStatus.EmployeesPension or MonthStatus.NotEnrolled);

    /// <summary>Adds months to a copy of a record, skipping months already recorded on that side.</summary>
    private sealed class Builder(ContributionRecord record)
    {
        private readonly List<NationalPensionMonth> _national = [.. record.NationalPensionMonths];
        private readonly List<EmployeesPensionMonth> _employees = [.. record.EmployeesPensionMonths];
        private readonly List<StandardBonus> _bonuses = [.. record.Bonuses];
        private readonly HashSet<YearMonth> _nationalMonths = [.. record.NationalPensionMonths.Select(m => m.Month)];
        private readonly HashSet<YearMonth> _employeesMonths = [.. record.EmployeesPensionMonths.Select(m => m.Month)];
        private readonly HashSet<YearMonth> _recordedEmployeesMonths = [.. record.EmployeesPensionMonths.Select(m => m.Month)];

        /// <summary>National-pension months at 20 and over only (category 1 and 3 start at 20).</summary>
        public void AddNational(YearMonth from, YearMonth to, MonthStatus status, bool additionalPremium)
        {
            var twenty = BenefitDates.MonthReaching(record.BirthDate, 20);
            foreach (var month in YearMonth.Range(from < twenty ? twenty : from, to))
                if (_nationalMonths.Add(month) && !_employeesMonths.Contains(month))
                    _national.Add(new NationalPensionMonth(month, status, additionalPremium));
        }

        /// <summary>厚生年金 months, and the national-pension side as category 2 at 20–59.</summary>
        public void AddEmployee(YearMonth from, YearMonth to, long pay)
        {
            foreach (var month in YearMonth.Range(from, to))
            {
                if (_nationalMonths.Contains(month) || !_employeesMonths.Add(month)) continue;
                _employees.Add(new EmployeesPensionMonth(month, pay));
                if (BenefitDates.IsAged20To59(record.BirthDate, month) && _nationalMonths.Add(month))
                    _national.Add(new NationalPensionMonth(month, MonthStatus.EmployeesPension));
            }
        }

        /// <summary>Repeats each bonus of the 12 months before <paramref name="from"/> every year from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public void RepeatRecentBonuses(YearMonth from, YearMonth to)
        {
            var recent = record.Bonuses.Where(b => YearMonth.From(b.PaidOn) >= from.AddMonths(-12) && YearMonth.From(b.PaidOn) < from).ToList();
            foreach (var bonus in recent)
            {
                for (var years = 1; ; years++)
                {
                    var date = bonus.PaidOn.AddYears(years);
                    var month = YearMonth.From(date);
                    if (month > to) break;
                    if (month >= from && _employeesMonths.Contains(month)) _bonuses.Add(bonus with { PaidOn = date });
                }
            }
        }

        /// <summary>A bonus of <paramref name="amount"/> on the 10th of each 厚生年金 month added from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public void AddMonthlyBonusShare(YearMonth from, YearMonth to, long amount)
        {
            foreach (var month in YearMonth.Range(from, to))
                if (_employeesMonths.Contains(month) && !_recordedEmployeesMonths.Contains(month))
                    _bonuses.Add(new StandardBonus(new DateOnly(month.Year, month.Month, 10), amount));
        }

        public ContributionRecord Build() => new(record.BirthDate,
            _national.OrderBy(m => m.Month).ToList(),
            _employees.OrderBy(m => m.Month).ToList(),
            _bonuses.OrderBy(b => b.PaidOn).ToList());
    }
}
