using Portal.Domain.Benefits;
using Portal.Domain.Common;
using static Portal.Tests.Benefits.BenefitTestData;

namespace Portal.Tests.Benefits;

public sealed class DependantAddition_Calculate
{
    // Born 1970-06-15: reaches 65 in June 2035, so a pension starting at 65 is paid from July 2035.
    private static readonly YearMonth StartAt65 = new(2035, 7);

    private static DependantAdditionResult Calc(int months = 300, SpouseInput? spouse = null, IReadOnlyList<ChildInput>? children = null,
        YearMonth? start = null, BenefitParameterSet? p = null) =>
        DependantAdditionCalculator.Calculate(Born1970, months, start ?? StartAt65, spouse, children ?? [], p ?? Fy2026);

    private static SpouseInput Spouse(DateOnly born) => new(born, IncomeUnder8500000Yen: true, HasOwnEmployeesPension240Months: false);

    [Fact]
    public void Fy2026SpouseTotalIs423700()
    {
        var result = Calc(spouse: Spouse(new DateOnly(1972, 1, 10)));

        Assert.Equal(423_700, result.AnnualAmountAtStart);
        var line = Assert.Single(result.Lines, l => l.Code == "dependant.spouse");
        Assert.Equal("243,800 + 179,900 = 423,700", line.Expression);
        Assert.Equal(["dependant_spouse_or_child", "spouse_special_addition"], line.Parameters.Select(p => p.Code));
        Assert.All(line.Parameters, p => Assert.Equal(2026, p.FiscalYear));
    }

    [Fact]
    public void Fy2025SpouseTotal()
    {
        Assert.Equal(239_300 + 176_600, Calc(spouse: Spouse(new DateOnly(1972, 1, 10)), p: Fy2025).AnnualAmountAtStart);
    }

    [Fact]
    public void NeedsTwoHundredFortyMonths()
    {
        var spouse = Spouse(new DateOnly(1972, 1, 10));
        var short1 = Calc(months: 239, spouse: spouse);
        var enough = Calc(months: 240, spouse: spouse);

        Assert.False(short1.HasRequiredMonths);
        Assert.Equal(0, short1.AnnualAmountAtStart);
        Assert.Equal("needs_240_months", Assert.Single(short1.Dependants).ReasonCode);
        Assert.Equal("239 < 240 → 0", Assert.Single(short1.Lines, l => l.Code == "dependant.months").Expression);
        Assert.Equal(0, short1.AnnualRateAt(new YearMonth(2036, 1)));
        Assert.True(enough.HasRequiredMonths);
        Assert.Equal(423_700, enough.AnnualAmountAtStart);
    }

    [Fact]
    public void ASpouseCountsThroughTheMonthOfReaching65()
    {
        // Spouse born 1970-07-20 reaches 65 on 2035-07-19: July 2035 still counts. Born 1970-07-01 reaches 65 on 2035-06-30.
        var stillUnder = Calc(spouse: Spouse(new DateOnly(1970, 7, 20)));
        var reached = Calc(spouse: Spouse(new DateOnly(1970, 7, 1)));

        Assert.Equal(423_700, stillUnder.AnnualAmountAtStart);
        Assert.Equal(new YearMonth(2035, 7), stillUnder.Dependants[0].LastMonth);
        Assert.Equal(0, stillUnder.AnnualRateAt(new YearMonth(2035, 8)));
        Assert.Equal(0, reached.AnnualAmountAtStart);
        Assert.Equal("spouse_65_reached", reached.Dependants[0].ReasonCode);
        Assert.Equal("Benefits.Dependant.SpouseAgeReached", reached.Dependants[0].ReasonMessageKey);
    }

    [Fact]
    public void ASpouseRateEndsWhenTheSpouseTurns65()
    {
        var result = Calc(spouse: Spouse(new DateOnly(1972, 1, 10))); // reaches 65 in January 2037

        Assert.Equal(423_700, result.AnnualRateAt(new YearMonth(2037, 1)));
        Assert.Equal(0, result.AnnualRateAt(new YearMonth(2037, 2)));
        Assert.Equal(0, result.AnnualRateAt(new YearMonth(2035, 6))); // before the start
    }

    [Theory]
    [InlineData(true, false, "spouse_income")]
    [InlineData(false, true, "spouse_own_pension")]
    public void ASpouseWithIncomeOrOwnPensionDoesNotCount(bool highIncome, bool ownPension, string reason)
    {
        var result = Calc(spouse: new SpouseInput(new DateOnly(1972, 1, 10), IncomeUnder8500000Yen: !highIncome, HasOwnEmployeesPension240Months: ownPension));

        Assert.Equal(0, result.AnnualAmountAtStart);
        Assert.Equal(reason, result.Dependants[0].ReasonCode);
    }

    [Fact]
    public void AChildCountsToTheEndOfTheFiscalYearOfReaching18()
    {
        // Born 2017-04-01: reaches 18 on 2035-03-31 (FY2034), counted to March 2035. Born 2017-04-02: to March 2036.
        var tooOld = Calc(children: [new ChildInput(new DateOnly(2017, 4, 1))]);
        var counts = Calc(children: [new ChildInput(new DateOnly(2017, 4, 2))]);

        Assert.Equal(0, tooOld.AnnualAmountAtStart);
        Assert.Equal(new YearMonth(2035, 3), tooOld.Dependants[0].LastMonth);
        Assert.Equal("child_age_reached", tooOld.Dependants[0].ReasonCode);
        Assert.Equal(243_800, counts.AnnualAmountAtStart);
        Assert.Equal(new YearMonth(2036, 3), counts.Dependants[0].LastMonth);
        Assert.Equal(243_800, counts.AnnualRateAt(new YearMonth(2036, 3)));
        Assert.Equal(0, counts.AnnualRateAt(new YearMonth(2036, 4)));
    }

    [Fact]
    public void ADisabledChildCountsUntil20()
    {
        var child = new ChildInput(new DateOnly(2016, 1, 10), DisabilityGrade1Or2: true); // reaches 20 in January 2036

        var result = Calc(children: [child]);

        Assert.Equal(243_800, result.AnnualAmountAtStart);
        Assert.Equal(new YearMonth(2036, 1), result.Dependants[0].LastMonth);
        Assert.Equal(0, Calc(children: [child with { DisabilityGrade1Or2 = false }]).AnnualAmountAtStart);
    }

    [Fact]
    public void TheThirdChildGetsTheLowerRate()
    {
        ChildInput[] children = [new(new DateOnly(2022, 5, 1)), new(new DateOnly(2020, 5, 1)), new(new DateOnly(2024, 5, 1))];

        var result = Calc(spouse: Spouse(new DateOnly(1975, 1, 10)), children: children);

        Assert.Equal(423_700 + 243_800 + 243_800 + 81_300, result.AnnualAmountAtStart);
        Assert.Equal(["dependant.months", "dependant.spouse", "dependant.child_1", "dependant.child_2", "dependant.child_3", "dependant.amount"],
            result.Lines.Select(l => l.Code));
        Assert.Equal("81,300", result.Lines[4].Expression);
        Assert.Equal("423,700 + 243,800 + 243,800 + 81,300 = 992,600", result.Lines[5].Expression);
        // Once the eldest (born 2020-05-01) has left in April 2039, the youngest moves up to the higher rate.
        Assert.Equal(423_700 + 243_800 + 243_800, result.AnnualRateAt(new YearMonth(2039, 4)));
    }

    [Fact]
    public void AnEarlyClaimGetsTheAdditionFrom65()
    {
        var result = Calc(spouse: Spouse(new DateOnly(1972, 1, 10)), start: new YearMonth(2030, 7));

        Assert.Equal(StartAt65, result.StartMonth);
        Assert.Equal(0, result.AnnualRateAt(new YearMonth(2031, 1)));
        Assert.Equal(423_700, result.AnnualRateAt(StartAt65));
    }

    [Fact]
    public void NoDependantsNoAddition()
    {
        var result = Calc();

        Assert.Equal(0, result.AnnualAmountAtStart);
        Assert.Equal("0", Assert.Single(result.Lines, l => l.Code == "dependant.amount").Expression);
    }
}
