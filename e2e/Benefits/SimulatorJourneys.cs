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

    [Fact]
    public Task Citizen_answers_the_guided_questions_and_adds_a_period_in_the_detailed_depth() =>
        JourneyAsync("citizen-simulator-depths", async page =>
        {
            await SignInAsync(page, "citizen2@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.GotoAsync(Host.BaseUrl + "citizen/simulator");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=simulator-result]")).ToBeVisibleAsync(Visible);

            // Guided: keyboard reaches the depth links; the answers give an estimate that states them.
            await page.Locator("#depth-guided").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.Locator("[data-testid=simulator-guided]")).ToBeVisibleAsync(Visible);
            await page.Locator("#guided-work").SelectOptionAsync("employee");
            await page.Locator("#guided-until").FillAsync("65");
            await page.Locator("#guided-pay").FillAsync("320000");
            await page.Locator("#guided-start-years").SelectOptionAsync("67");
            await page.Locator("#guided-calculate").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("67歳0か月", new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=simulator-assumptions]")).ToContainTextAsync("320,000円");

            // Detailed: a bad month is shown next to its field; a second period is added and estimated.
            await page.Locator("#depth-detailed").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-detailed]")).ToBeVisibleAsync(Visible);
            await page.Locator("#period-add").ClickAsync();
            await page.Locator("#period-2-kind").SelectOptionAsync("self");
            await page.Locator("#detailed-calculate").ClickAsync();
            await Expect(page.Locator("#period-2-to-error")).ToContainTextAsync("入力してください", new() { Timeout = 30_000 });
            var from = await page.Locator("#period-2-from").InputValueAsync();
            await page.Locator("#period-2-to").FillAsync(from);
            await page.Locator("#detailed-start-years").SelectOptionAsync("66");
            await page.Locator("#detailed-start-months").SelectOptionAsync("6");
            await page.Locator("#detailed-calculate").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("66歳6か月", new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-simulator-depths"), FullPage = true });
        });

    [Fact]
    public Task Visitor_uses_the_public_simulator_without_signing_in() =>
        JourneyAsync("public-simulator", async page =>
        {
            await page.GotoAsync(Host.BaseUrl.ToString());
            await page.Locator("#home-public-simulator").ClickAsync();
            await Expect(page.Locator("[data-testid=public-simulator-page]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await page.Locator("#public-birth").FillAsync("1980-04-10");
            await page.Locator("#public-paid").FillAsync("400");
            await page.Locator("#public-calculate").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-result]")).ToContainTextAsync("65歳0か月", new() { Timeout = 30_000 });

            await page.Locator("#public-declare-mutual-aid").CheckAsync();
            await page.Locator("#public-calculate").ClickAsync();
            await Expect(page.Locator("[data-testid=simulator-not-supported]")).ToContainTextAsync("MUTUAL_AID", new() { Timeout = 30_000 });
            await Expect(page.Locator("#not-supported-book")).ToHaveAttributeAsync("href", "/consultations/book");
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("public-simulator"), FullPage = true });
        });

    private static decimal AnnualTotal(string text) =>
        decimal.Parse(Regex.Match(text, @"年額 ([\d,]+)円").Groups[1].Value.Replace(",", ""));
}
