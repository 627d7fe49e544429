using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;
using Portal.Domain.Notices;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Records;

/// <summary>The electronic annual statement (ねんきん定期便) at /citizen/statement, with the paper opt-out and its PDF.</summary>
public sealed class StatementPageForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private Task<FormClient> SignedInAsync(string email) =>
        factory.SignedInAsync(email);

    [Fact]
    public async Task ShowsThePensionEarnedSoFarUnder50AndAProjectionWithDeferralFrom50()
    {
        // citizen1 was born in 1981 (45 in 2026), citizen3 in 1968 (58): see DemoDataPlan.
        using var young = await SignedInAsync("citizen1@demo.example");
        using var older = await SignedInAsync("citizen3@demo.example");

        var under50 = await young.GetAsync("/citizen/statement");
        var over50 = await older.GetAsync("/citizen/statement");

        Assert.Equal(HttpStatusCode.OK, under50.Status);
        var a = under50.Document.QuerySelector("[data-testid=statement-amounts]")!;
        var b = over50.Document.QuerySelector("[data-testid=statement-amounts]")!;
        Assert.Equal("Under50", a.GetAttribute("data-band"));
        Assert.Equal("FiftyAndOver", b.GetAttribute("data-band"));
        Assert.Contains("これまでの加入実績に応じた年金額", a.QuerySelector("h2")!.TextContent);
        Assert.Contains("60歳まで加入を続けた場合の年金見込額", b.QuerySelector("h2")!.TextContent);
        Assert.DoesNotContain("70歳まで繰り下げた場合", a.TextContent);
        Assert.Contains("70歳まで繰り下げた場合", b.TextContent);
        Assert.Contains("42", b.TextContent);
        Assert.Equal(13, under50.Document.QuerySelectorAll("[data-testid=statement-recent] tbody tr").Length);
        Assert.DoesNotContain("{0}", under50.Html);
        Assert.DoesNotContain("{0}", over50.Html);
    }

    [Fact]
    public async Task SavesThePaperOptOutAndShowsItAfterReload()
    {
        using var client = await SignedInAsync("citizen2@demo.example");
        var page = await client.GetAsync("/citizen/statement");
        Assert.Equal("false", page.Document.QuerySelector("[data-testid=statement-paperless-state]")!.GetAttribute("data-paperless"));

        var saved = await client.SubmitAsync(page, "statement-paperless-submit", []);
        Assert.Equal("/citizen/statement?saved=1", saved.Location);

        var reloaded = await client.GetAsync(saved.Location!);
        Assert.Equal("true", reloaded.Document.QuerySelector("[data-testid=statement-paperless-state]")!.GetAttribute("data-paperless"));
        Assert.NotNull(reloaded.Document.QuerySelector("[data-testid=statement-paperless-saved]"));
        Assert.Contains("紙の郵送を再開する", reloaded.Document.GetElementById("statement-paperless-submit")!.TextContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var personId = (await db.Users.SingleAsync(u => u.Email == "citizen2@demo.example")).InsuredPersonId!.Value;
        var stored = await db.NoticePreferences.SingleAsync(p => p.InsuredPersonId == personId);
        Assert.Equal(NoticeType.AnnualStatement, stored.NoticeType);
        Assert.True(stored.Paperless);

        // And back again.
        var resumed = await client.FollowAsync(await client.SubmitAsync(reloaded, "statement-paperless-submit", []));
        Assert.Equal("false", resumed.Document.QuerySelector("[data-testid=statement-paperless-state]")!.GetAttribute("data-paperless"));
    }

    [Fact]
    public async Task TheOptOutNeedsTheFormsAntiforgeryToken()
    {
        using var client = await SignedInAsync("citizen1@demo.example");
        var forged = await client.Http.PostAsync("/citizen/statement/paperless",
            new FormUrlEncodedContent([new("paperless", "true")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task IsReachableFromTheDashboardAndInEnglish()
    {
        using var client = await SignedInAsync("citizen1@demo.example");
        var dashboard = await client.GetAsync("/citizen");
        Assert.NotNull(dashboard.Document.QuerySelector("a[href='/citizen/statement']"));
        var english = await client.GetAsync("/citizen/statement?culture=en");
        Assert.Contains("Annual pension statement", english.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Stop the paper copy", english.Document.GetElementById("statement-paperless-submit")!.TextContent);
    }

    [Fact]
    public async Task DownloadsTheStatementAsAPdf()
    {
        using var client = await SignedInAsync("citizen3@demo.example");
        var page = await client.GetAsync("/citizen/statement");
        Assert.Equal("/citizen/statement/statement.pdf", page.Document.GetElementById("statement-pdf")?.GetAttribute("href"));

        var response = await client.Http.GetAsync("/citizen/statement/statement.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^nenkin-teikibin-\d{8}\.pdf$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("PORTAL_PDF_SAMPLES") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, "statement.pdf"), bytes);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.InRange(pdf.PageCount, 1, 3);
    }

    [Fact]
    public async Task OtherRolesAndAnonymousAreRefused()
    {
        using var anonymous = factory.CreateFormClient();
        Assert.StartsWith("/Account/Login", (await anonymous.GetAsync("/citizen/statement")).Location);
        Assert.StartsWith("/Account/Login", (await anonymous.Http.GetAsync("/citizen/statement/statement.pdf")).Headers.Location?.PathAndQuery);

        using var employer = factory.CreateFormClient();
        await employer.SubmitAsync(await employer.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = "employer1@demo.example", ["login-password"] = "Demo#Pension2026" });
        Assert.StartsWith("/Account/AccessDenied", (await employer.GetAsync("/citizen/statement")).Location);
    }
}
