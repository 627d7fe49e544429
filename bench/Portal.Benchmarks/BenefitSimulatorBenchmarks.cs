using BenchmarkDotNet.Attributes;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Benchmarks;

/// <summary>Issue 3, target 1: one full estimate for a 45-year record in under 20 µs.</summary>
public class BenefitSimulatorBenchmarks
{
    private SimulationInput input = null!;
    private BenefitParameterSet parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        input = new SimulationInput { Record = FortyFiveYearRecord.ContributionRecord(), Sex = Sex.Male };
        parameters = BenefitParameterCatalogue.ForFiscalYear(2026).Value!;
        // Fail fast if the fixture is refused or excluded: the benchmark must measure a full estimate.
        var outcome = BenefitSimulator.Simulate(input, parameters, FortyFiveYearRecord.EstimateDate);
        if (outcome.Kind != SimulationOutcomeKind.Estimate)
            throw new InvalidOperationException($"The 45-year fixture gave {outcome.Kind} ({outcome.Error?.Code}), not an estimate.");
    }

    /// <summary><see cref="BenefitSimulator.Simulate(SimulationInput, BenefitParameterSet, DateOnly)"/> on 540 months.</summary>
    [Benchmark]
    public SimulationOutcome<BenefitEstimate> Simulate45YearRecord() =>
        BenefitSimulator.Simulate(input, parameters, FortyFiveYearRecord.EstimateDate);
}

/// <summary>
/// Where the time of <see cref="BenefitSimulatorBenchmarks.Simulate45YearRecord"/> goes: the calculators it calls, one by
/// one, on the same input (diagnostics for target 1, not targets themselves).
/// </summary>
public class BenefitSimulatorBreakdownBenchmarks
{
    private ContributionRecord record = null!;
    private BenefitParameterSet parameters = null!;
    private readonly YearMonth evaluationMonth = YearMonth.From(FortyFiveYearRecord.EstimateDate);

    [GlobalSetup]
    public void Setup()
    {
        record = FortyFiveYearRecord.ContributionRecord();
        parameters = BenefitParameterCatalogue.ForFiscalYear(2026).Value!;
    }

    [Benchmark]
    public BasicPensionResult BasicPension() => BasicPensionCalculator.Calculate(record, parameters, evaluationMonth);

    [Benchmark]
    public AdditionalPensionResult AdditionalPension() => AdditionalPensionCalculator.Calculate(record, parameters, true);

    [Benchmark]
    public EarningsRelatedResult EarningsRelated() => EarningsRelatedCalculator.Calculate(record, parameters);

    /// <summary>What the simulator's validation does: duplicate months (GroupBy on both sides) and negative amounts.</summary>
    [Benchmark]
    public bool ValidationGroupBys() =>
        record.NationalPensionMonths.GroupBy(m => m.Month).Any(g => g.Count() > 1)
        || record.EmployeesPensionMonths.GroupBy(m => m.Month).Any(g => g.Count() > 1)
        || record.EmployeesPensionMonths.Any(m => m.StandardMonthlyPay < 0) || record.Bonuses.Any(b => b.Amount < 0);

    /// <summary>The dependant addition's input: <see cref="ContributionRecord.DistinctEmployeesPensionMonths"/>.</summary>
    [Benchmark]
    public int DistinctEmployeesPensionMonths() => record.DistinctEmployeesPensionMonths().Count;
}

/// <summary>
/// The fixed 45-year record used by every benchmark (no randomness): a man born 1966-05-10, 540 months from the month he
/// turns 20 (May 1986) to April 2031, the month before 65.
/// <list type="table">
/// <item>1986-05 – 1989-03 (35): student deferral (学生納付特例), category 1</item>
/// <item>1989-04 – 1995-03 (72): 厚生年金, employer A (no bonuses: before April 2003)</item>
/// <item>1995-04 – 2002-03 (84): category 1 — paid with 付加 1996-04 – 1998-03, full exemption 1998-04 – 1999-03,
/// half exemption 2000-04 – 2001-03, unpaid 2001-04 – 2001-09</item>
/// <item>2002-04 – 2008-03 (72): 厚生年金, employer B, bonuses every June and December from 2003</item>
/// <item>2008-04 – 2013-03 (60): category 1 — paid, full exemption 2009-04 – 2010-03 (paid back by 追納 in March 2015),
/// three-quarter exemption 2010-04 – 2011-03, paid</item>
/// <item>2013-04 – 2021-03 (96): 厚生年金, employer C, bonuses every June and December</item>
/// <item>2021-04 – 2023-03 (24): category 1 — payment deferral 2021-04 – 2022-03, half exemption 2022-04 – 2023-03</item>
/// <item>2023-04 – 2031-04 (97): 厚生年金, employer D, bonuses every June and December</item>
/// </list>
/// </summary>
public static class FortyFiveYearRecord
{
    public static readonly DateOnly BirthDate = new(1966, 5, 10);
    public static readonly YearMonth First = new(1986, 5);
    public static readonly YearMonth Last = new(2031, 4);
    public const int MonthCount = 540;

    /// <summary>The evaluation date of the estimate: the record's later months are then a projection, as the simulator's depths produce.</summary>
    public static readonly DateOnly EstimateDate = new(2026, 11, 23);

    /// <summary>"Today" for the records page: the month after the record ends, so that all 540 months are part of the record.</summary>
    public static readonly DateOnly RecordsToday = new(2031, 5, 20);

    public static readonly Guid PersonId = new("4a5e0000-0000-4000-8000-000000000045");

    private sealed record Job(char Key, Guid Id, string Employer, YearMonth From, YearMonth To, long StartPay, long PayStep);

    private static readonly Job[] Jobs =
    [
        new('A', new("4a5e0000-0000-4000-8000-00000000000a"), "株式会社ベンチA", new(1989, 4), new(1995, 3), 200_000, 8_000),
        new('B', new("4a5e0000-0000-4000-8000-00000000000b"), "株式会社ベンチB", new(2002, 4), new(2008, 3), 300_000, 12_000),
        new('C', new("4a5e0000-0000-4000-8000-00000000000c"), "株式会社ベンチC", new(2013, 4), new(2021, 3), 380_000, 10_000),
        new('D', new("4a5e0000-0000-4000-8000-00000000000d"), "株式会社ベンチD", new(2023, 4), new(2031, 4), 440_000, 9_000),
    ];

    private static Job? JobIn(YearMonth month) => Array.Find(Jobs, j => month >= j.From && month <= j.To);

    /// <summary>Standard monthly pay: a raise every April, capped at the 650,000 yen top grade.</summary>
    private static long PayIn(Job job, YearMonth month) =>
        Math.Min(650_000, job.StartPay + job.PayStep * (month.FiscalYear - job.From.FiscalYear));

    private static IEnumerable<(DateOnly PaidOn, long Amount)> BonusesOf(Job job)
    {
        foreach (var month in YearMonth.Range(job.From, job.To))
        {
            if (month < new YearMonth(2003, 4) || month.Month is not (6 or 12)) continue;
            yield return (new DateOnly(month.Year, month.Month, 10), (month.Month == 6 ? 2 : 3) * PayIn(job, month) / 1000 * 1000);
        }
    }

    /// <summary>The national-pension status of a category-1 month.</summary>
    private static (MonthStatus Status, bool Additional, DateOnly? LatePaidOn) Category1(YearMonth m)
    {
        if (m < new YearMonth(1989, 4)) return (MonthStatus.StudentDeferral, false, null);
        if (m >= new YearMonth(1998, 4) && m <= new YearMonth(1999, 3)) return (MonthStatus.FullExemption, false, null);
        if (m >= new YearMonth(2000, 4) && m <= new YearMonth(2001, 3)) return (MonthStatus.HalfExemption, false, null);
        if (m >= new YearMonth(2001, 4) && m <= new YearMonth(2001, 9)) return (MonthStatus.Unpaid, false, null);
        if (m >= new YearMonth(2009, 4) && m <= new YearMonth(2010, 3)) return (MonthStatus.FullExemption, false, new DateOnly(2015, 3, 31));
        if (m >= new YearMonth(2010, 4) && m <= new YearMonth(2011, 3)) return (MonthStatus.ThreeQuarterExemption, false, null);
        if (m >= new YearMonth(2021, 4) && m <= new YearMonth(2022, 3)) return (MonthStatus.PaymentDeferral, false, null);
        if (m >= new YearMonth(2022, 4) && m <= new YearMonth(2023, 3)) return (MonthStatus.HalfExemption, false, null);
        var additional = m >= new YearMonth(1996, 4) && m <= new YearMonth(1998, 3);
        return (MonthStatus.Paid, additional, null);
    }

    /// <summary>The record as the simulator takes it.</summary>
    public static ContributionRecord ContributionRecord()
    {
        var national = new List<NationalPensionMonth>();
        var employees = new List<EmployeesPensionMonth>();
        foreach (var month in YearMonth.Range(First, Last))
        {
            if (JobIn(month) is { } job)
            {
                employees.Add(new EmployeesPensionMonth(month, PayIn(job, month)));
                continue;
            }
            var (status, additional, latePaidOn) = Category1(month);
            national.Add(new NationalPensionMonth(month, status, additional, LatePaid: latePaidOn is not null));
        }
        var bonuses = Jobs.SelectMany(BonusesOf).Select(b => new StandardBonus(b.PaidOn, b.Amount)).ToList();
        Check(national.Count + employees.Count);
        return new ContributionRecord(BirthDate, national, employees, bonuses);
    }

    /// <summary>The same record as the portal stores it: 540 <see cref="PensionMonth"/>s (the 厚生年金 ones included) and the four employment periods with their bonuses.</summary>
    public static (List<PensionMonth> Months, List<EmploymentPeriod> Periods) PortalRecord(Guid personId)
    {
        var periods = new List<EmploymentPeriod>();
        foreach (var job in Jobs)
        {
            var period = new EmploymentPeriod(job.Id, personId, job.Employer, $"{job.Key}BCH", job.From.FirstDay,
                job.To.AddMonths(1).FirstDay);
            foreach (var (paidOn, amount) in BonusesOf(job)) period.Bonuses.Add(new BonusPayment(job.Id, paidOn, amount));
            periods.Add(period);
        }

        var months = new List<PensionMonth>();
        foreach (var month in YearMonth.Range(First, Last))
        {
            if (JobIn(month) is { } job)
            {
                months.Add(new PensionMonth(personId, month, MonthStatus.EmployeesPension, InsuredCategory.Category2,
                    standardMonthlyPay: PayIn(job, month), employmentPeriodId: job.Id));
                continue;
            }
            var (status, additional, latePaidOn) = Category1(month);
            var premium = PremiumSchedule.Default.MonthlyPremium(month) ?? 0;
            var paid = status == MonthStatus.Paid;
            months.Add(new PensionMonth(personId, month, status, InsuredCategory.Category1,
                premiumDue: status is MonthStatus.Paid or MonthStatus.Unpaid ? premium : 0,
                paidOn: paid ? month.AddMonths(1).LastDay : null,
                additionalPremiumPaid: additional,
                latePaidOn: latePaidOn));
        }
        Check(months.Count);
        return (months, periods);
    }

    private static void Check(int count)
    {
        if (count != MonthCount) throw new InvalidOperationException($"The fixture has {count} months, not {MonthCount}.");
    }
}
