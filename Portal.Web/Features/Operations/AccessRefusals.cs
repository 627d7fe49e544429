using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Audit;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Operations;

/// <summary>
/// Refuse and audit, in one place. Every access check that looks an object up by id within the caller's scope (a citizen's
/// own submissions, notices and bookings; an employer's establishments; a staff member's office) calls
/// <see cref="RefuseAsync"/> when the scoped lookup finds nothing: the caller answers "not found" whatever the reason
/// (no existence leak), and the audit chain gets an <c>access.refused</c> entry with the requesting account id, the
/// subject as <c>type:id</c> and a short reason: <c>not-owner</c> when the object exists but is someone else's,
/// <c>not-found</c> when there is no such object (probing). Never personal data. A page that looks the object up while
/// prerendering and again when its circuit starts records one refusal, not two (<see cref="Audit.PageAudit"/>).
/// </summary>
public sealed class AccessRefusals(IAuditTrail audit, IDbContextFactory<PortalDbContext> contexts, Audit.PageAudit? page = null)
{
    /// <summary>Subject types, as they appear in the audit trail (<c>submission:3f2a…</c>).</summary>
    public static class Subjects
    {
        public const string Submission = "submission";
        public const string Notice = "notice";
        public const string Booking = "booking";
        public const string WrittenConsultation = "written-consultation";
        public const string Establishment = "establishment";
    }

    public const string NotOwner = "not-owner";
    public const string NotFound = "not-found";

    /// <summary><paramref name="found"/> unchanged; when it is null, the refusal is audited first.</summary>
    public async Task<T?> CheckedAsync<T>(T? found, ClaimsPrincipal user, string subjectType, Guid id, CancellationToken ct = default)
        where T : class
    {
        if (found is null) await RefuseAsync(user, subjectType, id, ct);
        return found;
    }

    /// <summary>Records that <paramref name="user"/> was refused the object; "not-owner" when it exists, else "not-found".</summary>
    public Task RefuseAsync(ClaimsPrincipal user, string subjectType, Guid id, CancellationToken ct = default) =>
        RefuseAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), subjectType, id, ct);

    /// <summary>
    /// Records the refusal for the account signed in to the current Razor component scope (for services that are given an
    /// office or an id but not the user). Outside a component scope (a service called directly) the actor is unknown and
    /// the refusal is still recorded, without one.
    /// </summary>
    public async Task RefuseAsync(AuthenticationStateProvider authentication, string subjectType, Guid id, CancellationToken ct = default)
    {
        string? actorId;
        try { actorId = (await authentication.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier); }
        catch (InvalidOperationException) { actorId = null; }
        await RefuseAsync(actorId, subjectType, id, ct);
    }

    public async Task RefuseAsync(string? actorId, string subjectType, Guid id, CancellationToken ct = default)
    {
        var subject = $"{subjectType}:{id:D}";
        async Task Record()
        {
            var exists = await ExistsAsync(subjectType, id, ct);
            await audit.RecordAsync(new AuditEvent(AuditActions.AccessRefused, AuditOutcome.Refused, actorId, subject, exists ? NotOwner : NotFound), ct);
        }
        if (page is null) await Record();
        else await page.OnceAsync($"{AuditActions.AccessRefused}|{subject}|{actorId}", Record);
    }

    private async Task<bool> ExistsAsync(string subjectType, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return subjectType switch
        {
            Subjects.Submission => await db.Submissions.AnyAsync(s => s.Id == id, ct),
            Subjects.Notice => await db.Notices.AnyAsync(n => n.Id == id, ct),
            Subjects.Booking => await db.Bookings.AnyAsync(b => b.Id == id, ct),
            Subjects.WrittenConsultation => await db.WrittenConsultations.AnyAsync(w => w.Id == id, ct),
            Subjects.Establishment => await db.Establishments.AnyAsync(e => e.Id == id, ct),
            _ => false,
        };
    }
}
