using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Domain.Audit;

namespace Portal.Web.Features.Audit;

/// <summary>
/// The web side of the audit trail, in one place: who the actor is (the account id claim, never an email or a name)
/// and what happens when a write fails. An action (sign-in, a change, a download) is recorded before it is reported
/// done; if the entry cannot be written the failure is logged (action and error type only) and thrown, so the user sees
/// the normal error. A view is recorded best-effort: the page still shows.
/// </summary>
public sealed class PortalAudit(IAuditTrail trail, ILogger<PortalAudit> logger)
{
    /// <summary>The account id of the signed-in user, or null.</summary>
    public static string? ActorOf(ClaimsPrincipal? user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Subject of an account: <c>account:&lt;id&gt;</c>.</summary>
    public static string? Account(string? accountId) => accountId is null ? null : $"account:{accountId}";

    /// <summary>Records an action; logs and rethrows when the entry cannot be written.</summary>
    public async Task RecordAsync(string action, AuditOutcome outcome, string? actorId, string? subject = null, string? detail = null,
        CancellationToken ct = default)
    {
        try
        {
            await trail.RecordAsync(new AuditEvent(action, outcome, actorId, subject, detail), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Audit entry {Action} not written: {ErrorType}", action, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>Records a successful action by <paramref name="user"/>.</summary>
    public Task ActedAsync(ClaimsPrincipal user, string action, string? subject, string? detail = null, CancellationToken ct = default) =>
        RecordAsync(action, AuditOutcome.Succeeded, ActorOf(user), subject, detail, ct);

    /// <summary>Records a successful action by the circuit's user.</summary>
    public async Task ActedAsync(AuthenticationStateProvider auth, string action, string? subject, string? detail = null) =>
        await ActedAsync((await auth.GetAuthenticationStateAsync()).User, action, subject, detail);

    /// <summary>Records a view best-effort (a failure is logged, the page goes on).</summary>
    public async Task ViewedAsync(ClaimsPrincipal user, string? subject, string? detail = null, CancellationToken ct = default)
    {
        try
        {
            await RecordAsync(AuditActions.RecordViewed, AuditOutcome.Succeeded, ActorOf(user), subject, detail, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged by RecordAsync.
        }
    }

    /// <summary>Records a view by the circuit's user, best-effort.</summary>
    public async Task ViewedAsync(AuthenticationStateProvider auth, string? subject, string? detail = null) =>
        await ViewedAsync((await auth.GetAuthenticationStateAsync()).User, subject, detail);

    /// <summary>A download by <paramref name="user"/>: recorded before the file is sent (no entry, no file).</summary>
    public Task DownloadedAsync(ClaimsPrincipal user, string? subject, string detail, CancellationToken ct = default) =>
        RecordAsync(AuditActions.DocumentDownloaded, AuditOutcome.Succeeded, ActorOf(user), subject, detail, ct);

    /// <summary>
    /// A sign-in attempt at the password step or the second factor. The subject is the account when the typed name
    /// matched one (<paramref name="accountId"/>), else null; the typed email is never recorded. A password accepted
    /// with a second factor still to come writes nothing (the second step does).
    /// </summary>
    public Task SignInAsync(string? accountId, SignInResult result, bool secondFactor)
    {
        if (result.RequiresTwoFactor) return Task.CompletedTask;
        var detail = result.Succeeded ? (secondFactor ? "two-factor" : "password")
            : result.IsLockedOut ? "locked-out"
            : result.IsNotAllowed ? "not-allowed"
            : accountId is null ? "unknown-account"
            : secondFactor ? "bad-2fa-code" : "bad-password";
        return RecordAsync(AuditActions.SignIn, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            result.Succeeded ? accountId : null, Account(accountId), detail);
    }
}
