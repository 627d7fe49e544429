using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Tests.Benefits;

/// <summary>Small builders for benefit records (test data only).</summary>
internal static class BenefitTestData
{
    public static BenefitParameterSet Fy2025 => BenefitParameterCatalogue.ForFiscalYear(2025).Value;
    public static BenefitParameterSet Fy2026 => BenefitParameterCatalogue.ForFiscalYear(2026).Value;

    /// <summary>Born 15 June 1970: reaches 20 in June 1990, 60 in June 2030, 65 in June 2035.</summary>
    public static readonly DateOnly Born1970 = new(1970, 6, 15);

    /// <summary>A day in FY2026 used as "today".</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static IEnumerable<NationalPensionMonth> Months(YearMonth from, int count, MonthStatus status,
        bool additionalPremium = false, bool latePaid = false) =>
        Enumerable.Range(0, count).Select(i => new NationalPensionMonth(from.AddMonths(i), status, additionalPremium, latePaid));

    /// <summary>Consecutive segments from <paramref name="from"/>.</summary>
    public static List<NationalPensionMonth> Sequence(YearMonth from, params (int Count, MonthStatus Status)[] segments)
    {
        var list = new List<NationalPensionMonth>();
        var cursor = from;
        foreach (var (count, status) in segments)
        {
            list.AddRange(Months(cursor, count, status));
            cursor = cursor.AddMonths(count);
        }
        return list;
    }

    public static IEnumerable<EmployeesPensionMonth> Employee(YearMonth from, int count, long pay) =>
        Enumerable.Range(0, count).Select(i => new EmployeesPensionMonth(from.AddMonths(i), pay));

    public static ContributionRecord Record(DateOnly birthDate, IEnumerable<NationalPensionMonth> national,
        IEnumerable<EmployeesPensionMonth>? employees = null, IEnumerable<StandardBonus>? bonuses = null) =>
        new(birthDate, national.ToList(), (employees ?? []).ToList(), (bonuses ?? []).ToList());

    /// <summary>480 paid months from the month of reaching 20 (born 1970-06-15).</summary>
    public static ContributionRecord FullyPaid1970() =>
        Record(Born1970, Months(new YearMonth(1990, 6), 480, MonthStatus.Paid));

    /// <summary>
    /// Born 1970-06-15: category 1 paid 1990-06..1992-03 (22 months), then employee 1992-04..2030-05 (458 months) at
    /// <paramref name="pay"/>: 480 months at 20–59, of which 458 in 厚生年金.
    /// </summary>
    public static ContributionRecord EmployeeCareer1970(long pay = 400_000) =>
        Record(Born1970, Months(new YearMonth(1990, 6), 22, MonthStatus.Paid),
            Employee(new YearMonth(1992, 4), 458, pay));

    public static SimulationInput Input(ContributionRecord record, Sex sex = Sex.Male, PensionAge? startAge = null) =>
        new() { Record = record, Sex = sex, StartAge = startAge ?? PensionAge.Standard };

    public static BenefitEstimate Estimate(SimulationInput input, int fiscalYear = 2026, DateOnly? today = null)
    {
        var outcome = BenefitSimulator.Simulate(input, fiscalYear, today ?? Today);
        Assert.Equal(SimulationOutcomeKind.Estimate, outcome.Kind);
        return outcome.Value!;
    }
}
