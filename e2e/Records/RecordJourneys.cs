using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Records;

/// <summary>A citizen reads their own record.</summary>
[Collection(PortalCollection.Name)]
public sealed class RecordJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_opens_the_month_by_month_record_from_the_dashboard() =>
        JourneyAsync("citizen-records", async page =>
        {
            await SignInAsync(page, "citizen2@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");

            await page.Locator("main a[href='/citizen/records']").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/citizen/records$"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=records-month-grid]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=records-eligibility]")).ToContainTextAsync("120");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-records"), FullPage = true });
        });
}
