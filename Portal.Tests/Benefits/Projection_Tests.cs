using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class Projection_ContinueCurrentTo60
{
    private static readonly YearMonth June2026 = new(2026, 6);

    [Fact]
    public void AnEmployeeContinuesWithTheSamePayAndBonusesToTheMonthBefore60()
    {
        // Born 1970-06-15: recorded to May 2026; the month before reaching 60 is May 2030.
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 22, MonthStatus.Paid),
            Employee(new YearMonth(1992, 4), 410, 380_000),
            [new StandardBonus(new DateOnly(2025, 6, 30), 500_000), new StandardBonus(new DateOnly(2025, 12, 10), 600_000),
             new StandardBonus(new DateOnly(2024, 12, 10), 550_000)]);

        var projected = Projection.ContinueCurrentTo60(record, 400_000, InsuredCategory.Category2, June2026);

        var added = projected.EmployeesPensionMonths.Where(m => m.Month >= June2026).ToList();
        Assert.Equal(48, added.Count);
        Assert.Equal(new YearMonth(2030, 5), added[^1].Month);
        Assert.All(added, m => Assert.Equal(400_000, m.StandardMonthlyPay));
        Assert.Equal(record.EmployeesPensionMonths, projected.EmployeesPensionMonths.Take(410));
        Assert.Equal(
            [new DateOnly(2026, 6, 30), new DateOnly(2026, 12, 10), new DateOnly(2027, 6, 30), new DateOnly(2027, 12, 10),
             new DateOnly(2028, 6, 30), new DateOnly(2028, 12, 10), new DateOnly(2029, 6, 30), new DateOnly(2029, 12, 10)],
            projected.Bonuses.Where(b => b.PaidOn >= June2026.FirstDay).Select(b => b.PaidOn));
        Assert.Equal(480, BasicPensionCalculator.Calculate(projected, Fy2026, June2026).QualifyingMonths);
        Assert.Equal(3, record.Bonuses.Count); // the input is not changed
    }

    [Fact]
    public void InstantDepthGivesTheFullAmountForAContinuousCareer()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 432, MonthStatus.Paid)); // to May 2026

        var projected = Projection.ContinueCurrentTo60(record, 0, InsuredCategory.Category1, June2026);

        Assert.Equal(847_300, Estimate(Input(projected)).TotalAnnual);
    }

    [Fact]
    public void CategoryOneContinuesTheLatestStatusAndAdditionalPremium()
    {
        var exempt = Record(Born1970, Months(new YearMonth(1990, 6), 420, MonthStatus.Paid)
            .Concat(Months(new YearMonth(2025, 6), 12, MonthStatus.HalfExemption)));
        var additional = Record(Born1970, Months(new YearMonth(1990, 6), 432, MonthStatus.Paid, additionalPremium: true));

        var fromExempt = Projection.ContinueCurrentTo60(exempt, 0, InsuredCategory.Category1, June2026);
        var fromAdditional = Projection.ContinueCurrentTo60(additional, 0, InsuredCategory.Category1, June2026);

        Assert.All(fromExempt.NationalPensionMonths.Where(m => m.Month >= June2026), m => Assert.Equal(MonthStatus.HalfExemption, m.Status));
        Assert.Equal(48, fromAdditional.NationalPensionMonths.Count(m => m.Month >= June2026 && m.AdditionalPremiumPaid));
    }

    [Fact]
    public void CategoryThreeAddsCategoryThreeMonthsAndNoneAddsNothing()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 100, MonthStatus.Paid));

        var category3 = Projection.ContinueCurrentTo60(record, 0, InsuredCategory.Category3, June2026);
        var none = Projection.ContinueCurrentTo60(record, 0, InsuredCategory.None, June2026);

        Assert.Equal(48, category3.NationalPensionMonths.Count(m => m.Status == MonthStatus.Category3));
        Assert.Equal(record.NationalPensionMonths, none.NationalPensionMonths);
        Assert.Empty(none.EmployeesPensionMonths);
    }

    [Fact]
    public void NothingIsAddedFrom60()
    {
        var born = new DateOnly(1964, 8, 1);
        var record = Record(born, Months(new YearMonth(1984, 7), 480, MonthStatus.Paid));

        var projected = Projection.ContinueCurrentTo60(record, 300_000, InsuredCategory.Category2, June2026);

        Assert.Equal(record.NationalPensionMonths, projected.NationalPensionMonths);
        Assert.Empty(projected.EmployeesPensionMonths);
    }
}

public sealed class Projection_Guided
{
    private static readonly YearMonth June2026 = new(2026, 6);
    private static readonly ContributionRecord Recorded = Record(Born1970, Months(new YearMonth(1990, 6), 432, MonthStatus.Paid));

    [Fact]
    public void AnEmployeeUntil65AddsEmployeesPensionButBasicMonthsOnlyTo59()
    {
        var projected = Projection.Guided(Recorded, [new FutureWork(FutureWorkType.Employee, 65, 300_000)], June2026).Value;

        Assert.Equal(108, projected.EmployeesPensionMonths.Count); // June 2026 – May 2035
        Assert.Equal(new YearMonth(2035, 5), projected.EmployeesPensionMonths[^1].Month);
        Assert.Equal(48, projected.NationalPensionMonths.Count(m => m.Status == MonthStatus.EmployeesPension));
        var estimate = Estimate(Input(projected));
        Assert.Equal(847_300, estimate.BasicPension.AnnualAmount);
        Assert.Equal(177_584, estimate.EarningsRelated.AnnualAmount); // 108 × 300,000 × 5.481/1000 = 177,584.4
    }

    [Fact]
    public void AnswersFollowEachOther()
    {
        FutureWork[] plan =
        [
            new(FutureWorkType.SelfEmployedPaying, 62),
            new(FutureWorkType.NotWorking, 63),
            new(FutureWorkType.Employee, 72, 200_000),
        ];

        var projected = Projection.Guided(Recorded, plan, June2026).Value;

        // Paid June 2026 – May 2032 (72 months), nothing June 2032 – May 2033, employee June 2033 – May 2040 (to the month before 70).
        Assert.Equal(432 + 72, projected.NationalPensionMonths.Count(m => m.Status == MonthStatus.Paid));
        Assert.Equal(new YearMonth(2033, 6), projected.EmployeesPensionMonths[0].Month);
        Assert.Equal(new YearMonth(2040, 5), projected.EmployeesPensionMonths[^1].Month);
        Assert.Equal(84, projected.EmployeesPensionMonths.Count);
    }

    [Fact]
    public void SelfEmployedPremiumsStopBefore65()
    {
        var projected = Projection.Guided(Recorded, [new FutureWork(FutureWorkType.SelfEmployedPaying, 70)], June2026).Value;

        Assert.Equal(new YearMonth(2035, 5), projected.NationalPensionMonths[^1].Month);
    }

    [Theory]
    [InlineData(65, 60)]
    [InlineData(65, 65)]
    [InlineData(19, 65)]
    [InlineData(65, 76)]
    public void RefusesAgesOutOfOrder(int first, int second)
    {
        FutureWork[] plan = [new(FutureWorkType.SelfEmployedPaying, first), new(FutureWorkType.NotWorking, second)];

        var result = Projection.Guided(Recorded, plan, June2026);

        Assert.Equal(new RuleError("invalid_plan", "Benefits.Error.InvalidPlan"), result.Error);
    }

    [Fact]
    public void RefusesAnEmployeeWithoutPay()
    {
        Assert.False(Projection.Guided(Recorded, [new FutureWork(FutureWorkType.Employee, 60)], June2026).IsSuccess);
    }
}

public sealed class BenefitMessageKeys_Documented
{
    private static IEnumerable<string> Keys() =>
        typeof(BenefitMessageKeys).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryKeyFollowsThePatternAndHasBothTexts()
    {
        Assert.All(Keys(), key => Assert.Matches(@"^Benefits\.[A-Za-z]+\.[A-Za-z]+$", key));
        Assert.Empty(Portal.Tests.TestSupport.UiResources.MissingOrEmpty(Keys()));
        Assert.All(Keys(), key => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}", Portal.Tests.TestSupport.UiResources.Japanese[key]));
    }

    [Fact]
    public void TheDomainCodeUsesOnlyListedKeys()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Portal.Tests.TestSupport.UiResources.RepoRoot, "Portal.Domain", "Benefits"), "*.cs")
            .Select(File.ReadAllText);
        var used = sources.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, "\"(Benefits\\.[A-Za-z.]+)\"").Select(m => m.Groups[1].Value));

        Assert.All(used, k => Assert.Contains(k, Keys()));
    }
}

public sealed class Projection_Detailed
{
    private static readonly YearMonth June2026 = new(2026, 6);
    private static readonly ContributionRecord Recorded = Record(Born1970, Months(new YearMonth(1990, 6), 432, MonthStatus.Paid));

    [Fact]
    public void AnEmployeePeriodWithBonusesAddsTheBonusesToTheAveragePay()
    {
        // June 2026 – May 2030 (48 months) at 300,000 with 1,200,000 of bonuses a year: 平均標準報酬額 400,000.
        var projected = Projection.Detailed(Recorded,
            [new FuturePeriod(June2026, new YearMonth(2030, 5), FutureWorkType.Employee, 300_000, 1_200_000)], June2026).Value;

        Assert.Equal(48, projected.EmployeesPensionMonths.Count);
        Assert.Equal(48, projected.Bonuses.Count);
        Assert.All(projected.Bonuses, b => Assert.Equal(100_000, b.Amount));
        var estimate = Estimate(Input(projected));
        Assert.Equal(847_300, estimate.BasicPension.AnnualAmount);
        Assert.Equal(105_235, estimate.EarningsRelated.AnnualAmount); // 400,000 × 5.481/1000 × 48 = 105,235.2
    }

    [Fact]
    public void PeriodsFollowEachOtherAndStayWithinTheLegalAges()
    {
        // Self-employed to 2028-05, then employee to 72: 厚生年金 stops at the month before 70 (May 2040).
        var projected = Projection.Detailed(Recorded,
        [
            new FuturePeriod(June2026, new YearMonth(2028, 5), FutureWorkType.SelfEmployedPaying),
            new FuturePeriod(new YearMonth(2028, 6), new YearMonth(2042, 5), FutureWorkType.Employee, 250_000),
        ], June2026).Value;

        Assert.Equal(24, projected.NationalPensionMonths.Count(m => m.Month >= June2026 && m.Status == MonthStatus.Paid));
        Assert.Equal(new YearMonth(2040, 5), projected.EmployeesPensionMonths[^1].Month);
        Assert.Equal(144, projected.EmployeesPensionMonths.Count);
        Assert.Empty(projected.Bonuses);
    }

    [Fact]
    public void EachBadRowIsReportedWithItsField()
    {
        FuturePeriod[] plan =
        [
            new(new YearMonth(2026, 1), new YearMonth(2026, 12), FutureWorkType.Employee, 0),   // past start, no pay
            new(new YearMonth(2027, 6), new YearMonth(2027, 1), FutureWorkType.SelfEmployedPaying), // ends before start
            new(new YearMonth(2026, 10), new YearMonth(2027, 3), FutureWorkType.Employee, 200_000, -1), // overlaps row 0, negative bonus
        ];

        var issues = Projection.CheckPeriods(Born1970, plan, June2026);

        Assert.Equal(
            [(0, "from", Projection.PeriodInPast), (0, "pay", Projection.PeriodPayMissing), (1, "to", Projection.PeriodEndsBeforeStart),
             (2, "to", Projection.PeriodsOverlap), (2, "bonus", BenefitSimulator.NegativeAmount)],
            issues.Select(i => (i.Row, i.Field, i.Error.Code)));
        var refused = Projection.Detailed(Recorded, plan, June2026);
        Assert.False(refused.IsSuccess);
        Assert.Equal(Projection.InvalidPlan, refused.Error!.Code);
    }

    [Fact]
    public void AnEmptyPlanLeavesTheRecordAsItIs()
    {
        var projected = Projection.Detailed(Recorded, [], June2026).Value;
        Assert.Equal(Recorded.NationalPensionMonths, projected.NationalPensionMonths);
        Assert.Empty(projected.EmployeesPensionMonths);
    }
}
