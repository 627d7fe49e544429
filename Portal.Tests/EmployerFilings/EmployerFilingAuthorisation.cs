using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Submissions;
using static Portal.Tests.EmployerFilings.EmployerFilingTestSupport;

namespace Portal.Tests.EmployerFilings;

/// <summary>
/// An employer user acts only for the establishments they belong to: they can neither list, see, edit, file for nor
/// download the documents of another establishment's filings; a 社労士 with several establishments sees each of them.
/// </summary>
public sealed class EmployerFilingAuthorisation(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<Submission> FiledForAsync(string symbol, string email, bool attorney = false)
    {
        var establishment = await EstablishmentAsync(factory, symbol);
        var userId = await UserIdAsync(factory, email);
        var result = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(establishment.Symbol, establishment.Number, 2),
            establishment.Symbol, establishment.Number);
        var outcome = await StageAsync(factory, result, userId, establishment, attorney);
        Assert.True(outcome.Succeeded, outcome.ErrorKey);
        return outcome.Submission!;
    }

    private async Task<EmployerFiler> FilerAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var userId = await UserIdAsync(factory, email);
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, userId),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.Employer),
        ], "test"));
        return (await scope.ServiceProvider.GetRequiredService<SubmissionAccess>().EmployerAsync(principal))!;
    }

    [Fact]
    public async Task The_store_scope_of_an_employer_excludes_other_establishments()
    {
        var other = await FiledForAsync("13-アオバ", "employer2@demo.example");
        var filer = await FilerAsync("employer1@demo.example");
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();

        Assert.Equal(["12-サクラ"], filer.Memberships.Select(m => m.OfficeSymbol));
        Assert.Null(await store.FindAsync(other.Id, filer.Scope));
        Assert.Null(await store.FindAsync(other.Id, filer.ScopeOf(other.Owner.EstablishmentId!.Value)));
        Assert.DoesNotContain(await store.ListAsync(filer.ScopeOf(other.Owner.EstablishmentId.Value)), s => s.Id == other.Id);
        Assert.DoesNotContain(await store.ListAsync(filer.Scope), s => s.Id == other.Id);
        Assert.Null(filer.Membership(other.Owner.EstablishmentId));
    }

    [Fact]
    public async Task An_employer_cannot_list_see_edit_or_download_another_establishments_filing()
    {
        var other = await FiledForAsync("13-アオバ", "employer2@demo.example");
        var otherEstablishment = other.Owner.EstablishmentId!.Value;
        using var client = await SignedInAsync(factory, "employer1@demo.example");

        var list = await client.GetAsync($"/employer/filings?establishment={otherEstablishment}");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain(other.Receipt!.Number.Value, list.Html);
        Assert.NotEqual(otherEstablishment.ToString(), list.Document.QuerySelector("[data-testid=current-establishment]")!.GetAttribute("data-establishment"));
        Assert.DoesNotContain(list.Document.QuerySelectorAll("#establishment option"), o => o.GetAttribute("value") == otherEstablishment.ToString());

        var detail = await client.GetAsync($"/employer/filings/{other.Id}");
        Assert.True(detail.Has("[data-testid=filing-not-found]"));
        Assert.DoesNotContain(other.Receipt.Number.Value, detail.Html);
        var edit = await client.GetAsync($"/employer/filings/{other.Id}/edit");
        Assert.True(edit.Has("[data-testid=filing-not-found]"));

        var receipt = await client.Http.GetAsync($"/submissions/{other.Id}/receipt.pdf?revision=1");
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        var decision = await client.Http.GetAsync($"/submissions/{other.Id}/decision.pdf");
        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
    }

    [Fact]
    public async Task An_employer_cannot_file_for_an_establishment_they_do_not_belong_to()
    {
        var mine = await EstablishmentAsync(factory, "12-サクラ");
        var other = await EstablishmentAsync(factory, "13-アオバ");
        var userId = await UserIdAsync(factory, "employer1@demo.example");
        using var client = await SignedInAsync(factory, "employer1@demo.example");

        // Asking for the other establishment in the address is ignored: the draft is made for the user's own.
        var started = await client.GetAsync($"/employer/filings/new/acquisition?establishment={other.Id}");
        Assert.True(started.IsRedirect);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var drafts = await db.Submissions.AsNoTracking().Where(s => s.Owner.UserId == userId).ToListAsync();
        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.Equal(mine.Id, d.Owner.EstablishmentId));
        Assert.DoesNotContain(drafts, d => d.Owner.EstablishmentId == other.Id);

        // The store refuses to submit a draft outside the filer's scope.
        var filer = await FilerAsync("employer1@demo.example");
        var foreignDraft = await FiledDraftAsync(other.Id, "employer2@demo.example");
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        var outcome = await store.SubmitAsync(foreignDraft, filer.Scope, "{}", "x-1", null, filer.Actor);
        Assert.Equal(SubmissionErrors.NotFound, outcome.Error);
    }

    private async Task<Guid> FiledDraftAsync(Guid establishmentId, string email)
    {
        var userId = await UserIdAsync(factory, email);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        var draft = await store.StartDraftAsync(SubmissionKind.Acquisition, SubmissionOwner.Employer(userId, establishmentId, false),
            SubmissionActor.Employer(userId), "{}");
        return draft.Id;
    }

    [Fact]
    public async Task The_owning_employer_sees_the_filing_and_downloads_its_receipt()
    {
        var mine = await FiledForAsync("13-アオバ", "employer2@demo.example");
        using var client = await SignedInAsync(factory, "employer2@demo.example");

        var list = await client.GetAsync("/employer/filings");
        Assert.Contains(mine.Receipt!.Number.Value, list.Html);
        var detail = await client.GetAsync($"/employer/filings/{mine.Id}");
        Assert.Equal(mine.Receipt.Number.Value, detail.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent.Trim());
        Assert.Contains("事業主", detail.Document.QuerySelector("[data-testid=filed-as]")!.TextContent);
        var receipt = await client.Http.GetAsync($"/submissions/{mine.Id}/receipt.pdf?revision=1");
        Assert.True(receipt.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable);
        if (receipt.StatusCode == HttpStatusCode.OK) Assert.Equal("application/pdf", receipt.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_attorney_sees_the_filings_of_each_establishment_they_act_for_and_no_other()
    {
        var first = await FiledForAsync("14-ミナト", "attorney1@demo.example", attorney: true);
        var last = await FiledForAsync("23-ヤマビ", "attorney1@demo.example", attorney: true);
        var foreign = await FiledForAsync("12-サクラ", "employer1@demo.example");
        using var client = await SignedInAsync(factory, "attorney1@demo.example");

        var listFirst = await client.GetAsync($"/employer/filings?establishment={first.Owner.EstablishmentId}");
        Assert.Contains(first.Receipt!.Number.Value, listFirst.Html);
        Assert.DoesNotContain(last.Receipt!.Number.Value, listFirst.Html);
        Assert.Equal(3, listFirst.Document.QuerySelectorAll("#establishment option").Length);

        var listLast = await client.GetAsync($"/employer/filings?establishment={last.Owner.EstablishmentId}");
        Assert.Contains(last.Receipt.Number.Value, listLast.Html);
        Assert.DoesNotContain(foreign.Receipt!.Number.Value, listLast.Html);

        foreach (var s in new[] { first, last })
        {
            var detail = await client.GetAsync($"/employer/filings/{s.Id}");
            Assert.Contains("社会保険労務士", detail.Document.QuerySelector("[data-testid=filed-as]")!.TextContent);
        }
        Assert.True((await client.GetAsync($"/employer/filings/{foreign.Id}")).Has("[data-testid=filing-not-found]"));
    }

    [Fact]
    public async Task A_citizen_cannot_open_the_employer_pages()
    {
        var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = "citizen1@demo.example", ["login-password"] = Password });
        var page = await client.GetAsync("/employer/filings");
        Assert.True(page.IsRedirect || page.Status == HttpStatusCode.Forbidden);
        Assert.DoesNotContain("filings-title", page.Html);
    }
}
