using Portal.Domain.Benefits;
using Portal.Domain.Records;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class Exclusions_Evaluate
{
    public static TheoryData<string, string, ExclusionFlags> Flagged => new()
    {
        { "MUTUAL_AID", "Benefits.Exclusion.MutualAid", new ExclusionFlags(MutualAidPeriod: true) },
        { "DISABILITY_SURVIVOR", "Benefits.Exclusion.DisabilitySurvivor", new ExclusionFlags(DisabilityOrSurvivorBenefit: true) },
        { "ALREADY_RECEIVING", "Benefits.Exclusion.AlreadyReceiving", new ExclusionFlags(AlreadyReceivingPension: true) },
        { "CREDITED_OR_ABROAD", "Benefits.Exclusion.CreditedOrAbroad", new ExclusionFlags(CreditedOrAbroadPeriods: true) },
        { "SPECIAL_PERIODS", "Benefits.Exclusion.SpecialPeriods", new ExclusionFlags(SpecialPeriods: true) },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void EachFlagExcludesTheCaseAndTheSimulatorGivesNoAmount(string code, string key, ExclusionFlags flags)
    {
        var exclusion = Assert.Single(ExclusionRules.Evaluate(Born1970, Sex.Male, flags, Today));
        Assert.Equal(new Exclusion(code, key), exclusion);

        var outcome = BenefitSimulator.Simulate(Input(FullyPaid1970()) with { Flags = flags }, 2026, Today);

        Assert.Equal(SimulationOutcomeKind.Excluded, outcome.Kind);
        Assert.Null(outcome.Value);
        Assert.Null(outcome.Error);
        Assert.Equal(code, Assert.Single(outcome.Exclusions).Code);
    }

    [Theory]
    [InlineData(Sex.Male, 1961, 4, 1, true)]
    [InlineData(Sex.Male, 1961, 4, 2, false)]
    [InlineData(Sex.Female, 1966, 4, 1, true)]
    [InlineData(Sex.Female, 1966, 4, 2, false)]
    [InlineData(Sex.Male, 1963, 4, 1, false)]
    public void SpecialOldAgeCohortsUnder65AreExcluded(Sex sex, int y, int m, int d, bool excluded)
    {
        var born = new DateOnly(y, m, d);

        var found = ExclusionRules.Evaluate(born, sex, ExclusionFlags.None, new DateOnly(2026, 1, 15));

        Assert.Equal(excluded, found.Any(e => e.Code == "SPECIAL_OLD_AGE" && e.MessageKey == "Benefits.Exclusion.SpecialOldAge"));
    }

    [Fact]
    public void TheSpecialOldAgeCohortIsNotExcludedFrom65()
    {
        var born = new DateOnly(1961, 4, 1); // reaches 65 on 2026-03-31

        Assert.NotEmpty(ExclusionRules.Evaluate(born, Sex.Male, ExclusionFlags.None, new DateOnly(2026, 3, 30)));
        Assert.Empty(ExclusionRules.Evaluate(born, Sex.Male, ExclusionFlags.None, new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void PeopleBornBeforeApril1946AreExcluded()
    {
        var before = ExclusionRules.Evaluate(new DateOnly(1946, 4, 1), Sex.Female, ExclusionFlags.None, Today);
        var from = ExclusionRules.Evaluate(new DateOnly(1946, 4, 2), Sex.Female, ExclusionFlags.None, Today);

        Assert.Equal(new Exclusion("PRE_1946", "Benefits.Exclusion.OlderCohort"), Assert.Single(before));
        Assert.Empty(from);
    }

    [Fact]
    public void ASpecialOldAgeCaseIsExcludedByTheSimulator()
    {
        var born = new DateOnly(1964, 8, 1);
        var record = Record(born, BenefitTestData.Months(new Portal.Domain.Common.YearMonth(1984, 7), 480, MonthStatus.Paid));

        var outcome = BenefitSimulator.Simulate(Input(record, Sex.Female), 2026, Today);

        Assert.Equal("SPECIAL_OLD_AGE", Assert.Single(outcome.Exclusions).Code);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void AllExclusionsThatApplyAreListed()
    {
        var found = ExclusionRules.Evaluate(new DateOnly(1945, 1, 1), Sex.Male,
            new ExclusionFlags(MutualAidPeriod: true, SpecialPeriods: true), Today);

        Assert.Equal(["MUTUAL_AID", "PRE_1946", "SPECIAL_PERIODS"], found.Select(e => e.Code));
    }
}
