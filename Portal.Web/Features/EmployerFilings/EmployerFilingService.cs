using System.Collections.Concurrent;
using System.Security.Claims;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using Portal.Infrastructure.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Infrastructure.Submissions;
using Portal.Web.Features.Submissions;

namespace Portal.Web.Features.EmployerFilings;

/// <summary>
/// The establishment each employer user last chose, remembered in memory for as long as the app runs (per user, not per
/// tab). Only ever a hint: it is looked up in the user's memberships on every use.
/// </summary>
public sealed class EstablishmentChoices
{
    private readonly ConcurrentDictionary<string, Guid> _chosen = new(StringComparer.Ordinal);
    public Guid? Get(string userId) => _chosen.TryGetValue(userId, out var id) ? id : null;
    public void Set(string userId, Guid establishmentId) => _chosen[userId] = establishmentId;
}

/// <summary>The signed-in employer and the establishment they are acting for now (always one of their memberships).</summary>
public sealed record EmployerContext(EmployerFiler Filer, EmployerMembership? Current)
{
    public bool HasEstablishment => Current is not null;
    /// <summary>The scope of the current establishment only (empty when none).</summary>
    public SubmissionScope Scope => Current is { } c ? Filer.ScopeOf(c.EstablishmentId) : SubmissionScope.Establishments([]);
}

/// <summary>Filters of the filing list.</summary>
public sealed record FilingFilter(SubmissionKind? Kind = null, SubmissionState? State = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// The employer filing use cases: establishment context, list, drafts, submit, and the CSV staging. Every query goes
/// through <see cref="SubmissionAccess.EmployerAsync"/>'s memberships; no establishment id is taken from the client
/// without that check.
/// </summary>
public sealed class EmployerFilingService(SubmissionAccess access, SubmissionStore store, EmployerFilingStager stager,
    EstablishmentChoices choices, TimeProvider clock, ILogger<EmployerFilingService> logger)
{
    /// <summary>Today in Japan.</summary>
    public DateOnly Today => JapanTime.DateOf(clock.GetUtcNow());

    /// <summary>
    /// The user's context. <paramref name="requested"/> (from the selector) is used only when the user belongs to it, and
    /// is then remembered; otherwise the remembered choice, else the first membership.
    /// </summary>
    public async Task<EmployerContext?> ContextAsync(ClaimsPrincipal user, Guid? requested = null, CancellationToken ct = default)
    {
        var filer = await access.EmployerAsync(user, ct);
        if (filer is null) return null;
        var current = filer.Membership(requested);
        // An establishment the user does not belong to is ignored (the remembered or first one is shown) and audited.
        if (requested is { } asked && current is null) await access.RefuseEstablishmentAsync(filer.UserId, asked, ct);
        if (current is not null) choices.Set(filer.UserId, current.EstablishmentId);
        current ??= filer.Membership(choices.Get(filer.UserId)) ?? filer.Memberships.FirstOrDefault();
        return new EmployerContext(filer, current);
    }

    /// <summary>The rule context for an establishment of the user's.</summary>
    public EmployerFilingContext RuleContext(EmployerMembership membership) =>
        new(Today, new EstablishmentFacts(membership.OfficeSymbol, membership.EstablishmentNumber));

    /// <summary>The current establishment's employer filings, newest first, filtered; period on the receipt date (Japan).</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(EmployerContext context, FilingFilter filter, CancellationToken ct = default)
    {
        if (!context.HasEstablishment) return [];
        var rows = await store.ListAsync(context.Scope, ct);
        return rows.Where(r => r.Kind.Audience == SubmissionAudience.Employer)
            .Where(r => filter.Kind is null || r.Kind == filter.Kind)
            .Where(r => filter.State is null || r.State == filter.State)
            .Where(r => filter.From is null || (r.ReceivedAt is { } at && JapanTime.DateOf(at) >= filter.From))
            .Where(r => filter.To is null || (r.ReceivedAt is { } at2 && JapanTime.DateOf(at2) <= filter.To))
            .ToList();
    }

    /// <summary>A filing of any of the user's establishments, or null (the refusal is audited).</summary>
    public async Task<Submission?> FindAsync(EmployerContext context, Guid id, CancellationToken ct = default)
    {
        var s = await access.FindAsync(context.Filer.UserId, context.Filer.Scope, id, ct);
        if (s is null or { Kind.Audience: SubmissionAudience.Employer }) return s;
        await access.RefuseAsync(context.Filer.UserId, id, ct);
        return null;
    }

    /// <summary>Starts a draft of <paramref name="kind"/> for the current establishment, prefilled with its reference.</summary>
    public async Task<Submission?> StartDraftAsync(EmployerContext context, SubmissionKind kind, CancellationToken ct = default)
    {
        if (context.Current is not { } m || EmployerForms.PayloadType(kind) is null) return null;
        var filing = EmployerFilingForms.NewFiling(kind, m.OfficeSymbol, m.EstablishmentNumber, Today);
        return await store.StartDraftAsync(kind, context.Filer.OwnerFor(m), context.Filer.Actor, EmployerFilingForms.Serialize(filing), ct);
    }

    public Task<RuleError?> SaveDraftAsync(EmployerContext context, Guid id, EmployerFilingBase filing, CancellationToken ct = default) =>
        store.SaveDraftAsync(id, context.Filer.Scope, EmployerFilingForms.Serialize(filing), ct);

    public Task<SubmitOutcome> SubmitAsync(EmployerContext context, Guid id, EmployerFilingBase filing, string clientRequestId, CancellationToken ct = default) =>
        store.SubmitAsync(id, context.Filer.Scope, EmployerFilingForms.Serialize(filing), clientRequestId, null, context.Filer.Actor, ct);

    public Task<RuleError?> WithdrawAsync(EmployerContext context, Guid id, CancellationToken ct = default) =>
        store.WithdrawAsync(id, context.Filer.Scope, context.Filer.Actor, ct);

    /// <summary>Files the valid rows of a CSV as ONE submission for the current establishment; nothing is saved on failure.</summary>
    public async Task<StageOutcome> FileValidRowsAsync(EmployerContext context, SubmissionKind kind, CsvImportResult result,
        string clientRequestId, CancellationToken ct = default)
    {
        if (context.Current is not { } m) return new StageOutcome(null, "EmployerFilings.Context.None", []);
        var rules = RuleContext(m);
        if (EmployerCsvImport.ToFiling(result, rules) is not { } filing || result.ValidRowCount == 0)
            return new StageOutcome(null, "EmployerFilings.Csv.NothingToFile", []);
        try
        {
            var outcome = await stager.StageAsync(kind, filing, context.Filer.OwnerFor(m), context.Filer.Actor, rules, clientRequestId, ct);
            if (outcome.Succeeded)
                logger.LogInformation("CSV filing {SubmissionId} of kind {Kind} staged with {Lines} lines", outcome.Submission!.Id, kind.Code, result.ValidRowCount);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Staging a CSV filing of kind {Kind} failed; nothing was saved", kind.Code);
            return new StageOutcome(null, "EmployerFilings.Csv.StageFailed", []);
        }
    }
}
