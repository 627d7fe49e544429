using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;
using static Portal.Tests.EmployerFilings.EmployerFilingTestSupport;

namespace Portal.Tests.EmployerFilings;

/// <summary>After filing: the correction request and its editor, the decision notice once completed, the notice link.</summary>
public sealed class EmployerFilingLifecycle(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<Submission> FiledAsync()
    {
        var establishment = await EstablishmentAsync(factory, "12-サクラ");
        var userId = await UserIdAsync(factory, "employer1@demo.example");
        var result = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(establishment.Symbol, establishment.Number, 2),
            establishment.Symbol, establishment.Number);
        return (await StageAsync(factory, result, userId, establishment)).Submission!;
    }

    private async Task ApplyAsync(Guid id, params Func<Submission, DateTimeOffset, RuleError?>[] changes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        foreach (var change in changes) Assert.Null(await store.ApplyAsync(id, change));
    }

    [Fact]
    public async Task A_correction_request_is_shown_with_a_way_to_correct_and_the_editor_opens_the_filed_lines()
    {
        var filed = await FiledAsync();
        await ApplyAsync(filed.Id,
            (s, at) => s.MarkTransmitted(1, at),
            (s, at) => s.MarkUnderReview(at, SubmissionActor.Reviewer("r1")),
            (s, at) => s.RequestCorrection("4月の支払基礎日数をご確認ください。", ["lines[0].aprilDays"], Today.AddDays(14), at, SubmissionActor.Reviewer("r1")));
        using var client = await SignedInAsync(factory, "employer1@demo.example");

        var detail = await client.GetAsync($"/employer/filings/{filed.Id}");
        Assert.Contains("4月の支払基礎日数", detail.Document.QuerySelector("[data-testid=correction-reason]")!.TextContent);
        Assert.Equal($"/employer/filings/{filed.Id:D}/edit", detail.Document.QuerySelector("[data-testid=correction-edit]")!.GetAttribute("href"));

        var editor = await client.GetAsync($"/employer/filings/{filed.Id}/edit");
        Assert.NotNull(editor.Document.QuerySelector("[data-testid=editor-correction]"));
        Assert.Equal(2, editor.Document.QuerySelectorAll("[data-testid=filing-line]").Length);
        Assert.Equal("1", editor.Document.GetElementById("f-lines-0-insuredReference")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_decision_notice_is_offered_once_completed_and_a_notice_link_leads_to_the_employer_page()
    {
        var filed = await FiledAsync();
        await ApplyAsync(filed.Id,
            (s, at) => s.MarkTransmitted(1, at),
            (s, at) => s.MarkUnderReview(at, SubmissionActor.Reviewer("r1")),
            (s, at) => s.Complete("DN-0001", at, DecisionOutcome.Accepted, null, SubmissionActor.Reviewer("r1")));
        using var client = await SignedInAsync(factory, "employer1@demo.example");

        var detail = await client.GetAsync($"/employer/filings/{filed.Id}");
        Assert.Equal("Completed", detail.Document.QuerySelector("[data-testid=filing-state]")!.GetAttribute("data-state"));
        Assert.Equal($"/submissions/{filed.Id:D}/decision.pdf", detail.Document.QuerySelector("[data-testid=decision-pdf]")!.GetAttribute("href"));
        var pdf = await client.Http.GetAsync($"/submissions/{filed.Id:D}/decision.pdf");
        Assert.True(pdf.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable);

        var fromNotice = await client.GetAsync($"/submissions/{filed.Id:D}");
        Assert.True(fromNotice.IsRedirect);
        Assert.Equal($"/employer/filings/{filed.Id:D}", fromNotice.Location);

        using var other = await SignedInAsync(factory, "employer2@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/submissions/{filed.Id:D}/decision.pdf")).StatusCode);
        Assert.True((await other.GetAsync($"/employer/filings/{filed.Id}")).Has("[data-testid=filing-not-found]"));
    }
}
