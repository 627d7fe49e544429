using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class BenefitSimulator_Simulate
{
    private static readonly SpouseInput YoungerSpouse = new(new DateOnly(1975, 1, 10), true, false);

    [Fact]
    public void Vector1_FullyPaidAt65()
    {
        var estimate = Estimate(Input(FullyPaid1970()));

        var basic = estimate.Component(ComponentKind.BasicPension)!;
        Assert.Equal(847_300, basic.BaseAnnual);
        Assert.Equal(847_300, basic.Annual);
        Assert.Equal(70_608, basic.Monthly); // 847,300 / 12 = 70,608.33, rounded down
        Assert.Equal(847_300, estimate.TotalAnnual);
        Assert.Equal(70_608, estimate.TotalMonthly);
        Assert.Equal(1.000m, estimate.Factor.Factor);
        Assert.Equal(new YearMonth(2035, 7), estimate.PaymentStartMonth);
        Assert.Equal(2026, estimate.FiscalYear);
        Assert.Null(estimate.Component(ComponentKind.InWorkSuspension));
        Assert.Equal("847,300 / 12 ≈ 70,608.3333 → 70,608", Assert.Single(estimate.Lines, l => l.Code == "total.monthly").Expression);
    }

    [Fact]
    public void AnEmployeeGetsEveryComponentWithItsFormulaLines()
    {
        var record = EmployeeCareer1970(400_000) with
        {
            NationalPensionMonths = [.. Months(new YearMonth(1990, 6), 22, MonthStatus.Paid, additionalPremium: true)],
        };
        var input = Input(record) with { Spouse = YoungerSpouse, CurrentWork = new CurrentWork(500_000, 1_200_000) };

        var estimate = Estimate(input);

        // 458 months at 400,000: 1990s months before April 2003 (132) at 7.125/1000, the rest (326) at 5.481/1000.
        var earnings = estimate.EarningsRelated;
        Assert.Equal(132, earnings.MonthsBefore2003);
        Assert.Equal(326, earnings.MonthsFrom2003);
        var expectedEarnings = (long)Math.Round(132 * 400_000 * 0.007125m + 326 * 400_000 * 0.005481m, MidpointRounding.AwayFromZero);
        Assert.Equal(1_090_922, expectedEarnings);

        Assert.Equal(847_300, estimate.Component(ComponentKind.BasicPension)!.Annual);
        Assert.Equal(4_400, estimate.Component(ComponentKind.AdditionalPension)!.Annual);
        Assert.Equal(expectedEarnings, estimate.Component(ComponentKind.EarningsRelated)!.Annual);
        Assert.Equal(423_700, estimate.Component(ComponentKind.DependantAddition)!.Annual);
        // 基本月額 1,090,922 / 12 = 90,910.17; 総報酬 500,000 + 100,000 = 600,000; (690,910.17 − 650,000) / 2 = 20,455.08 → 20,455.
        var suspension = estimate.Component(ComponentKind.InWorkSuspension)!;
        Assert.Equal(-20_455 * 12, suspension.Annual);
        Assert.Equal(-20_455, suspension.Monthly);

        var total = 847_300 + 4_400 + expectedEarnings - 20_455 * 12 + 423_700;
        Assert.Equal(total, estimate.TotalAnnual);
        Assert.Equal(total / 12, estimate.TotalMonthly);
        Assert.Equal($"847,300 + 4,400 + 1,090,922 − 245,460 + 423,700 = {total:#,0}",
            Assert.Single(estimate.Lines, l => l.Code == "total.annual").Expression);

        Assert.All(estimate.Components, c => Assert.NotEmpty(c.Lines));
        Assert.All(estimate.Components, c => Assert.StartsWith("Benefits.Component.", c.MessageKey));
        Assert.Contains(estimate.Component(ComponentKind.BasicPension)!.Lines, l => l.Expression.Contains("847,300 × 480 / 480"));
        Assert.Contains(estimate.Component(ComponentKind.AdditionalPension)!.Lines, l => l.Expression == "200 × 22 = 4,400");
        Assert.Contains(estimate.Component(ComponentKind.EarningsRelated)!.Lines, l => l.Expression.Contains("× 5.481/1000 × 326"));
        Assert.Contains(estimate.Component(ComponentKind.EarningsRelated)!.Lines, l => l.Expression.Contains("× 7.125/1000 × 132"));
        Assert.Contains(suspension.Lines, l => l.Expression.Contains("650,000") && l.Parameters.Any(p => p.Code == "suspension_threshold"));
        Assert.Contains(estimate.Component(ComponentKind.DependantAddition)!.Lines, l => l.Expression == "243,800 + 179,900 = 423,700");
        Assert.All(estimate.Lines.SelectMany(l => l.Parameters), p => Assert.Equal(2026, p.FiscalYear));
        Assert.All(estimate.Lines, l => Assert.StartsWith("Benefits.Formula.", l.MessageKey));
    }

    [Fact]
    public void ListsTheAssumptions()
    {
        var estimate = Estimate(Input(FullyPaid1970()));

        Assert.Equal(
            ["revalued_pay", "transitional_additions_not_modelled", "employees_pension_outside_20_59", "annual_rounding",
             "monthly_rounding", "parameter_rounding", "fiscal_year_prices", "partial_exemption_remainder_paid"],
            estimate.Assumptions.Select(a => a.Code));
        Assert.Equal("Benefits.Assumption.RevaluedPay", estimate.Assumptions[0].MessageKey);
        Assert.True(Assert.Single(estimate.Assumptions, a => a.Code == "annual_rounding").Verify);
        Assert.Empty(estimate.Notes);
    }

    [Fact]
    public void TheFactorAppliesToThePensionsButNotToTheDependantAddition()
    {
        var input = Input(EmployeeCareer1970(), startAge: PensionAge.AtYears(66)) with { Spouse = YoungerSpouse };

        var estimate = Estimate(input);

        Assert.Equal(1.084m, estimate.Factor.Factor);
        Assert.Equal(918_473, estimate.Component(ComponentKind.BasicPension)!.Annual); // 847,300 × 1.084 = 918,473.2
        Assert.Equal(847_300, estimate.Component(ComponentKind.BasicPension)!.BaseAnnual);
        Assert.Equal(1_182_559, estimate.Component(ComponentKind.EarningsRelated)!.Annual);
        Assert.Equal(423_700, estimate.Component(ComponentKind.DependantAddition)!.Annual);
        Assert.Contains(estimate.Notes, n => n.Code == "dependant_not_paid_while_deferred");
        Assert.Contains(estimate.Component(ComponentKind.BasicPension)!.Lines, l => l.Expression == "847,300 × 1.084 = 918,473.2 → 918,473");
    }

    [Fact]
    public void NoDependantAdditionWhenTheSpouseIs65BeforeTheDeferredStart()
    {
        var spouse = new SpouseInput(new DateOnly(1972, 1, 10), true, false); // 65 in January 2037
        var at65 = Estimate(Input(EmployeeCareer1970()) with { Spouse = spouse });
        var at70 = Estimate(Input(EmployeeCareer1970(), startAge: PensionAge.AtYears(70)) with { Spouse = spouse });

        Assert.Equal(423_700, at65.Component(ComponentKind.DependantAddition)!.Annual);
        Assert.Equal(0, at70.Component(ComponentKind.DependantAddition)!.Annual);
        Assert.Equal("spouse_65_reached", at70.DependantAddition.Dependants[0].ReasonCode);
    }

    [Fact]
    public void AnEarlyClaimReducesAndPaysTheDependantAdditionOnlyFrom65()
    {
        var estimate = Estimate(Input(EmployeeCareer1970(), startAge: PensionAge.AtYears(60)) with { Spouse = YoungerSpouse });

        Assert.Equal(0.760m, estimate.Factor.Factor);
        Assert.Equal(643_948, estimate.Component(ComponentKind.BasicPension)!.Annual);
        Assert.Equal(new YearMonth(2030, 7), estimate.PaymentStartMonth);
        Assert.Equal(new YearMonth(2035, 7), estimate.DependantAddition.StartMonth);
        Assert.Contains(estimate.Notes, n => n.Code == "dependant_from_65");
    }

    [Fact]
    public void AFullSuspensionAlsoSuspendsTheDependantAdditionButNeverTheBasicPension()
    {
        var input = Input(EmployeeCareer1970()) with { Spouse = YoungerSpouse, CurrentWork = new CurrentWork(650_000, 3_000_000) };

        var estimate = Estimate(input);

        Assert.True(estimate.InWorkSuspension!.FullySuspended);
        Assert.Equal(-1_090_922, estimate.Component(ComponentKind.InWorkSuspension)!.Annual);
        Assert.Equal(0, estimate.Component(ComponentKind.DependantAddition)!.Annual);
        Assert.Equal(847_300, estimate.Component(ComponentKind.BasicPension)!.Annual);
        Assert.Equal(847_300, estimate.TotalAnnual);
        Assert.Contains(estimate.Notes, n => n.Code == "dependant_suspended");
    }

    [Fact]
    public void BelowTheQualifyingMonthsEverythingIsZeroAndTheRemediesAreGiven()
    {
        var record = Record(Born1970, Months(new YearMonth(1990, 6), 19, MonthStatus.Paid), Employee(new YearMonth(1992, 4), 100, 300_000));

        var estimate = Estimate(Input(record));

        Assert.Equal(0, estimate.TotalAnnual);
        Assert.All(estimate.Components, c => Assert.Equal(0, c.Annual));
        Assert.Equal(1, estimate.BasicPension.MonthsMissing);
        Assert.Equal("voluntary_enrolment", Assert.Single(estimate.BasicPension.Remedies).Code);
        Assert.Contains(estimate.Notes, n => n.Code == "not_eligible");
        Assert.Contains(estimate.Notes, n => n.Code == "earnings_related_needs_eligibility");
    }

    [Fact]
    public void RefusesAStartAgeBetween65And66()
    {
        var outcome = BenefitSimulator.Simulate(Input(FullyPaid1970(), startAge: new PensionAge(65, 6)), 2026, Today);

        Assert.Equal(SimulationOutcomeKind.Refused, outcome.Kind);
        Assert.Equal(new RuleError("start_age_not_allowed", "Benefits.Error.StartAgeNotAllowed"), outcome.Error);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void RefusesAStartAgeAlreadyPassedExcept65()
    {
        var born = new DateOnly(1963, 5, 10); // 63 in June 2026
        var record = Record(born, Months(new YearMonth(1983, 5), 480, MonthStatus.Paid));

        var early = BenefitSimulator.Simulate(Input(record, startAge: PensionAge.AtYears(62)), 2026, Today);
        var later = BenefitSimulator.Simulate(Input(record, startAge: PensionAge.AtYears(64)), 2026, Today);

        Assert.Equal("start_age_passed", early.Error!.Code);
        Assert.Equal(SimulationOutcomeKind.Estimate, later.Kind);
        Assert.Equal(0.952m, later.Value!.Factor.Factor);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    public void RefusesAFiscalYearWithoutParameters(int fy)
    {
        var outcome = BenefitSimulator.Simulate(Input(FullyPaid1970()), fy, Today);

        Assert.Equal(SimulationOutcomeKind.Refused, outcome.Kind);
        Assert.Equal("unsupported_fiscal_year", outcome.Error!.Code);
    }

    [Fact]
    public void UsesTheFiguresOfTheChosenYear()
    {
        Assert.Equal(831_700, Estimate(Input(FullyPaid1970()), fiscalYear: 2025).TotalAnnual);
    }

    [Fact]
    public void RefusesInputItCannotRead()
    {
        var duplicate = FullyPaid1970() with
        {
            NationalPensionMonths = [.. FullyPaid1970().NationalPensionMonths, new NationalPensionMonth(new YearMonth(1990, 6), MonthStatus.Paid)],
        };
        var negative = Record(Born1970, [], [new EmployeesPensionMonth(new YearMonth(2000, 4), -1)]);

        Assert.Equal("duplicate_month", BenefitSimulator.Simulate(Input(duplicate), 2026, Today).Error!.Code);
        Assert.Equal("negative_amount", BenefitSimulator.Simulate(Input(negative), 2026, Today).Error!.Code);
        Assert.Equal("negative_amount", BenefitSimulator.Simulate(Input(FullyPaid1970()) with { CurrentWork = new CurrentWork(-5, 0) }, 2026, Today).Error!.Code);
        Assert.Equal("birth_date_after_evaluation",
            BenefitSimulator.Simulate(Input(FullyPaid1970()), 2026, new DateOnly(1970, 6, 15)).Error!.Code);
    }

    [Fact]
    public void TheDeferralCapIsNotedForTheOlderCohort()
    {
        var born = new DateOnly(1952, 1, 20);
        var record = Record(born, Months(new YearMonth(1972, 1), 480, MonthStatus.Paid));

        var estimate = Estimate(Input(record, Sex.Female), today: new DateOnly(2026, 1, 5));

        Assert.Equal(844_900, estimate.TotalAnnual); // older cohort full amount, retroactive 65y0m
        var capped = Estimate(Input(record, Sex.Female, new PensionAge(74, 0)), today: new DateOnly(2026, 1, 5));
        Assert.Equal(1.420m, capped.Factor.Factor);
        Assert.Contains(capped.Notes, n => n.Code == "deferral_increase_capped");
    }
}

public sealed class BenefitSimulator_AnnualAmountsByStartAge
{
    [Fact]
    public void GivesOneRowPerWholeYearWithTheTableFactors()
    {
        var outcome = BenefitSimulator.AnnualAmountsByStartAge(Input(FullyPaid1970()), Fy2026, Today);

        var rows = outcome.Value!;
        Assert.Equal(Enumerable.Range(60, 16), rows.Select(r => r.StartAge.Years));
        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Equal([0.760m, 0.808m, 0.856m, 0.904m, 0.952m, 1.000m, 1.084m, 1.168m, 1.252m, 1.336m, 1.420m, 1.504m, 1.588m, 1.672m, 1.756m, 1.840m],
            rows.Select(r => r.Factor!.Value));
        Assert.Equal(643_948, rows[0].AnnualTotal);
        Assert.Equal(847_300, rows[5].AnnualTotal);
        Assert.Equal(1_203_166, rows[10].AnnualTotal);
        Assert.Equal(1_559_032, rows[15].AnnualTotal);
        Assert.Equal(1_559_032 / 12, rows[15].MonthlyTotal);
    }

    [Fact]
    public void PassesOnAnExclusion()
    {
        var outcome = BenefitSimulator.AnnualAmountsByStartAge(Input(FullyPaid1970()) with { Flags = new ExclusionFlags(MutualAidPeriod: true) }, Fy2026, Today);

        Assert.Equal(SimulationOutcomeKind.Excluded, outcome.Kind);
        Assert.Equal("MUTUAL_AID", Assert.Single(outcome.Exclusions).Code);
    }

    [Fact]
    public void MarksAgesAlreadyPassed()
    {
        var born = new DateOnly(1963, 5, 10);
        var record = Record(born, Months(new YearMonth(1983, 5), 480, MonthStatus.Paid));

        var rows = BenefitSimulator.AnnualAmountsByStartAge(Input(record), Fy2026, Today).Value!;

        Assert.Equal(Enumerable.Repeat("start_age_passed", 4), rows.Take(4).Select(r => r.Error!.Code)); // 60–63 reached by June 2026
        Assert.NotNull(rows[4].AnnualTotal);
    }
}

public sealed class BenefitSimulator_CumulativeByAge
{
    [Theory]
    [InlineData(70, 81, 11)]
    [InlineData(75, 86, 11)]
    [InlineData(60, 80, 10)]
    [InlineData(66, 77, 11)]
    public void FindsTheBreakEvenAgeAgainst65(int startAge, int years, int months)
    {
        var series = BenefitSimulator.CumulativeByAge(Input(FullyPaid1970()), Fy2026, Today, PensionAge.AtYears(startAge)).Value!;

        Assert.Equal(new PensionAge(years, months), series.BreakEvenAge);
    }

    [Fact]
    public void AccumulatesByAgeFrom60To95()
    {
        var series = BenefitSimulator.CumulativeByAge(Input(FullyPaid1970()), Fy2026, Today, PensionAge.AtYears(70)).Value!;

        Assert.Equal(Enumerable.Range(60, 36), series.Points.Select(p => p.Age));
        Assert.Equal(0, series.Points.Single(p => p.Age == 70).Cumulative);
        Assert.Equal(1_203_166, series.Points.Single(p => p.Age == 71).Cumulative);
        Assert.Equal(25 * 1_203_166, series.Points.Single(p => p.Age == 95).Cumulative);
        Assert.Equal(0, series.StandardPoints.Single(p => p.Age == 65).Cumulative);
        Assert.Equal(847_300, series.StandardPoints.Single(p => p.Age == 66).Cumulative);
        Assert.Equal(30 * 847_300, series.StandardPoints.Single(p => p.Age == 95).Cumulative);
        // By 81 the 65 start is ahead (16 years), by 82 the 70 start (12 years × 1.42 = 17.04).
        Assert.True(series.Points.Single(p => p.Age == 81).Cumulative < series.StandardPoints.Single(p => p.Age == 81).Cumulative);
        Assert.True(series.Points.Single(p => p.Age == 82).Cumulative > series.StandardPoints.Single(p => p.Age == 82).Cumulative);
        Assert.Contains(series.Assumptions, a => a.Code == "cumulative_without_work");
    }

    [Fact]
    public void NoBreakEvenFor65()
    {
        Assert.Null(BenefitSimulator.CumulativeByAge(Input(FullyPaid1970()), Fy2026, Today, PensionAge.Standard).Value!.BreakEvenAge);
    }

    [Fact]
    public void TheDependantAdditionFollowsTheSpouse()
    {
        var spouse = new SpouseInput(new DateOnly(1972, 1, 10), true, false); // counted July 2035 – January 2037: 19 months
        var input = Input(EmployeeCareer1970()) with { Spouse = spouse };

        var series = BenefitSimulator.CumulativeByAge(input, Fy2026, Today, PensionAge.Standard).Value!;

        var pension = 847_300 + 1_090_922;
        Assert.Equal(pension + 423_700, series.Points.Single(p => p.Age == 66).Cumulative);
        Assert.Equal(2 * pension + 423_700 * 19 / 12, series.Points.Single(p => p.Age == 67).Cumulative);
    }

    [Fact]
    public void RefusesWhatTheSimulatorRefuses()
    {
        var outcome = BenefitSimulator.CumulativeByAge(Input(FullyPaid1970()), Fy2026, Today, new PensionAge(65, 3));

        Assert.Equal("start_age_not_allowed", outcome.Error!.Code);
    }
}
