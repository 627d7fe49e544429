using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Portal.Domain.Audit;

namespace Portal.Web.Features.Audit;

/// <summary>
/// Audits what a page load does exactly once. A prerendered interactive page runs its initialisation twice: once on the
/// HTTP request (the HTML already holds the data, so that is a view) and again when the circuit starts. The first run
/// records the entry and leaves a marker in the page's persisted component state; the second run finds the marker and
/// records nothing. A page reached by navigation inside the circuit (no prerender) records on its only run, and so does
/// a request that never starts a circuit. Scoped: one per request or circuit.
/// </summary>
public sealed class PageAudit(PortalAudit audit, PersistentComponentState? state = null) : IDisposable
{
    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);
    private PersistingComponentStateSubscription? _subscription;

    /// <summary>Records a view of <paramref name="subject"/> by <paramref name="user"/> once per page load, best-effort.</summary>
    public Task ViewedAsync(ClaimsPrincipal user, string subject, string detail) =>
        OnceAsync($"{AuditActions.RecordViewed}|{subject}|{detail}", () => audit.ViewedAsync(user, subject, detail));

    /// <summary>Runs <paramref name="record"/> unless the prerender of this page load already did (same <paramref name="key"/>).</summary>
    public async Task OnceAsync(string key, Func<Task> record)
    {
        var stateKey = "audit:" + key;
        if (state is not null && state.TryTakeFromJson<bool>(stateKey, out var done) && done) return;
        await record();
        if (state is null || !_recorded.Add(stateKey)) return;
        try
        {
            _subscription ??= state.RegisterOnPersisting(() =>
            {
                foreach (var k in _recorded) state.PersistAsJson(k, true);
                return Task.CompletedTask;
            }, RenderMode.InteractiveServer);
        }
        catch (InvalidOperationException)
        {
            // Outside a component render (an endpoint, a background call) there is nothing to persist to.
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
