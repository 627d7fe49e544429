using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Applications;

/// <summary>A citizen applies for a half exemption across two visits, then answers a correction request.</summary>
[Collection(PortalCollection.Name)]
public sealed class ExemptionJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    [Fact]
    public Task Citizen_applies_for_a_half_exemption_resumes_the_draft_submits_and_answers_a_correction() =>
        JourneyAsync("citizen-exemption", async page =>
        {
            // citizen1 is a category-1 member (self-employed) in the demo data.
            await SignInAsync(page, "citizen1@demo.example", Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.Locator("main a[href='/applications']").First.ClickAsync();
            await Expect(page.Locator("[data-testid=applications-page]")).ToBeVisibleAsync(Visible);
            await page.Locator("main a[href='/applications/exemption']").ClickAsync();

            // A new draft gets its own address, so it can be resumed.
            await Expect(page).ToHaveURLAsync(new Regex("/applications/exemption/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            var draftUrl = page.Url;
            await page.Locator("#f-type-Half").CheckAsync();
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("#f-applicant-income")).ToBeVisibleAsync(Visible);
            // Bad input: a message next to the field, the step does not move on, nothing typed is lost.
            await page.Locator("#f-applicant-income").FillAsync("100万");
            await Expect(page.Locator("#f-applicant-income-issues")).ToContainTextAsync("数字", new() { Timeout = 15_000 });
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("[data-testid=wizard-alert]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("#f-applicant-income")).ToHaveValueAsync("100万");
            await page.Locator("#f-applicant-income").FillAsync("1000000");
            await page.Locator("#f-applicant-dependantCount").FillAsync("0");
            await Expect(page.Locator("[data-testid=draft-status]")).ToContainTextAsync("下書きを保存しました", new() { Timeout = 15_000 });

            // Leave half-way, come back through the list of unfinished applications.
            await page.GotoAsync("/citizen");
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            await page.GotoAsync("/applications");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=draft-link][data-kind='citizen.exemption']").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(draftUrl, new() { Timeout = 30_000 });
            await Expect(page.Locator("#f-type-Half")).ToBeCheckedAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("#f-applicant-income")).ToHaveValueAsync("1000000");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            // Household: no spouse, the applicant is the head of household.
            await page.Locator("#f-hasSpouse-false").CheckAsync();
            await page.Locator("#f-applicantIsHouseholder-true").CheckAsync();
            await page.Locator("[data-testid=wizard-next]").ClickAsync();

            // Review: everything shown, the income check says why, the declaration is required.
            await Expect(page.Locator("[data-testid=wizard-review]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("1000000");
            await Expect(page.Locator("[data-testid=precheck-tier][data-tier=Half]")).ToHaveAttributeAsync("data-qualifies", "True");
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();
            await Expect(page.Locator("#declaration-error")).ToContainTextAsync("チェック");
            await page.Locator("#declaration").CheckAsync();
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-exemption-review"), FullPage = true });
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            var receiptNumber = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{8}-EXM-\d{7}$", receiptNumber);
            var submissionUrl = page.Url.Split('?')[0];

            // The receipt is in the inbox, with its PDF.
            await page.Locator("[data-testid=nav-inbox]").ClickAsync();
            await Expect(page.Locator("[data-testid=inbox-list]")).ToContainTextAsync(receiptNumber, new() { Timeout = 30_000 });
            await page.Locator("[data-testid=inbox-row]", new() { HasText = receiptNumber }).Locator("a").ClickAsync();
            await Expect(page.Locator("[data-testid=notice-document]")).ToBeVisibleAsync(Visible);

            // A reviewer asks for a correction.
            var reviewer = await Host.NewPageAsync();
            try
            {
                await SignInAsync(reviewer, "reviewer1@demo.example", Password);
                await ExpectTwoFactorPageAsync(reviewer);
                await reviewer.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
                await reviewer.Locator("#two-factor-submit").ClickAsync();
                await ExpectDashboardAsync(reviewer, "/reviewer", "dashboard-reviewer");
                // The reviewer console reads the back-office store: wait for the relay to deliver the submission.
                var row = reviewer.Locator($"[data-testid=review-row][data-receipt='{receiptNumber}'] a");
                for (var attempt = 0; ; attempt++)
                {
                    await reviewer.GotoAsync("/reviewer/submissions");
                    await Expect(reviewer.Locator("[data-testid=review-page]")).ToBeVisibleAsync(Visible);
                    if (await row.CountAsync() > 0 || attempt >= 30) break;
                    await Task.Delay(1000);
                }
                await row.ClickAsync();
                // On a loaded machine the detail page can still be prerendered when the button appears: a click then does
                // nothing, so wait for the circuit and click again until the reason field shows.
                await Expect(reviewer.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
                for (var attempt = 0; ; attempt++)
                {
                    await reviewer.Locator("[data-testid=review-take]").ClickAsync();
                    try
                    {
                        await Expect(reviewer.Locator("[data-testid=review-reason]")).ToBeVisibleAsync(new() { Timeout = 10_000 });
                        break;
                    }
                    catch (PlaywrightException) when (attempt < 2)
                    {
                        if (await reviewer.Locator("[data-testid=review-take]").CountAsync() == 0) throw;
                    }
                }
                await reviewer.Locator("[data-testid=review-reason]").FillAsync("前年の所得の金額をご確認ください。");
                await reviewer.Locator("#correction-fields").FillAsync("applicant.income");
                await reviewer.Locator("[data-testid=review-request-correction]").ClickAsync();
                await Expect(reviewer.Locator("[role=status]").First).ToContainTextAsync("補正を依頼しました", new() { Timeout = 30_000 });
            }
            finally
            {
                await reviewer.Context.CloseAsync();
            }

            // The citizen sees the reason (brought back by the decision feed), edits the same application and resubmits it.
            for (var attempt = 0; ; attempt++)
            {
                await page.GotoAsync(submissionUrl);
                await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
                if (await page.Locator("[data-testid=correction-reason]").CountAsync() > 0 || attempt >= 30) break;
                await Task.Delay(1000);
            }
            await Expect(page.Locator("[data-testid=correction-reason]")).ToContainTextAsync("前年の所得", new() { Timeout = 30_000 });
            await page.Locator("[data-testid=correction-edit]").ClickAsync();
            await Expect(page.Locator("[data-testid=wizard-correction]")).ToBeVisibleAsync(Visible);
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await page.Locator("#f-applicant-income").FillAsync("980000");
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await page.Locator("#declaration").CheckAsync();
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();

            // Resubmitted, or already Transmitted when the relay (1 s interval) delivered revision 2 before the page
            // rendered; the second receipt PDF below shows it is the new revision either way.
            await Expect(page.Locator("[data-testid=submission-state]")).ToHaveAttributeAsync("data-state", new Regex("^(Resubmitted|Transmitted)$"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=receipt-number]")).ToHaveTextAsync(receiptNumber);
            await Expect(page.Locator("[data-testid=receipt-pdf]")).ToHaveCountAsync(2);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("citizen-exemption-resubmitted"), FullPage = true });
        });
}
