using Microsoft.EntityFrameworkCore;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Notices;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Benefits;

namespace Portal.Web.Features.Records;

/// <summary>
/// The signed-in citizen's electronic annual statement (電子版ねんきん定期便, DOMAIN.md §4.6) with the amounts for the person's
/// age band, and the paper opt-out for it (郵送意向登録, §10). Reads and writes only the person linked to the user.
/// </summary>
public sealed class StatementQueries(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Yearly amounts from the benefit calculator, starting at 65; and, from 50, deferred to 70.</summary>
    /// <param name="Basic">老齢基礎年金 (with 付加年金).</param>
    /// <param name="EarningsRelated">老齢厚生年金 (報酬比例部分).</param>
    /// <param name="Total">Both together.</param>
    /// <param name="DeferredTo70Total">The total when claimed at 70, or null under 50.</param>
    /// <param name="DeferredTo70IncreasePercent">The deferral increase at 70 in percent (42), or null under 50.</param>
    public sealed record StatementAmounts(long Basic, long EarningsRelated, long Total, long? DeferredTo70Total, decimal? DeferredTo70IncreasePercent);

    /// <summary>What the statement page shows.</summary>
    public sealed record StatementView(InsuredPerson Person, AnnualStatement Statement, StatementAmounts? Amounts, bool Paperless,
        DateTimeOffset? PaperlessChangedAt);

    public async Task<StatementView?> ForUserAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var person = await db.InsuredPersonOf(userId).AsNoTracking().SingleOrDefaultAsync(ct);
        if (person is null) return null;

        var months = await db.PensionMonths.AsNoTracking().Where(m => m.PersonId == person.Id).OrderBy(m => m.Month).ToListAsync(ct);
        var periods = await db.EmploymentPeriods.AsNoTracking().Include(e => e.Bonuses)
            .Where(e => e.PersonId == person.Id).OrderBy(e => e.AcquiredOn).ToListAsync(ct);
        var preference = await db.NoticePreferences.AsNoTracking()
            .SingleOrDefaultAsync(p => p.InsuredPersonId == person.Id && p.NoticeType == NoticeType.AnnualStatement, ct);

        var today = JapanTime.DateOf(clock.GetUtcNow());
        var statement = AnnualStatement.Build(person, months, periods, today);
        var amounts = Amounts(person, months, periods, statement, today);
        return new StatementView(person, statement, amounts, preference?.Paperless ?? false, preference?.ChangedAt);
    }

    /// <summary>Saves the paper opt-out for the annual statement. False when the user has no record.</summary>
    public async Task<bool> SetPaperlessAsync(string userId, bool paperless, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var personId = await db.InsuredPersonOf(userId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is not { } id) return false;

        var now = clock.GetUtcNow();
        var preference = await db.NoticePreferences
            .SingleOrDefaultAsync(p => p.InsuredPersonId == id && p.NoticeType == NoticeType.AnnualStatement, ct);
        if (preference is null) db.NoticePreferences.Add(new NoticePreference(id, NoticeType.AnnualStatement, paperless, now));
        else preference.Choose(paperless, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static StatementAmounts? Amounts(InsuredPerson person, IReadOnlyList<PensionMonth> months,
        IReadOnlyList<EmploymentPeriod> periods, AnnualStatement statement, DateOnly today)
    {
        var parameters = BenefitParameterCatalogue.ForDate(today);
        if (!parameters.IsSuccess) return null;

        var record = SimulatorService.ToContributionRecord(person.BirthDate, months, periods.SelectMany(p => p.Bonuses), today);
        if (statement.Projection is { } p)
            record = Projection.ContinueCurrentTo60(record, p.CurrentStandardMonthlyPay ?? 0,
                p.IsEnrolled ? p.CurrentCategory : InsuredCategory.None, YearMonth.From(today));

        var input = new SimulationInput { Record = record, Sex = person.Sex };
        var at65 = BenefitSimulator.Simulate(input, parameters.Value, today);
        if (at65.Kind != SimulationOutcomeKind.Estimate) return null;
        var e = at65.Value!;

        long? deferred = null;
        decimal? increase = null;
        if (statement.ShowsDeferralExamples)
        {
            var at70 = BenefitSimulator.Simulate(input with { StartAge = PensionAge.AtYears(70) }, parameters.Value, today);
            if (at70.Kind == SimulationOutcomeKind.Estimate)
            {
                deferred = at70.Value!.TotalAnnual;
                increase = Math.Round((at70.Value.Factor.Factor - 1m) * 100m, 1);
            }
        }
        return new StatementAmounts(e.BasicPension.AnnualAmount + e.AdditionalPension.AnnualAmount, e.EarningsRelated.AnnualAmount,
            e.TotalAnnual, deferred, increase);
    }
}
