using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Audit;
using Portal.Domain.Operations;
using Portal.Domain.Submissions;
using Portal.E2E.Infrastructure;
using Portal.Infrastructure.Operations;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

/// <summary>Every switch change is audited with who did it; only administrators reach /admin/operations, which lists the switches.</summary>
public sealed class KillSwitchAuditAndAdminPage(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    private KillSwitchStore Switches => factory.Services.GetRequiredService<KillSwitchStore>();

    private async Task<PortalDbContext> DbAsync() =>
        await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<FormClient> SignInAsync(string email)
    {
        var client = factory.CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Demo#Pension2026" });
        if (done.Location?.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) == true)
            done = await client.SubmitAsync(await client.GetAsync(done.Location), "two-factor-submit",
                new() { ["two-factor-code"] = Totp.Compute(TotpSecret) });
        Assert.True(done.IsRedirect && done.Location?.StartsWith("/Account", StringComparison.Ordinal) == false,
            $"{email} did not sign in ({done.Status} {done.Location})");
        return client;
    }

    [Fact]
    public async Task Every_switch_change_writes_an_audit_entry_with_the_action_the_actor_and_the_switch()
    {
        await using var db = await DbAsync();
        var before = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;

        await Switches.SetAsync(KillSwitchNames.ReadOnly, true, "drill", "admin-actor-1");
        await Switches.SetAsync(KillSwitchNames.ReadOnly, false, "drill over", "admin-actor-2");

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before && e.Action == AuditActions.KillSwitchChanged)
            .OrderBy(e => e.Sequence).ToListAsync();
        Assert.Collection(entries,
            on => { Assert.Equal("admin-actor-1", on.ActorId); Assert.Equal("kill-switch:read-only", on.Subject); Assert.Equal("on", on.Detail); },
            off => { Assert.Equal("admin-actor-2", off.ActorId); Assert.Equal("kill-switch:read-only", off.Subject); Assert.Equal("off", off.Detail); });
        Assert.All(entries, e => Assert.Equal(AuditOutcome.Succeeded, e.Outcome));
    }

    [Fact]
    public async Task An_unknown_switch_or_a_change_without_reason_is_refused_and_not_recorded()
    {
        await using var db = await DbAsync();
        var before = await db.AuditEntries.CountAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Switches.SetAsync("downloads", true, "no such switch", "admin-actor"));
        await Assert.ThrowsAsync<ArgumentException>(() => Switches.SetAsync(KillSwitchNames.ReadOnly, true, "  ", "admin-actor"));

        Assert.Equal(before, await db.AuditEntries.CountAsync());
        Assert.False((await Switches.CurrentAsync()).ReadOnly);
    }

    [Fact]
    public async Task The_admin_page_lists_every_switch_with_its_state_and_reason()
    {
        var kind = SubmissionKind.StudentDeferral;
        await Switches.SetAsync(KillSwitchNames.For(kind), true, "broken validation rule", "admin-actor");
        using var admin = await SignInAsync("admin@demo.example");

        var page = await admin.GetAsync("/admin/operations");
        await Switches.SetAsync(KillSwitchNames.For(kind), false, "fixed", "admin-actor");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("[data-testid=kill-switches] tbody tr");
        Assert.Equal(new[] { KillSwitchNames.ReadOnly }.Concat(SubmissionKind.All.Select(KillSwitchNames.For)),
            rows.Select(r => r.GetAttribute("data-switch")));
        var row = rows.Single(r => r.GetAttribute("data-switch") == KillSwitchNames.For(kind));
        Assert.Equal("true", row.GetAttribute("data-on"));
        Assert.Contains("broken validation rule", row.TextContent);
        Assert.Equal("false", rows.Single(r => r.GetAttribute("data-switch") == KillSwitchNames.ReadOnly).GetAttribute("data-on"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("citizen1@demo.example")]
    [InlineData("employer1@demo.example")]
    [InlineData("staff1@demo.example")]
    [InlineData("reviewer1@demo.example")]
    public async Task Nobody_but_an_administrator_reaches_the_operations_page(string? email)
    {
        using var client = email is null ? factory.CreateFormClient() : await SignInAsync(email);

        var page = await client.GetAsync("/admin/operations");

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.False(page.Has("[data-testid=kill-switches]"));
        if (email is null) Assert.Contains("/Account/Login", page.Location);
    }
}
