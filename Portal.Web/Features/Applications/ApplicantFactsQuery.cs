using Microsoft.EntityFrameworkCore;
using Portal.Domain.Applications;
using Portal.Domain.Common;
using Portal.Domain.Records;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Submissions;

namespace Portal.Web.Features.Applications;

/// <summary>What the portal already knows about the signed-in citizen, for the forms' rules and prefill.</summary>
public sealed class ApplicantFactsQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private static readonly MonthStatus[] ExemptOrDeferred =
    [
        MonthStatus.StatutoryExemption, MonthStatus.FullExemption, MonthStatus.ThreeQuarterExemption, MonthStatus.HalfExemption,
        MonthStatus.QuarterExemption, MonthStatus.PaymentDeferral, MonthStatus.StudentDeferral,
    ];

    /// <summary>Today in Japan (the forms' windows are Japan dates).</summary>
    public DateOnly Today => JapanTime.DateOf(clock.GetUtcNow());

    /// <summary>
    /// The facts, or null when the person has no record. <paramref name="editing"/> is the submission being edited: its
    /// own business key must not count as a duplicate of itself when it is corrected and resubmitted.
    /// </summary>
    public async Task<ApplicantFacts?> ForAsync(CitizenFiler filer, Guid? editing = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var person = await db.InsuredPersons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == filer.InsuredPersonId, ct);
        if (person is null) return null;
        var months = await db.PensionMonths.AsNoTracking().Where(m => m.PersonId == person.Id)
            .Select(m => new { m.Month, m.Status, m.Category, m.AdditionalPremiumPaid }).ToListAsync(ct);
        var latest = months.MaxBy(m => m.Month);
        var category = latest?.Category ?? InsuredCategory.None;
        var active = await db.Submissions.AsNoTracking()
            .Where(s => s.Owner.InsuredPersonId == person.Id && s.ActiveBusinessKey != null && s.Id != editing)
            .Select(s => new { Key = s.ActiveBusinessKey!, s.Receipt!.Number }).ToListAsync(ct);
        return new ApplicantFacts(
            person.Id,
            person.BirthDate,
            category,
            category is InsuredCategory.Voluntary or InsuredCategory.SpecialVoluntary,
            months.Where(m => ExemptOrDeferred.Contains(m.Status)).Select(m => m.Month).ToHashSet(),
            latest?.AdditionalPremiumPaid ?? false,
            NationalPensionFundMember: false, // not held in the portal's read model; the back office checks it
            active.Select(a => new ActiveSubmission(a.Key, a.Number?.Value ?? "")).ToList());
    }
}

/// <summary>Converts between a form's typed values and the text the wizard's inputs hold.</summary>
public static class Bind
{
    public static string? Text(long? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static long? Long(string? v) => long.TryParse(v, out var x) ? x : null;
    public static string? Text(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static int? Int(string? v) => int.TryParse(v, out var x) ? x : null;
    public static string? Text(DateOnly? v) => v?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static DateOnly? Date(string? v) =>
        DateOnly.TryParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    public static string? Text(bool? v) => v switch { true => "true", false => "false", null => null };
    public static bool? Bool(string? v) => v switch { "true" => true, "false" => false, _ => null };
    public static string? Text<TEnum>(TEnum? v) where TEnum : struct, Enum => v?.ToString();
    public static TEnum? Enum<TEnum>(string? v) where TEnum : struct, Enum => System.Enum.TryParse<TEnum>(v, out var e) ? e : null;
}
