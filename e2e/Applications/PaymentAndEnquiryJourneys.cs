using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Applications;

/// <summary>Card payment set-up (the number is typed, only brand and last 4 are kept) and a record enquiry from the record page.</summary>
[Collection(PortalCollection.Name)]
public sealed class PaymentAndEnquiryJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_sets_up_card_payment_and_the_number_is_not_kept() =>
        JourneyAsync("citizen-payment-card", async page =>
        {
            await SignInAsync(page, "citizen1@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.GotoAsync("/applications/payment-setup");
            await Expect(page).ToHaveURLAsync(new Regex("/applications/payment-setup/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            var draftUrl = page.Url;
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });

            await page.Locator("#f-method-CreditCard").CheckAsync();
            await Expect(page.Locator("#f-earlyDebit")).ToHaveCountAsync(0);
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            // A wrong check digit is shown next to the field; the right number keeps only brand and last 4.
            await page.Locator("#f-card-number").FillAsync("4111 1111 1111 1112");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("#f-card-number-issues")).ToContainTextAsync("カード番号", new() { Timeout = 15_000 });
            await page.Locator("#f-card-number").FillAsync("4111 1111 1111 1111");
            await page.Locator("#f-card-expiry").FillAsync($"{DateTime.UtcNow.Year + 3}-12");
            await Expect(page.Locator("[data-testid=card-kept]")).ToContainTextAsync("1111", new() { Timeout = 15_000 });
            await Expect(page.Locator("[data-testid=draft-status]")).ToContainTextAsync("下書きを保存しました", new() { Timeout = 15_000 });

            // Reloading resumes the draft: the card is known by brand and last 4; the number field is empty.
            await page.GotoAsync(draftUrl);
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("[data-testid=card-kept]")).ToContainTextAsync("1111", new() { Timeout = 30_000 });
            await Expect(page.Locator("#f-card-number")).ToHaveValueAsync("");
            Assert.DoesNotContain("4111111111111111", await page.ContentAsync());
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            await Expect(page.Locator("[data-testid=wizard-review]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("1111");
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("Visa");
            await page.Locator("#declaration").CheckAsync();
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            Assert.Matches(@"^\d{8}-PAY-\d{7}$", (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim());
            Assert.DoesNotContain("4111111111111111", await page.ContentAsync());
        });

    [Fact]
    public Task Citizen_reports_a_month_from_the_record_page() =>
        JourneyAsync("citizen-record-enquiry", async page =>
        {
            await SignInAsync(page, "citizen1@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.GotoAsync("/citizen/records");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            var link = page.Locator("[data-testid=record-enquiry-link]").First;
            var href = await link.GetAttributeAsync("href");
            var month = Regex.Match(href!, @"month=(\d{4}-\d{2})").Groups[1].Value;
            await link.ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/applications/record-enquiry/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("#f-months-from")).ToHaveValueAsync(month, new() { Timeout = 30_000 });
            await page.Locator("#f-believedStatus").SelectOptionAsync("EmployeesPension");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("#f-employerName-issues")).ToContainTextAsync("勤めていた", new() { Timeout = 15_000 });
            await page.Locator("#f-employerName").FillAsync("株式会社サクラ商事");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            await page.Locator("#f-description").FillAsync("この期間は会社員として勤めていましたが、記録に反映されていません。");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("#f-contact-Inbox")).ToBeCheckedAsync(new() { Timeout = 30_000 });
            await page.Locator("#f-contact-Phone").CheckAsync();
            await page.Locator("#f-phone").FillAsync("03-1234-5678");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            await Expect(page.Locator("[data-testid=wizard-review]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("厚生年金");
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("電話");
            await page.Locator("#declaration").CheckAsync();
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-record-enquiry-review"), FullPage = true });
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            Assert.Matches(@"^\d{8}-ENQ-\d{7}$", (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim());
        });
}
