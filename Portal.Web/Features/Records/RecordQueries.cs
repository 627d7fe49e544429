using Microsoft.EntityFrameworkCore;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Records;

/// <summary>
/// The signed-in citizen's own record, with its totals, the months that need attention and the months
/// that can still be paid back (追納). Reads only the person linked to the user (DOMAIN.md S3).
/// </summary>
public sealed class RecordQueries(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public sealed record PersonRecord(
        InsuredPerson Person,
        DateOnly Today,
        IReadOnlyList<PensionMonth> Months,
        IReadOnlyList<EmploymentPeriod> Periods,
        RecordSummary Summary,
        IReadOnlyList<AttentionItem> Attention,
        IReadOnlyList<LatePaymentCandidate> LatePayment,
        BenefitParameter? FullBasicPension);

    /// <summary>What the record-enquiry rules need about the person (birth date, last recorded month), or null without a record.</summary>
    public async Task<RecordEnquiryFacts?> EnquiryFactsAsync(Guid insuredPersonId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var birthDate = await db.InsuredPersons.AsNoTracking().Where(p => p.Id == insuredPersonId)
            .Select(p => (DateOnly?)p.BirthDate).SingleOrDefaultAsync(ct);
        if (birthDate is null) return null;
        var months = await db.PensionMonths.AsNoTracking().Where(m => m.PersonId == insuredPersonId).Select(m => m.Month).ToListAsync(ct);
        return new RecordEnquiryFacts(birthDate.Value, months.Count == 0 ? null : months.Max());
    }

    public async Task<PersonRecord?> ForUserAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var person = await db.InsuredPersonOf(userId).AsNoTracking().SingleOrDefaultAsync(ct);
        if (person is null) return null;

        var months = await db.PensionMonths.AsNoTracking().Where(m => m.PersonId == person.Id).OrderBy(m => m.Month).ToListAsync(ct);
        var periods = await db.EmploymentPeriods.AsNoTracking().Include(e => e.Bonuses)
            .Where(e => e.PersonId == person.Id).OrderBy(e => e.AcquiredOn).ToListAsync(ct);

        var today = JapanTime.DateOf(clock.GetUtcNow());
        var parameters = BenefitParameterCatalogue.ForDate(today);
        var fullBasic = parameters.IsSuccess ? parameters.Value.FullBasicPensionFor(person.BirthDate) : null;
        return new PersonRecord(
            person, today, months, periods,
            RecordSummary.Calculate(person.BirthDate, months, periods, today),
            RecordAttention.Find(person.BirthDate, months, periods, today),
            LatePaymentCandidates.Find(months, today, fullBasic?.Yen ?? 0),
            fullBasic);
    }
}
