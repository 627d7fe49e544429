using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E.Accessibility;

/// <summary>
/// An axe scan (WCAG 2.0/2.1/2.2 A and AA rules) of every page route in Portal.Web, for anonymous visitors,
/// citizen, employer, staff, reviewer and admin, in Japanese and in English: no serious or critical violations.
/// One signed-in context per role; the language is switched with the culture cookie (read on every request, so the
/// next page load is in that language). Each page is scanned once it is what a visitor sees: the body's
/// data-render-mode says whether the page gets a circuit, and only then the test waits for it; every wait is on a
/// condition (see <see cref="SettleAsync"/>), never a fixed delay. Pages with an id in the route
/// are reached through objects the test makes through the UI (a submission, a booking, a written consultation,
/// a filing draft), shared by the tests that need them. The figures go to artifacts/e2e/axe-report.txt.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AxeScans(PortalHost host, ITestOutputHelper output) : Journeys(host, output)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string[] Languages = ["ja", "en"];
    private static readonly object ReportLock = new();
    private static bool _reportStarted;

    // Objects made once through the UI and shared by the tests (the collection runs its tests one at a time).
    private static Task<CitizenObjects>? _citizenObjects;
    // A citizen of the scans' own, registered with a demo access key (see MakeCitizenObjectsAsync).
    private const string ScanCitizen = "axe-scan@demo.example";

    private sealed record CitizenObjects(string SubmissionId, string BookingId, string WrittenId);

    [Fact]
    public Task Public_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-public", async page => await ScanAsync(page, "anonymous", _ => Task.FromResult<IReadOnlyList<string>>(ScannedPages.Public)));

    [Fact]
    public Task Citizen_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-citizen", async page =>
        {
            var made = await CitizenObjectsAsync();
            await SignInAsync(page, ScanCitizen, Password);
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");
            var notice = await FirstLinkAsync(page, "/inbox", "/inbox/");
            await ScanAsync(page, "citizen", _ => Task.FromResult<IReadOnlyList<string>>(
            [
                .. ScannedPages.Citizen,
                $"/submissions/{made.SubmissionId}", $"/consultations/{made.BookingId}", $"/consultations/{made.BookingId}/join",
                $"/consultations/written/{made.WrittenId}", .. notice is null ? Array.Empty<string>() : [notice],
            ]));
        });

    [Fact]
    public Task Employer_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-employer", async page =>
        {
            await SignInAsync(page, "employer1@demo.example", Password);
            await ExpectDashboardAsync(page, "/employer", "dashboard-employer");
            // A filing draft: the new-filing link makes one and opens its editor.
            await page.GotoAsync("/employer/filings/new");
            await InteractiveAsync(page);
            await page.Locator("[data-testid=new-acquisition]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/employer/filings/[0-9a-f-]{36}/edit$"), new() { Timeout = 30_000 });
            var filing = Regex.Match(page.Url, "/employer/filings/([0-9a-f-]{36})").Groups[1].Value;
            await ScanAsync(page, "employer", _ => Task.FromResult<IReadOnlyList<string>>(
                [.. ScannedPages.Employer, $"/employer/filings/{filing}/edit", $"/employer/filings/{filing}"]));
        });

    [Fact]
    public Task Staff_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-staff", async page =>
        {
            var made = await CitizenObjectsAsync();
            var violations = new List<Violation>();
            // The second-factor page, reached with the password, in both languages.
            foreach (var lang in Languages)
            {
                await SetCultureAsync(page, lang);
                await SignInAsync(page, "staff1@demo.example", Password);
                await ExpectTwoFactorPageAsync(page);
                violations.AddRange(await ScanPageAsync(page, lang, new Uri(page.Url).PathAndQuery));
                await page.Context.ClearCookiesAsync();
            }
            await SetCultureAsync(page, "ja");
            await SignInStaffAsync(page, "staff1@demo.example", "/staff", "dashboard-staff");
            await ScanAsync(page, "staff", _ => Task.FromResult<IReadOnlyList<string>>(
            [
                .. ScannedPages.Staff, $"/staff/consultations/bookings/{made.BookingId}/packet", $"/staff/consultations/written/{made.WrittenId}",
            ]), violations, extraPages: 2);
        });

    [Fact]
    public Task Reviewer_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-reviewer", async page =>
        {
            await CitizenObjectsAsync(); // a submission the back office may hand to the reviewer
            await SignInStaffAsync(page, "reviewer1@demo.example", "/reviewer", "dashboard-reviewer");
            var item = await FirstLinkAsync(page, "/reviewer/submissions", "/reviewer/submissions/");
            await ScanAsync(page, "reviewer", _ => Task.FromResult<IReadOnlyList<string>>(
                [.. ScannedPages.Reviewer, .. item is null ? Array.Empty<string>() : [item]]));
        });

    [Fact]
    public Task Admin_pages_have_no_serious_axe_violations() =>
        JourneyAsync("axe-admin", async page =>
        {
            await SignInStaffAsync(page, "admin@demo.example", "/admin", "dashboard-admin");
            await ScanAsync(page, "admin", _ => Task.FromResult<IReadOnlyList<string>>(ScannedPages.Admin));
        });

    private sealed record Violation(string Lang, string Page, string Rule, string Impact, string Target, string Help, string Html = "");

    private async Task ScanAsync(IPage page, string role, Func<IPage, Task<IReadOnlyList<string>>> routes,
        List<Violation>? violations = null, int extraPages = 0)
    {
        violations ??= [];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var list = await routes(page);
        var scanned = extraPages;
        foreach (var lang in Languages)
        {
            await SetCultureAsync(page, lang);
            foreach (var route in list)
            {
                violations.AddRange(await ScanPageAsync(page, lang, route));
                scanned++;
            }
        }

        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = new StringBuilder();
        report.AppendLine($"## {role}: {scanned} pages scanned ({list.Count + extraPages / 2} routes × {Languages.Length} languages), "
            + $"{violations.Count} violations ({serious.Count} serious or critical), {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var g in violations.GroupBy(v => (v.Rule, v.Impact)).OrderBy(g => g.Key.Rule))
            report.AppendLine($"  {g.Key.Rule} ({g.Key.Impact}): {g.Count()}");
        foreach (var v in violations)
            report.AppendLine($"  [{v.Lang}] {v.Page} {v.Rule} ({v.Impact}) {v.Target} — {v.Help}\n      {v.Html}");
        WriteReport(report.ToString());
        await File.AppendAllTextAsync(Path.Combine(Host.ArtifactsDir, "timings.txt"),
            $"{DateTimeOffset.Now:O} axe scan {role}: {scanned} pages, {clock.Elapsed.TotalSeconds:0.0} s{Environment.NewLine}");
        output.WriteLine(report.ToString());
        Assert.True(serious.Count == 0, $"serious or critical axe violations for {role}:\n" +
            string.Join('\n', serious.Select(v => $"  {v.Rule} ({v.Impact}) on [{v.Lang}] {v.Page}: {v.Target}")));
    }

    private async Task<List<Violation>> ScanPageAsync(IPage page, string lang, string route)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (new Uri(page.Url).PathAndQuery != route) await page.GotoAsync(route);
        var mode = await SettleAsync(page);
        var settled = clock.Elapsed;
        // axe.run in the page itself ("legacy" mode). The default RunAxe runs axe.runPartial in every frame and then
        // axe.finishRun in a fresh blank page (a new browser context per scan), which is there for cross-origin iframes;
        // the portal has no iframes, and that extra page cost about a third of each scan (136 of them).
#pragma warning disable CS0618 // RunAxeLegacy is marked as going away; if it does, run axe.run through page.EvaluateAsync
        var result = await page.RunAxeLegacy(null, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            // Only violations come back: the passes (every node of every rule) are most of the result's size.
            ResultTypes = [ResultType.Violations],
        });
#pragma warning restore CS0618
        var found = new List<Violation>();
        var path = new Uri(page.Url).PathAndQuery;
        foreach (var item in result.Violations)
            foreach (var node in item.Nodes)
                found.Add(new Violation(lang, path, item.Id, item.Impact ?? "?", node.Target?.ToString() ?? "?", item.Help,
                    Truncate(node.Html, 300) + Details(node)));
        output.WriteLine($"  [{lang}] {path} ({mode}): settled {settled.TotalMilliseconds:0} ms, scanned {clock.Elapsed.TotalMilliseconds:0} ms, {found.Count} violations");
        return found;
    }

    /// <summary>What axe says failed on a node, with the elements it points at (e.g. the focusable element inside aria-hidden).</summary>
    private static string Details(AxeResultNode node) =>
        string.Concat(new[] { node.Any, node.All, node.None }.Where(c => c is not null).SelectMany(c => c!)
            .Select(c => $"\n        {c.Id}: {c.Message}" + string.Concat((c.RelatedNodes ?? []).Take(5)
                .Select(r => $"\n          {Truncate(r.Html, 300)}"))));

    private static string Truncate(string? s, int n) => s is null ? "" : s.Length <= n ? s : s[..n] + "…";

    /// <summary>
    /// Waits until the page is what a visitor sees: on interactive pages (the layout's body says so) the circuit is up;
    /// server-rendered pages are complete when loaded. Then the heading is there, loading placeholders have given way
    /// and Radzen charts have drawn. Every wait is on a condition; none runs out on a page that is ready.
    /// </summary>
    private static async Task<string> SettleAsync(IPage page)
    {
        var mode = await page.Locator("body").GetAttributeAsync("data-render-mode") ?? "?";
        if (mode == "interactive") await InteractiveAsync(page);
        await Expect(page.Locator("h1").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.WaitForFunctionAsync(
            """
            () => ![...document.querySelectorAll('main [role=status]')].some(e => /読み込み|Loading/.test(e.textContent))
               && [...document.querySelectorAll('.rz-chart')].every(c => c.querySelector('svg'))
            """, null, new() { Timeout = 15_000, PollingInterval = 50 });
        return mode;
    }

    private async Task SetCultureAsync(IPage page, string lang) =>
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={lang}|uic={lang}"), Url = Host.BaseUrl.ToString() },
        ]);

    private async Task SignInStaffAsync(IPage page, string email, string route, string testId)
    {
        await SignInAsync(page, email, Password);
        await ExpectTwoFactorPageAsync(page);
        await page.Locator("#two-factor-code").FillAsync(Totp.Compute(TotpSecret));
        await page.Locator("#two-factor-submit").ClickAsync();
        await ExpectDashboardAsync(page, route, testId);
    }

    private static async Task<string?> FirstLinkAsync(IPage page, string listRoute, string prefix)
    {
        await page.GotoAsync(listRoute);
        await InteractiveAsync(page);
        var link = page.Locator($"main a[href^='{prefix}']").First;
        try { await link.WaitForAsync(new() { Timeout = 10_000 }); }
        catch (PlaywrightException) { return null; }
        var href = await link.GetAttributeAsync("href");
        return href is null ? null : new Uri(new Uri("http://x"), href).PathAndQuery;
    }

    private static async Task InteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !!window.Blazor", null, new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }

    private void WriteReport(string section)
    {
        var path = Path.Combine(Host.ArtifactsDir, "axe-report.txt");
        lock (ReportLock)
        {
            if (!_reportStarted)
            {
                File.WriteAllText(path, $"# axe scan {DateTimeOffset.Now:O}; tags {string.Join(", ", Tags)}; fails on serious or critical\n");
                _reportStarted = true;
            }
            File.AppendAllText(path, section);
        }
    }

    /// <summary>The pension number and access key of a valid demo key, from the demo sheet the app writes in Development.</summary>
    private (string PensionNumber, string AccessKey) DemoAccessKey(string labelPart)
    {
        var sheet = Path.Combine(Host.DataDirectory, "demo-logins.txt");
        var line = File.ReadLines(sheet).FirstOrDefault(l => l.Contains(" Valid ") && l.Contains(labelPart))
            ?? throw new InvalidOperationException($"no valid demo access key for '{labelPart}' in {sheet}");
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1]);
    }

    private Task<CitizenObjects> CitizenObjectsAsync() => _citizenObjects ??= MakeCitizenObjectsAsync();

    /// <summary>
    /// A citizen of the scans' own registers with the demo access key of the self-employed person (category 1, so a card
    /// payment set-up is open to them; the key and pension number are on the demo sheet in the app's data folder) and
    /// makes a submission (card payment set-up), a booking at OF01 (records, the first in-person time) and a written
    /// consultation to OF01. Not a demo login: the other journeys run in the same app, and with citizen1 these objects met
    /// them ("another booking at the same time" in the booking journey, a payment set-up already made in the payment one).
    /// </summary>
    private async Task<CitizenObjects> MakeCitizenObjectsAsync()
    {
        var page = await Host.NewPageAsync();
        try
        {
            var (pensionNumber, accessKey) = DemoAccessKey("self-employed");
            await page.GotoAsync("/Account/Register");
            await page.Locator("#register-pension-number").FillAsync(pensionNumber);
            await page.Locator("#register-access-key").FillAsync(accessKey);
            await page.Locator("#register-email").FillAsync(ScanCitizen);
            await page.Locator("#register-password").FillAsync(Password);
            await page.Locator("#register-confirm-password").FillAsync(Password);
            await page.Locator("#register-submit").ClickAsync();
            await ExpectDashboardAsync(page, "/citizen", "dashboard-citizen");

            await page.GotoAsync("/applications/payment-setup");
            await Expect(page).ToHaveURLAsync(new Regex("/applications/payment-setup/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            await InteractiveAsync(page);
            await page.Locator("#f-method-CreditCard").CheckAsync();
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await page.Locator("#f-card-number").FillAsync("4111 1111 1111 1111");
            await page.Locator("#f-card-expiry").FillAsync($"{DateTime.UtcNow.Year + 3}-12");
            await Expect(page.Locator("[data-testid=card-kept]")).ToContainTextAsync("1111", new() { Timeout = 15_000 });
            await page.Locator("[data-testid=wizard-next]").ClickAsync();
            await Expect(page.Locator("[data-testid=wizard-review]")).ToBeVisibleAsync(Visible);
            await page.Locator("#declaration").CheckAsync();
            await page.Locator("[data-testid=wizard-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}\\?received=1$"), new() { Timeout = 30_000 });
            var submission = Regex.Match(page.Url, "/submissions/([0-9a-f-]{36})").Groups[1].Value;

            await page.GotoAsync("/consultations/book");
            await InteractiveAsync(page);
            await page.Locator("#office-prefecture").SelectOptionAsync("東京都");
            await page.Locator("#office-city").SelectOptionAsync("千代田区");
            await page.Locator("[data-testid=office-search-area]").ClickAsync();
            await page.Locator("[data-testid=office-result][data-code=OF01] [data-testid=office-choose]").ClickAsync();
            await page.Locator("#topic-Records").CheckAsync();
            await page.Locator("#mode-InPerson").CheckAsync();
            await page.Locator("[data-testid=step-next]").ClickAsync();
            await page.Locator("[data-testid=slot-time]").First.ClickAsync();
            await page.Locator("[data-testid=step-next]").ClickAsync();
            await Expect(page.Locator("#attendee-self")).ToBeCheckedAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=step-next]").ClickAsync();
            await page.Locator("[data-testid=book-submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/consultations/[0-9a-f-]{36}\\?booked=1$"), new() { Timeout = 30_000 });
            var booking = Regex.Match(page.Url, "/consultations/([0-9a-f-]{36})").Groups[1].Value;

            await page.GotoAsync("/consultations/written");
            await InteractiveAsync(page);
            await page.Locator("input[name=eligibility]").First.CheckAsync();
            var office = await page.Locator("#written-office option").EvaluateAllAsync<string>(
                "os => (os.find(o => o.textContent.includes('千代田')) || os[1]).value");
            await page.Locator("#written-office").SelectOptionAsync(office);
            await page.Locator("#written-subject").FillAsync("年金記録について");
            await page.Locator("#written-body").FillAsync("記録の見方を教えてください。");
            await page.Locator("[data-testid=written-start]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/consultations/written/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
            var written = Regex.Match(page.Url, "/consultations/written/([0-9a-f-]{36})").Groups[1].Value;
            return new CitizenObjects(submission, booking, written);
        }
        catch
        {
            try { await page.ScreenshotAsync(new() { Path = Host.ScreenshotPath("axe-citizen-objects-FAILED"), FullPage = true }); } catch { }
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
