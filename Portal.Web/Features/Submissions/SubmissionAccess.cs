using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Web.Features.Operations;

namespace Portal.Web.Features.Submissions;

/// <summary>Who the signed-in user is for the submission screens: their scope, owner and actor.</summary>
public sealed class SubmissionAccess(IDbContextFactory<PortalDbContext> contexts, SubmissionStore store, AccessRefusals refusals)
{
    /// <summary>
    /// A submission within <paramref name="scope"/>, or null: someone else's submission (or none) is "not found", and the
    /// refusal is audited against <paramref name="actorId"/>. Pages and document endpoints look submissions up only here.
    /// </summary>
    public async Task<Submission?> FindAsync(string? actorId, SubmissionScope? scope, Guid id, CancellationToken ct = default)
    {
        var submission = scope is null ? null : await store.FindAsync(id, scope, ct);
        if (submission is null) await refusals.RefuseAsync(actorId, AccessRefusals.Subjects.Submission, id, ct);
        return submission;
    }

    /// <summary>The signed-in user's submission of that id within their filer scope (citizen or employer), or null (audited).</summary>
    public async Task<Submission?> FindForFilerAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        await FindAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), await FilerScopeAsync(user, ct), id, ct);

    /// <summary>Records that an employer user asked to act for an establishment they do not belong to.</summary>
    public Task RefuseEstablishmentAsync(string? actorId, Guid establishmentId, CancellationToken ct = default) =>
        refusals.RefuseAsync(actorId, AccessRefusals.Subjects.Establishment, establishmentId, ct);

    /// <summary>Records a refusal for an object found but not to be shown (e.g. of another audience).</summary>
    public Task RefuseAsync(string? actorId, Guid submissionId, CancellationToken ct = default) =>
        refusals.RefuseAsync(actorId, AccessRefusals.Subjects.Submission, submissionId, ct);

    /// <summary>The citizen's scope (their own person), or null when the user is not a citizen with a record.</summary>
    public async Task<CitizenFiler?> CitizenAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Citizen)) return null;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var personId = await db.InsuredPersonOf(userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return personId is { } id ? new CitizenFiler(userId, id) : null;
    }

    /// <summary>The scope of the signed-in filer: the citizen's own submissions, or the employer's establishments; null otherwise.</summary>
    public async Task<SubmissionScope?> FilerScopeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (await CitizenAsync(user, ct) is { } citizen) return citizen.Scope;
        if (await EmployerAsync(user, ct) is { } employer) return employer.Scope;
        return null;
    }

    /// <summary>
    /// The employer user's memberships (establishment and role), or null when the user is not an employer. Every
    /// employer query is scoped to these; a posted or routed establishment id is only ever looked up in this list.
    /// </summary>
    public async Task<EmployerFiler?> EmployerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Employer)) return null;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var memberships = await (from m in db.EstablishmentMemberships
                                 join e in db.Establishments on m.EstablishmentId equals e.Id
                                 where m.UserId == userId
                                 orderby e.Name
                                 select new EmployerMembership(e.Id, e.Name, e.OfficeSymbol, e.EstablishmentNumber, m.Role)).ToListAsync(ct);
        return new EmployerFiler(userId, memberships);
    }
}

/// <summary>One establishment an employer user acts for, and how (employer or 社労士).</summary>
public sealed record EmployerMembership(Guid EstablishmentId, string Name, string OfficeSymbol, string EstablishmentNumber, MemberRole Role)
{
    public bool IsAttorney => Role == MemberRole.Attorney;
}

/// <summary>A signed-in employer user as a filer: their memberships decide everything they may see or file.</summary>
public sealed record EmployerFiler(string UserId, IReadOnlyList<EmployerMembership> Memberships)
{
    /// <summary>All the user's establishments (lists may span them, filtered by the chosen one).</summary>
    public SubmissionScope Scope => SubmissionScope.Establishments(Memberships.Select(m => m.EstablishmentId).ToList());
    /// <summary>One establishment's filings, or an empty scope when the user does not belong to it.</summary>
    public SubmissionScope ScopeOf(Guid establishmentId) =>
        SubmissionScope.Establishments(Memberships.Any(m => m.EstablishmentId == establishmentId) ? [establishmentId] : []);
    /// <summary>The membership for an establishment id, or null when the user does not belong to it.</summary>
    public EmployerMembership? Membership(Guid? establishmentId) => Memberships.FirstOrDefault(m => m.EstablishmentId == establishmentId);
    /// <summary>The owner of a new filing for a membership: who files and for whom (as attorney when the role says so).</summary>
    public SubmissionOwner OwnerFor(EmployerMembership membership) => SubmissionOwner.Employer(UserId, membership.EstablishmentId, membership.IsAttorney);
    public SubmissionActor Actor => SubmissionActor.Employer(UserId);
}

/// <summary>A signed-in citizen as a filer.</summary>
public sealed record CitizenFiler(string UserId, Guid InsuredPersonId)
{
    public SubmissionScope Scope => SubmissionScope.Citizen(InsuredPersonId);
    public SubmissionOwner Owner => SubmissionOwner.Citizen(UserId, InsuredPersonId);
    public SubmissionActor Actor => SubmissionActor.Citizen(UserId);
}
