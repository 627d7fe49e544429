using System.Net;
using System.Text;
using Portal.Tests.TestSupport;
using static Portal.Tests.EmployerFilings.EmployerFilingTestSupport;

namespace Portal.Tests.EmployerFilings;

/// <summary>The employer filing pages as first rendered (prerendered) for a signed-in demo employer.</summary>
public sealed class EmployerFilingPages(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task The_dashboard_links_to_the_filing_pages()
    {
        using var client = await SignedInAsync(factory, "employer1@demo.example");
        var page = await client.GetAsync("/employer");
        Assert.Contains("href=\"/employer/filings/new\"", page.Html);
        Assert.Contains("href=\"/employer/filings/csv\"", page.Html);
        Assert.Contains("href=\"/employer/filings\"", page.Html);
    }

    [Fact]
    public async Task A_new_form_starts_a_draft_for_the_establishment_and_opens_the_editor_with_one_employee_line()
    {
        using var client = await SignedInAsync(factory, "employer1@demo.example");
        var started = await client.GetAsync("/employer/filings/new/acquisition");
        Assert.True(started.IsRedirect);
        Assert.Matches("^/employer/filings/[0-9a-f-]{36}/edit$", started.Location);

        var editor = await client.GetAsync(started.Location!);
        Assert.Equal("employer.acquisition", editor.Document.QuerySelector("[data-testid=editor-title]")!.GetAttribute("data-kind"));
        Assert.Equal("12-サクラ", editor.Document.QuerySelector("[data-testid=office-symbol]")!.TextContent.Trim());
        Assert.Single(editor.Document.QuerySelectorAll("[data-testid=filing-line]"));
        foreach (var id in new[] { "f-lines-0-name", "f-lines-0-acquisitionDate", "f-lines-0-monthlyPayCash", "f-lines-0-sex" })
        {
            Assert.NotNull(editor.Document.GetElementById(id));
            Assert.NotNull(editor.Document.QuerySelector($"label[for={id}]"));
        }
        // The draft is in the list, as a draft.
        var list = await client.GetAsync("/employer/filings?state=Draft");
        Assert.Contains(started.Location!.Replace("/edit", ""), list.Html);
    }

    [Fact]
    public async Task The_list_filters_by_kind_state_and_period()
    {
        var establishment = await EstablishmentAsync(factory, "12-サクラ");
        var userId = await UserIdAsync(factory, "employer1@demo.example");
        var result = await ReadAsync(Portal.Domain.Submissions.SubmissionKind.AnnualBaseReport,
            AnnualBaseCsv(establishment.Symbol, establishment.Number, 2), establishment.Symbol, establishment.Number);
        var filed = (await StageAsync(factory, result, userId, establishment)).Submission!;
        using var client = await SignedInAsync(factory, "employer1@demo.example");
        var number = filed.Receipt!.Number.Value;
        var today = Today.ToString("yyyy-MM-dd");

        Assert.Contains(number, (await client.GetAsync($"/employer/filings?kind=annual-base-report&state=Submitted&from={today}&to={today}")).Html);
        Assert.DoesNotContain(number, (await client.GetAsync("/employer/filings?kind=acquisition")).Html);
        Assert.DoesNotContain(number, (await client.GetAsync("/employer/filings?state=Completed")).Html);
        Assert.DoesNotContain(number, (await client.GetAsync($"/employer/filings?to={Today.AddDays(-1):yyyy-MM-dd}")).Html);
    }

    [Fact]
    public async Task The_csv_page_offers_the_kinds_the_template_and_the_sample_for_the_establishment()
    {
        using var client = await SignedInAsync(factory, "employer1@demo.example");
        var page = await client.GetAsync("/employer/filings/csv?kind=annual-base-report");
        Assert.Equal(7, page.Document.QuerySelectorAll("#csv-kind option").Length);
        Assert.NotNull(page.Document.QuerySelector("label[for=csv-file]"));
        Assert.Equal("/employer/filings/csv/template/annual-base-report", page.Document.QuerySelector("[data-testid=csv-template]")!.GetAttribute("href"));

        var template = await client.Http.GetAsync("/employer/filings/csv/template/annual-base-report");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var text = Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("ABR,12-サクラ,10245,", text);
        Assert.Contains("4月支払基礎日数", text);

        var sample = await client.Http.GetAsync("/employer/filings/csv/sample/annual-base-report");
        Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
        var sampleText = Encoding.UTF8.GetString(await sample.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("ABR,12-サクラ,10245,", sampleText);
        Assert.Contains("年金 太郎", sampleText);
    }

    [Fact]
    public async Task Every_kind_has_an_editor_with_labelled_fields()
    {
        using var client = await SignedInAsync(factory, "employer1@demo.example");
        foreach (var slug in new[] { "loss", "annual-base-report", "monthly-change", "bonus-report", "dependant-change", "category3-notification" })
        {
            var started = await client.GetAsync($"/employer/filings/new/{slug}");
            var editor = await client.GetAsync(started.Location!);
            var inputs = editor.Document.QuerySelectorAll("[data-testid=filing-line] input, [data-testid=filing-line] select");
            Assert.NotEmpty(inputs);
            Assert.All(inputs.Where(i => i.GetAttribute("type") != "radio"), i => Assert.NotNull(editor.Document.QuerySelector($"label[for='{i.Id}']")));
        }
    }
}
