using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Benefits;

/// <summary>A citizen estimates their pension.</summary>
[Collection(PortalCollection.Name)]
public sealed class SimulatorJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_changes_the_start_age_and_the_estimate_follows() =>
        JourneyAsync("citizen-simulator", async page =>
        {
            await SignInAsync(page, "citizen3@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.Locator("main a[href='/citizen/simulator']").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("65歳0か月", new() { Timeout = 30_000 });
            var at65 = AnnualTotal(await page.Locator(".simulator-total").InnerTextAsync());

            await page.Locator("#start-years").SelectOptionAsync("70");
            await page.Locator("#simulator-calculate").ClickAsync();

            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("70歳0か月", new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("1.420");
            var at70 = AnnualTotal(await page.Locator(".simulator-total").InnerTextAsync());
            // Every component is rounded to the yen on its own, so the ratio is 1.42 to within a few yen.
            Assert.InRange(at70 - at65 * 1.42m, -5m, 5m);
            await Expect(page.Locator("[data-testid=simulator-break-even]")).ToContainTextAsync("歳");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-simulator"), FullPage = true });
        });

    private static decimal AnnualTotal(string text) =>
        decimal.Parse(Regex.Match(text, @"年額 ([\d,]+)円").Groups[1].Value.Replace(",", ""));
}
