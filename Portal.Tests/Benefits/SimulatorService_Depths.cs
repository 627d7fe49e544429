using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Web.Features.Benefits;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

/// <summary>The guided and detailed depths as the page calls them, on an in-memory record (no store).</summary>
public sealed class SimulatorService_Depths
{
    // Born 1970-06-15, paid from June 1990 to May 2026; "today" 1 June 2026 (FY2026).
    private static SimulatorService.InstantInput Instant()
    {
        var recorded = Record(Born1970, Months(new YearMonth(1990, 6), 432, MonthStatus.Paid));
        var assumptions = new SimulatorService.InstantAssumptions(InsuredCategory.Category1, 0, new YearMonth(2026, 5));
        var projected = Projection.ContinueCurrentTo60(recorded, 0, InsuredCategory.Category1, YearMonth.From(Today));
        return new SimulatorService.InstantInput(Today, assumptions, new SimulationInput { Record = projected, Sex = Sex.Male }, recorded);
    }

    private static readonly ExclusionFlags[] EachFlag =
    [
        new(MutualAidPeriod: true), new(DisabilityOrSurvivorBenefit: true), new(AlreadyReceivingPension: true),
        new(CreditedOrAbroadPeriods: true), new(SpecialPeriods: true),
    ];

    [Fact]
    public void EveryDeclaredFactIsExcludedAtBothDepthsWithItsCode()
    {
        string[] expected = [ExclusionRules.MutualAid, ExclusionRules.DisabilitySurvivor, ExclusionRules.AlreadyReceiving,
            ExclusionRules.CreditedOrAbroad, ExclusionRules.SpecialPeriods];
        for (var i = 0; i < EachFlag.Length; i++)
        {
            var guided = SimulatorService.CalculateGuided(Instant(),
                new(FutureWorkType.NotWorking, 60, 0, PensionAge.Standard, EachFlag[i]));
            var detailed = SimulatorService.CalculateDetailed(Instant(),
                new([], PensionAge.Standard, null, [], null, EachFlag[i])).Simulation!;
            Assert.Equal(SimulationOutcomeKind.Excluded, guided.Estimate.Kind);
            Assert.Equal([expected[i]], guided.Estimate.Exclusions.Select(e => e.Code));
            Assert.Equal([expected[i]], detailed.Estimate.Exclusions.Select(e => e.Code));
            Assert.Empty(guided.ByStartAge);
            Assert.Null(guided.Cumulative);
        }
    }

    [Fact]
    public void EveryExclusionCodeHasAReasonAndAWhy()
    {
        Assert.Equal(7, ExclusionRules.All.Count);
        foreach (var (code, reason, why) in ExclusionRules.All)
        {
            Assert.Equal(reason, ExclusionRules.ForCode(code.ToLowerInvariant())!.MessageKey);
            Assert.Equal(why, ExclusionRules.WhyKeyFor(code));
        }
        Assert.Null(ExclusionRules.ForCode("NOPE"));
    }

    [Fact]
    public void GuidedEmployeeWorkAddsAnEarningsRelatedPart()
    {
        var simulation = SimulatorService.CalculateGuided(Instant(),
            new(FutureWorkType.Employee, 65, 300_000, PensionAge.Standard, ExclusionFlags.None));

        var estimate = simulation.Estimate.Value!;
        Assert.Equal(847_300, estimate.BasicPension.AnnualAmount);
        Assert.Equal(177_584, estimate.EarningsRelated.AnnualAmount); // June 2026 – May 2035: 108 × 300,000 × 5.481/1000
        Assert.Equal(16, simulation.ByStartAge.Count);
        Assert.NotNull(simulation.Cumulative);
    }

    [Fact]
    public void DetailedPeriodsSpouseAndWorkAreAllTakenIntoAccount()
    {
        // Employee from June 2026 to the month before 70 (May 2040): 168 months of 厚生年金 in all, fewer than the 240 the
        // spouse addition needs; start at 70 while working at 500,000 a month.
        var periods = new List<FuturePeriod>
        {
            new(new YearMonth(2026, 6), new YearMonth(2040, 5), FutureWorkType.Employee, 400_000, 1_200_000),
        };
        var spouse = new SpouseInput(new DateOnly(1975, 1, 1), IncomeUnder8500000Yen: true, HasOwnEmployeesPension240Months: false);
        var answers = new SimulatorService.DetailedAnswers(periods, new PensionAge(70, 0), spouse, [], new CurrentWork(500_000, 0), ExclusionFlags.None);

        var simulation = SimulatorService.CalculateDetailed(Instant(), answers).Simulation!;

        var estimate = simulation.Estimate.Value!;
        Assert.Equal(new PensionAge(70, 0), estimate.StartAge);
        Assert.Equal(1.420m, estimate.Factor.Factor);
        // 168 months at 400,000 + 100,000 of bonuses a month: 500,000 × 5.481/1000 × 168 = 460,404.
        Assert.Equal(460_404, estimate.EarningsRelated.AnnualAmount);
        Assert.NotNull(estimate.Component(ComponentKind.InWorkSuspension));
        Assert.Contains(simulation.DepthAssumptions!, n => n.Code == "bonuses_spread");
        Assert.Equal(0, estimate.Component(ComponentKind.DependantAddition)!.Annual); // 168 < 240 months of 厚生年金
    }

    [Fact]
    public void DetailedSpouseAndChildrenGiveTheDependantAdditionWith240MonthsOfEmployeesPension()
    {
        // 458 months of 厚生年金 to May 2030; start at 65 (June 2035): spouse born 1975 is 60, the child born 2020 is 15.
        var recorded = EmployeeCareer1970();
        var assumptions = new SimulatorService.InstantAssumptions(InsuredCategory.Category2, 400_000, new YearMonth(2026, 5));
        var instant = new SimulatorService.InstantInput(Today, assumptions, new SimulationInput { Record = recorded, Sex = Sex.Male }, recorded);
        var answers = new SimulatorService.DetailedAnswers([], PensionAge.Standard,
            new SpouseInput(new DateOnly(1975, 1, 1), true, false), [new ChildInput(new DateOnly(2020, 4, 10))], null, ExclusionFlags.None);

        var estimate = SimulatorService.CalculateDetailed(instant, answers).Simulation!.Estimate.Value!;

        // FY2026: spouse 243,800 + special 179,900, first child 243,800.
        Assert.Equal(243_800 + 179_900 + 243_800, estimate.Component(ComponentKind.DependantAddition)!.Annual);
    }

    [Fact]
    public void DetailedRowProblemsComeBackByRowAndFieldWithoutAnEstimate()
    {
        var answers = new SimulatorService.DetailedAnswers(
            [new FuturePeriod(new YearMonth(2025, 1), new YearMonth(2024, 1), FutureWorkType.Employee, 0)],
            PensionAge.Standard, null, [], null, ExclusionFlags.None);

        var result = SimulatorService.CalculateDetailed(Instant(), answers);

        Assert.Null(result.Simulation);
        Assert.Equal(["from", "to", "pay"], result.Issues.Select(i => i.Field));
    }
}
