using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Audit;

/// <summary>The audit trail as a real browser drives it: a prerendered page that then starts its circuit is one view.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuditJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    private const string Email = "citizen3@demo.example";

    private async Task<long> RecordPageViewsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, "portal.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM AuditEntries
            WHERE Action = 'record.viewed' AND Detail = 'record-page'
              AND ActorId = (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = $email)
            """;
        command.Parameters.AddWithValue("$email", Email.ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExpectRecordPageInteractiveAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/citizen/records$"), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-testid=records-eligibility]")).ToBeVisibleAsync(Visible);
        await page.WaitForTimeoutAsync(1_000); // the circuit's own initialisation of the page has run by now
    }

    [Fact]
    public Task Opening_the_record_page_is_audited_once_although_it_prerenders_and_then_starts_its_circuit() =>
        JourneyAsync("audit-record-view-once", async page =>
        {
            await SignInAsync(page, Email, Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            var before = await RecordPageViewsAsync();

            // A full page load: prerendered on the request, then initialised again by the circuit.
            await page.GotoAsync("/citizen/records");
            await ExpectRecordPageInteractiveAsync(page);
            Assert.Equal(before + 1, await RecordPageViewsAsync());

            // Navigating to it inside the circuit (no prerender) is a second view.
            await page.Locator("nav a[href='/citizen']").First.ClickAsync();
            await Expect(page.Locator("[data-testid=dashboard-citizen]")).ToBeVisibleAsync(Visible);
            await page.Locator("main a[href='/citizen/records']").ClickAsync();
            await ExpectRecordPageInteractiveAsync(page);
            Assert.Equal(before + 2, await RecordPageViewsAsync());
        });

    [Fact]
    public Task The_admin_verifies_the_chain_from_the_audit_page_and_filters_the_entries() =>
        JourneyAsync("admin-audit", async page =>
        {
            await SignInAsync(page, "admin@demo.example", Password);
            await ExpectTwoFactorPageAsync(page);
            await page.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
            await page.Locator("#two-factor-submit").ClickAsync();
            await ExpectDashboardAsync(page, "/admin", "dashboard-admin");

            await page.Locator("main a[href='/admin/audit']").ClickAsync();
            await Expect(page.Locator("[data-testid=audit-page]")).ToBeVisibleAsync(Visible);
            await page.Locator("[data-testid=audit-verify]").ClickAsync();
            await Expect(page.Locator("[data-testid=audit-verified-now]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=audit-result]")).ToHaveAttributeAsync("data-intact", "true");
            await Expect(page.Locator("[data-testid=audit-entries] tbody tr[data-action='audit.chain-verified']").First).ToBeVisibleAsync(Visible);

            await page.Locator("[data-testid=audit-filter] a", new() { HasText = "account.sign-in" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("action=account.sign-in"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=audit-entries] tbody tr").First).ToHaveAttributeAsync("data-action", "account.sign-in");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("admin-audit"), FullPage = true });
        });
}
