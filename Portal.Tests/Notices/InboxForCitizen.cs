using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Notices;

/// <summary>The inbox and the submission pages, served for signed-in demo citizens.</summary>
public sealed class InboxForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{

    private Task<FormClient> SignedInAsync(string email) =>
        factory.SignedInAsync(email);

    private Task<Submission> SubmittedForAsync(string email) => factory.SubmitExemptionAsync(email);

    [Fact]
    public async Task The_receipt_arrives_in_the_inbox_unread_and_is_read_once_opened()
    {
        var submission = await SubmittedForAsync("citizen2@demo.example");
        using var client = await SignedInAsync("citizen2@demo.example");

        var inbox = await client.GetAsync("/inbox");
        var row = inbox.Document.QuerySelectorAll("[data-testid=inbox-row]")
            .Single(r => r.TextContent.Contains(submission.Receipt!.Number.Value));
        Assert.Contains("未読", row.TextContent);
        Assert.Contains("国民年金保険料免除・納付猶予申請", row.TextContent);
        Assert.NotNull(inbox.Document.QuerySelector("[data-testid=inbox-unread]"));

        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        var notice = await client.GetAsync(link);
        Assert.Contains(submission.Receipt!.Number.Value, notice.Document.QuerySelector("[data-testid=notice-subject]")!.TextContent);
        Assert.Equal($"/submissions/{submission.Id:D}/receipt.pdf?revision=1",
            notice.Document.QuerySelector("[data-testid=notice-document]")!.GetAttribute("href"));

        var again = await client.GetAsync("/inbox");
        var readRow = again.Document.QuerySelectorAll("[data-testid=inbox-row]").Single(r => r.TextContent.Contains(submission.Receipt.Number.Value));
        Assert.Contains("既読", readRow.TextContent);
    }

    [Fact]
    public async Task Another_citizen_sees_neither_the_notice_nor_the_submission()
    {
        var submission = await SubmittedForAsync("citizen2@demo.example");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var noticeId = await db.Notices.Where(n => n.SubmissionId == submission.Id).Select(n => n.Id).SingleAsync();
        using var other = await SignedInAsync("citizen3@demo.example");

        var notice = await other.GetAsync($"/inbox/{noticeId}");
        Assert.Contains("見つかりませんでした", notice.Alert());
        var detail = await other.GetAsync($"/submissions/{submission.Id}");
        Assert.Contains("見つかりませんでした", detail.Alert());
        var list = await other.GetAsync("/submissions");
        Assert.DoesNotContain(submission.Receipt!.Number.Value, list.Html);
        Assert.Null(await db.Notices.Where(n => n.Id == noticeId).Select(n => n.ReadAt).SingleAsync());
    }

    [Fact]
    public async Task The_submission_page_shows_the_receipt_the_data_as_received_and_the_history()
    {
        var submission = await SubmittedForAsync("citizen2@demo.example");
        using var client = await SignedInAsync("citizen2@demo.example");

        var page = await client.GetAsync($"/submissions/{submission.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(submission.Receipt!.Number.Value, page.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent);
        Assert.Contains(submission.Receipt.ContentHash, page.Html);
        Assert.Contains("2026-07", page.Document.QuerySelector("[data-testid=received-data]")!.TextContent);
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=submission-history] tbody tr").Length);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=withdraw]"));
    }

    [Fact]
    public async Task A_citizen_cannot_open_the_review_console()
    {
        using var client = await SignedInAsync("citizen2@demo.example");
        var page = await client.GetAsync("/reviewer/submissions");
        Assert.True(page.IsRedirect || page.Status == HttpStatusCode.Forbidden || !page.Has("[data-testid=review-page]"));
        Assert.False(page.Has("[data-testid=review-list]"));
    }

    [Fact]
    public async Task The_receipt_pdf_is_served_to_the_filer_only()
    {
        var submission = await SubmittedForAsync("citizen2@demo.example");
        var url = $"/submissions/{submission.Id}/receipt.pdf?revision=1";
        using var owner = await SignedInAsync("citizen2@demo.example");
        using var other = await SignedInAsync("citizen3@demo.example");

        var pdf = await owner.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Contains(submission.Receipt!.Number.Value, pdf.Content.Headers.ContentDisposition!.FileName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/submissions/{submission.Id}/receipt.pdf?revision=2")).StatusCode);
        // Not decided yet: no decision notice.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/submissions/{submission.Id}/decision.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_decision_reaches_the_inbox_with_its_notice_pdf()
    {
        var submission = await SubmittedForAsync("citizen2@demo.example");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
            var reviewer = SubmissionActor.Reviewer("reviewer-test");
            Assert.Null(await store.ApplyAsync(submission.Id, (s, now) => s.MarkTransmitted(1, now) ?? s.MarkUnderReview(now, reviewer)
                ?? s.Complete("DN-1", now, DecisionOutcome.Accepted, null, reviewer)));
        }
        using var owner = await SignedInAsync("citizen2@demo.example");

        var inbox = await owner.GetAsync("/inbox");
        var decision = inbox.Document.QuerySelectorAll("[data-testid=inbox-row][data-kind=Decision]");
        Assert.Contains(decision, r => r.TextContent.Contains("承認"));
        var pdf = await owner.Http.GetAsync($"/submissions/{submission.Id}/decision.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }
}
