using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Applications;

/// <summary>
/// Each citizen form, opened by a signed-in category-1 member (citizen1): a new draft is started on the server, the
/// browser is sent to the draft's own address, the wizard renders its first step, and the draft is listed on
/// /applications.
/// </summary>
public sealed partial class CitizenFormPage_Start(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [GeneratedRegex("^/applications/(?<slug>[a-z-]+)/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex DraftAddress();

    internal static Task<FormClient> SignedInAsync(PortalWebFactory factory, string email = "citizen1@demo.example") =>
        factory.SignedInAsync(email);

    /// <summary>Opens the form's start page and returns the draft's address (the page redirects to it).</summary>
    internal static async Task<(string Url, Guid Id)> StartAsync(FormClient client, string slug)
    {
        var start = await client.GetAsync($"/applications/{slug}");
        Assert.True(start.IsRedirect, $"GET /applications/{slug} answered {start.Status}");
        var match = DraftAddress().Match(start.Location!);
        Assert.True(match.Success, start.Location);
        Assert.Equal(slug, match.Groups["slug"].Value);
        return (start.Location!, Guid.Parse(match.Groups["id"].Value));
    }

    [Theory]
    [InlineData("student-deferral", "citizen.student-deferral", "f-period-start")]
    [InlineData("maternity-exemption", "citizen.maternity-exemption", "f-dueDate")]
    [InlineData("enrolment", "citizen.enrolment", "f-event")]
    [InlineData("additional-premium", "citizen.additional-premium", "f-startMonth")]
    [InlineData("payment-setup", "citizen.payment-setup", "f-method")]
    [InlineData("record-enquiry", "citizen.record-enquiry", "f-months-from")]
    public async Task Opening_the_form_starts_a_draft_shows_the_wizard_and_lists_the_draft(string slug, string kindCode, string firstFieldId)
    {
        using var client = await SignedInAsync(factory);

        var (url, id) = await StartAsync(client, slug);
        var wizard = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, wizard.Status);
        Assert.True(wizard.Has("[data-testid=wizard-title]"), wizard.Html);
        Assert.True(wizard.Has("[data-testid=wizard-step][data-step='0']"));
        Assert.NotNull(wizard.Document.GetElementById(firstFieldId));
        Assert.False(wizard.Has("[data-testid=wizard-alert]"));

        var list = await client.GetAsync("/applications");
        var links = list.Document.QuerySelectorAll($"[data-testid=draft-link][data-kind='{kindCode}']");
        Assert.Contains(links, a => a.GetAttribute("href") == url);
        Assert.Contains(list.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/applications/{slug}");
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task The_record_page_links_a_month_needing_attention_to_a_prefilled_enquiry()
    {
        foreach (var email in new[] { "citizen1@demo.example", "citizen2@demo.example", "citizen3@demo.example" })
        {
            using var client = await SignedInAsync(factory, email);
            var record = await client.GetAsync("/citizen/records");
            var link = record.Document.QuerySelector("[data-testid=records-attention-list] a[data-testid=record-enquiry-link]");
            if (link is null) continue;
            var href = link.GetAttribute("href")!;
            var month = Regex.Match(href, @"^/applications/record-enquiry\?month=(\d{4}-\d{2})(&to=(\d{4}-\d{2}))?$");
            Assert.True(month.Success, href);

            var start = await client.GetAsync(href);
            Assert.True(start.IsRedirect);
            var wizard = await client.GetAsync(start.Location!);
            Assert.Equal(month.Groups[1].Value, wizard.Document.GetElementById("f-months-from")!.GetAttribute("value"));
            if (month.Groups[3].Success)
                Assert.Equal(month.Groups[3].Value, wizard.Document.GetElementById("f-months-to")!.GetAttribute("value"));
            return;
        }
        Assert.Fail("No demo citizen has a month needing attention.");
    }

    [Fact]
    public async Task The_enquiry_takes_its_months_from_the_query_string()
    {
        using var client = await SignedInAsync(factory, "citizen2@demo.example");
        var start = await client.GetAsync("/applications/record-enquiry?month=2012-04&to=2012-06");
        Assert.True(start.IsRedirect);
        var wizard = await client.GetAsync(start.Location!);
        Assert.Equal("2012-04", wizard.Document.GetElementById("f-months-from")!.GetAttribute("value"));
        Assert.Equal("2012-06", wizard.Document.GetElementById("f-months-to")!.GetAttribute("value"));
        Assert.NotNull(wizard.Document.GetElementById("f-believedStatus"));
    }
}
