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

        public ContributionRecord Build() => new(record.BirthDate,
            _national.OrderBy(m => m.Month).ToList(),
            _employees.OrderBy(m => m.Month).ToList(),
            _bonuses.OrderBy(b => b.PaidOn).ToList());
    }
}
