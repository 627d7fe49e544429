using Microsoft.EntityFrameworkCore;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Benefits;

/// <summary>
/// The signed-in citizen's estimate at the three depths of DOMAIN.md §5.9: instant (かんたん試算: the record as it stands,
/// the current job and pay continued to 60), guided (質問形式: future work, until what age, pay) and detailed (詳細な条件:
/// future periods, start age by month, spouse and children, work while receiving). The calculation itself is Portal.Domain's;
/// nothing is stored.
/// </summary>
public sealed class SimulatorService(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public sealed record InstantAssumptions(InsuredCategory CurrentCategory, long CurrentStandardPay, YearMonth? LastRecordedMonth);

    /// <summary>
    /// The person's record projected to 60 (<see cref="Input"/>) and as recorded up to today (<see cref="Recorded"/>), loaded
    /// once per page; start ages and answers are tried against it in memory.
    /// </summary>
    public sealed record InstantInput(DateOnly Today, InstantAssumptions Assumptions, SimulationInput Input, ContributionRecord Recorded);

    /// <param name="Assumptions">The instant depth's assumption (current situation continued), or null at the other depths.</param>
    /// <param name="DepthAssumptions">Further statements the depth adds (e.g. how bonuses are spread).</param>
    public sealed record Simulation(
        DateOnly Today,
        InstantAssumptions? Assumptions,
        SimulationOutcome<BenefitEstimate> Estimate,
        IReadOnlyList<StartAgeAmount> ByStartAge,
        CumulativeSeries? Cumulative,
        IReadOnlyList<BenefitNote>? DepthAssumptions = null);

    /// <summary>The guided depth's answers (質問形式).</summary>
    /// <param name="Work">Future work from now: <see cref="FutureWorkType.NotWorking"/>, employee or self-employed.</param>
    /// <param name="UntilAge">The age at which that work stops (the month before reaching it is the last).</param>
    /// <param name="MonthlyPay">Expected standard monthly pay, yen (employee only).</param>
    public sealed record GuidedAnswers(FutureWorkType Work, int UntilAge, long MonthlyPay, PensionAge StartAge, ExclusionFlags Flags);

    /// <summary>The detailed depth's answers (詳細な条件).</summary>
    public sealed record DetailedAnswers(
        IReadOnlyList<FuturePeriod> Periods,
        PensionAge StartAge,
        SpouseInput? Spouse,
        IReadOnlyList<ChildInput> Children,
        CurrentWork? WorkWhileReceiving,
        ExclusionFlags Flags);

    /// <summary>Either a simulation, or the problems of the detailed plan by row and field.</summary>
    public sealed record DetailedResult(Simulation? Simulation, IReadOnlyList<PeriodIssue> Issues);

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
        return new InstantInput(today, assumptions, new SimulationInput { Record = projected, Sex = person.Sex }, record);
    }

    /// <summary>The instant estimate at <paramref name="startAge"/>, the amounts at every start age and the cumulative comparison.</summary>
    public Simulation Calculate(InstantInput instant, PensionAge startAge) =>
        Run(instant.Input with { StartAge = startAge }, instant.Today, instant.Assumptions, null);

    /// <summary>The guided estimate: the recorded months, then the answered work from this month to the answered age.</summary>
    public static Simulation CalculateGuided(InstantInput instant, GuidedAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(instant);
        ArgumentNullException.ThrowIfNull(answers);
        var plan = answers.Work == FutureWorkType.NotWorking
            ? (IReadOnlyList<FutureWork>)[]
            : [new FutureWork(answers.Work, answers.UntilAge, answers.Work == FutureWorkType.Employee ? answers.MonthlyPay : 0)];
        var projected = Projection.Guided(instant.Recorded, plan, YearMonth.From(instant.Today));
        if (!projected.IsSuccess)
            return new Simulation(instant.Today, null, SimulationOutcome<BenefitEstimate>.Refuse(projected.Error!), [], null);
        var input = new SimulationInput
        {
            Record = projected.Value,
            Sex = instant.Input.Sex,
            StartAge = answers.StartAge,
            Flags = answers.Flags,
        };
        return Run(input, instant.Today, null, null);
    }

    /// <summary>The detailed estimate: the recorded months, then each future period; the dependants and work as answered.</summary>
    public static DetailedResult CalculateDetailed(InstantInput instant, DetailedAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(instant);
        ArgumentNullException.ThrowIfNull(answers);
        var from = YearMonth.From(instant.Today);
        var issues = Projection.CheckPeriods(instant.Recorded.BirthDate, answers.Periods, from);
        if (issues.Count > 0) return new DetailedResult(null, issues);
        var projected = Projection.Detailed(instant.Recorded, answers.Periods, from).Value;
        var input = new SimulationInput
        {
            Record = projected,
            Sex = instant.Input.Sex,
            StartAge = answers.StartAge,
            Spouse = answers.Spouse,
            Children = answers.Children,
            CurrentWork = answers.WorkWhileReceiving,
            Flags = answers.Flags,
        };
        IReadOnlyList<BenefitNote> notes = answers.Periods.Any(p => p.BonusesPerYear > 0)
            ? [new BenefitNote("bonuses_spread", BenefitMessageKeys.AssumptionBonusesSpread)]
            : [];
        return new DetailedResult(Run(input, instant.Today, null, notes), []);
    }

    /// <summary>
    /// The estimate of <paramref name="input"/> at its start age with the parameters in force on <paramref name="today"/>,
    /// the amounts at every whole-year start age and the cumulative comparison. Pure: used by the public simulator too.
    /// </summary>
    public static Simulation Run(SimulationInput input, DateOnly today, InstantAssumptions? assumptions, IReadOnlyList<BenefitNote>? depthAssumptions)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parameters = BenefitParameterCatalogue.ForDate(today);
        if (!parameters.IsSuccess)
            return new Simulation(today, assumptions, SimulationOutcome<BenefitEstimate>.Refuse(parameters.Error!), [], null, depthAssumptions);

        var estimate = BenefitSimulator.Simulate(input, parameters.Value, today);
        if (estimate.Kind != SimulationOutcomeKind.Estimate)
            return new Simulation(today, assumptions, estimate, [], null, depthAssumptions);
        var byAge = BenefitSimulator.AnnualAmountsByStartAge(input, parameters.Value, today);
        var cumulative = BenefitSimulator.CumulativeByAge(input, parameters.Value, today, input.StartAge);
        return new Simulation(today, assumptions, estimate,
            byAge.Kind == SimulationOutcomeKind.Estimate ? byAge.Value! : [],
            cumulative.Kind == SimulationOutcomeKind.Estimate ? cumulative.Value : null,
            depthAssumptions);
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
