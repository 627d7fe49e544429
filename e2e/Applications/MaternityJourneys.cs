using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Applications;

/// <summary>A category-1 member files the maternity exemption: the exempt months follow the due date as it is typed.</summary>
[Collection(PortalCollection.Name)]
public sealed class MaternityJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_files_a_maternity_exemption_sees_the_months_and_gets_a_receipt() =>
        JourneyAsync("citizen-maternity", async page =>
        {
            // Due in two months (Japan date): the filing is open (from 6 months before) and covers 4 months.
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
            var due = today.AddMonths(2);
            var firstMonth = due.AddMonths(-1);

            await SignInAsync(page, "citizen1@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.GotoAsync("/applications");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await page.Locator("main a[href='/applications/maternity-exemption']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/applications/maternity-exemption/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });

            await Expect(page.Locator("[data-testid=maternity-months]")).ToHaveAttributeAsync("data-count", "0", new() { Timeout = 30_000 });
            await page.Locator("#f-dueDate").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(page.Locator("[data-testid=maternity-months]")).ToHaveAttributeAsync("data-count", "4", new() { Timeout = 15_000 });
            await Expect(page.Locator("[data-testid=maternity-months]")).ToContainTextAsync($"{firstMonth.Year}年{firstMonth.Month}月");
            await Expect(page.Locator("#f-multipleBirth-false")).ToBeCheckedAsync();
            // Twins: 6 months, shown at once.
            await page.Locator("#f-multipleBirth-true").CheckAsync();
            await Expect(page.Locator("[data-testid=maternity-months]")).ToHaveAttributeAsync("data-count", "6", new() { Timeout = 15_000 });
            await page.Locator("#f-multipleBirth-false").CheckAsync();
            await Expect(page.Locator("[data-testid=maternity-months]")).ToHaveAttributeAsync("data-count", "4", new() { Timeout = 15_000 });
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            await Expect(page.Locator("[data-testid=wizard-review]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(page.Locator("[data-testid=wizard-review] [data-testid=maternity-months]")).ToHaveAttributeAsync("data-count", "4");
            await page.Locator("#declaration").CheckAsync();
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-maternity-review"), FullPage = true });
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            var receiptNumber = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{8}-MAT-\d{7}$", receiptNumber);
        });
}
