using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.EmployerFilings;

/// <summary>
/// A demo employer files a 資格取得届 by form and a 算定基礎届 by CSV with one bad row: sees the error for that row,
/// files the valid rows, and finds both filings in the status list.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EmployerFilingJourneys(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    private static DateOnly TodayInJapan => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    [Fact]
    public Task Employer_files_an_acquisition_by_form_and_an_annual_base_report_by_csv_and_finds_both() =>
        JourneyAsync("employer-filings", async page =>
        {
            await SignInAsync(page, "employer1@demo.example", Password);
            await ExpectDashboardAsync(page, "/employer", "dashboard-employer");

            // 資格取得届 by form: one employee line, the grade computed by the domain, review, declaration, submit.
            await page.Locator("main a[href='/employer/filings/new']").First.ClickAsync();
            await Expect(page.Locator("[data-testid=new-filing-title]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=new-acquisition]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/employer/filings/[0-9a-f-]{36}/edit$"), new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("#f-lines-0-name")).ToBeVisibleAsync(Visible);
            await page.Locator("#f-lines-0-name").FillAsync("年金 太郎");
            await page.Locator("#f-lines-0-nameKana").FillAsync("ネンキン タロウ");
            await page.Locator("#f-lines-0-birthDate").FillAsync("1990-04-15");
            await page.Locator("#f-lines-0-myNumber").FillAsync("123456789018");
            await page.Locator("#f-lines-0-sex").SelectOptionAsync("Male");
            await page.Locator("#f-lines-0-acquisitionDate").FillAsync(TodayInJapan.AddDays(-1).ToString("yyyy-MM-dd"));
            await page.Locator("#f-lines-0-monthlyPayCash").FillAsync("300000");
            await Expect(page.Locator("[data-testid=line-computed] [data-result='EmployerFilings.Result.StandardMonthlyPay']"))
                .ToContainTextAsync("300,000", new() { Timeout = 15_000 });
            await Expect(page.Locator("[data-testid=draft-status]")).ToContainTextAsync("下書きを保存しました", new() { Timeout = 15_000 });
            await page.Locator("[data-testid=editor-review]").ClickAsync();
            await Expect(page.Locator("[data-testid=editor-review-page]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=review-data]")).ToContainTextAsync("年金 太郎");
            await Expect(page.Locator("[data-testid=review-data]")).Not.ToContainTextAsync("123456789018");
            await page.Locator("#declaration").CheckAsync();
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("employer-acquisition-review"), FullPage = true });
            await page.Locator("[data-testid=editor-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/employer/filings/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            var acquisitionReceipt = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{8}-ACQ-\d{7}$", acquisitionReceipt);

            // 算定基礎届 by CSV: row 4 (the second employee) has 45 paid days in April.
            await page.GotoAsync("/employer/filings/csv?kind=annual-base-report");
            await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("#csv-kind")).ToHaveValueAsync("annual-base-report");
            await page.Locator("#csv-file").SetInputFilesAsync(new FilePayload
            {
                Name = "annual-base-report.csv", MimeType = "text/csv", Buffer = AnnualBaseCsv(badRow: 2),
            });
            await Expect(page.Locator("[data-testid=csv-result]")).ToBeVisibleAsync(Visible);
            await Expect(page.Locator("[data-testid=csv-result]")).ToHaveAttributeAsync("data-valid", "2");
            var issues = page.Locator("[data-testid=csv-issues]");
            await Expect(issues).ToContainTextAsync("4月支払基礎日数");
            // Row 4 of the spreadsheet (file record, headers, then the employees): the second employee.
            await Expect(issues.Locator("tr", new() { HasText = "paid_days_range" }).Locator("td").First).ToHaveTextAsync("4");
            await Expect(page.Locator("[data-testid=csv-error-report]")).ToHaveAttributeAsync("href", new Regex("^data:text/csv"));
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("employer-csv-issues"), FullPage = true });
            await page.Locator("[data-testid=csv-file-valid]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/employer/filings/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            var csvReceipt = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{8}-ABR-\d{7}$", csvReceipt);
            await Expect(page.Locator("[data-testid=received-data]")).ToContainTextAsync("保険 三郎");
            await Expect(page.Locator("[data-testid=received-data]")).Not.ToContainTextAsync("厚生 花子");

            // Both in the status list.
            await page.GotoAsync("/employer/filings");
            await Expect(page.Locator("[data-testid=filings-table]")).ToContainTextAsync(acquisitionReceipt, new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=filings-table]")).ToContainTextAsync(csvReceipt);
            await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("employer-filings-list"), FullPage = true });
        });

    private static byte[] AnnualBaseCsv(int badRow)
    {
        var today = TodayInJapan;
        var year = today.Month >= 6 ? today.Year : today.Year - 1;
        var text = new StringBuilder();
        text.Append($"ABR,12-サクラ,10245,{today:yyyy-MM-dd},001\r\n");
        text.Append("被保険者整理番号,氏名,生年月日,個人番号,基礎年金番号,従前の標準報酬月額,資格取得年月日,月額変更予定月,短時間労働者,4月報酬月額,4月支払基礎日数,5月報酬月額,5月支払基礎日数,6月報酬月額,6月支払基礎日数,70歳以上被用者,備考\r\n");
        string[] names = ["年金 一郎", "厚生 花子", "保険 三郎"];
        for (var i = 1; i <= names.Length; i++)
            text.Append($"{i},{names[i - 1]},1980-04-01,,,300000,{year - 5}-04-01,,0,310000,{(i == badRow ? 45 : 30)},305000,31,320000,30,0,\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
