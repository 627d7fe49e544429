using Microsoft.EntityFrameworkCore;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Benefits;

/// <summary>
/// The signed-in citizen's estimate at the instant depth (かんたん試算): the record as it stands, the current job and
/// pay continued to 60 (DOMAIN.md §5.9), for a chosen start age. The calculation itself is Portal.Domain's.
/// </summary>
public sealed class SimulatorService(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public sealed record InstantAssumptions(InsuredCategory CurrentCategory, long CurrentStandardPay, YearMonth? LastRecordedMonth);

    /// <summary>The person's record projected to 60, loaded once per page; start ages are tried against it in memory.</summary>
    public sealed record InstantInput(DateOnly Today, InstantAssumptions Assumptions, SimulationInput Input);

    public sealed record Simulation(
        DateOnly Today,
        InstantAssumptions Assumptions,
        SimulationOutcome<BenefitEstimate> Estimate,
        IReadOnlyList<StartAgeAmount> ByStartAge,
        CumulativeSeries? Cumulative);

    public async Task<InstantInput?> LoadInstantAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var person = await db.InsuredPersonOf(userId).AsNoTracking().SingleOrDefaultAsync(ct);
        if (person is null) return null;
        var months = await db.PensionMonths.AsNoTracking().Where(m => m.PersonId == person.Id).OrderBy(m => m.Month).ToListAsync(ct);
        var bonuses = await db.BonusPayments.AsNoTracking()
            .Where(b => db.EmploymentPeriods.Any(e => e.Id == b.EmploymentPeriodId && e.PersonId == person.Id))
            .ToListAsync(ct);

        var today = JapanTime.DateOf(clock.GetUtcNow());
        var record = ToContributionRecord(person.BirthDate, months, bonuses, today);
        var last = months.LastOrDefault();
        var assumptions = new InstantAssumptions(last?.Category ?? InsuredCategory.None, last?.StandardMonthlyPay ?? 0, last?.Month);
        var projected = Projection.ContinueCurrentTo60(record, assumptions.CurrentStandardPay, assumptions.CurrentCategory, YearMonth.From(today));
        return new InstantInput(today, assumptions, new SimulationInput { Record = projected, Sex = person.Sex });
    }

    /// <summary>The estimate at <paramref name="startAge"/>, the amounts at every start age and the cumulative comparison.</summary>
    public Simulation Calculate(InstantInput instant, PensionAge startAge)
    {
        var (today, assumptions, input) = instant;
        input = input with { StartAge = startAge };
        var parameters = BenefitParameterCatalogue.ForDate(today);
        if (!parameters.IsSuccess)
            return new Simulation(today, assumptions, SimulationOutcome<BenefitEstimate>.Refuse(parameters.Error!), [], null);

        var estimate = BenefitSimulator.Simulate(input, parameters.Value, today);
        var byAge = BenefitSimulator.AnnualAmountsByStartAge(input, parameters.Value, today);
        var cumulative = estimate.Kind == SimulationOutcomeKind.Estimate
            ? BenefitSimulator.CumulativeByAge(input, parameters.Value, today, startAge) : null;
        return new Simulation(today, assumptions, estimate,
            byAge.Kind == SimulationOutcomeKind.Estimate ? byAge.Value! : [],
            cumulative?.Kind == SimulationOutcomeKind.Estimate ? cumulative.Value : null);
    }

    /// <summary>The stored record in the calculator's terms: months up to today, 追納 months as paid back, bonuses.</summary>
    internal static ContributionRecord ToContributionRecord(DateOnly birthDate, IEnumerable<PensionMonth> months,
        IEnumerable<BonusPayment> bonuses, DateOnly today)
    {
        var national = new List<NationalPensionMonth>();
        var employees = new List<EmployeesPensionMonth>();
        foreach (var m in months.Where(m => m.Month <= YearMonth.From(today)))
        {
            if (m.Status == MonthStatus.EmployeesPension)
                employees.Add(new EmployeesPensionMonth(m.Month, m.StandardMonthlyPay ?? 0));
            else
                national.Add(new NationalPensionMonth(m.Month, m.Status, m.AdditionalPremiumPaid, m.LatePaidOn is { } paid && paid <= today));
        }
        return new ContributionRecord(birthDate, national, employees,
            bonuses.Where(b => b.PaidOn <= today).Select(b => new StandardBonus(b.PaidOn, b.StandardBonus)).ToList());
    }
}
