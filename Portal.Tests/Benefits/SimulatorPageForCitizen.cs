using System.Net;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Benefits;

/// <summary>The citizen's instant estimate, served with the seeded demo data.</summary>
public sealed class SimulatorPageForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private async Task<FormClient.Page> OpenAsync(string email)
    {
        using var client = factory.CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Demo#Pension2026" });
        Assert.Equal("/citizen", done.Location);
        var page = await client.GetAsync("/citizen/simulator");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    [Fact]
    public async Task ShowsTheTotalAtSixtyFiveWithEveryFormulaAndAssumption()
    {
        var page = await OpenAsync("citizen2@demo.example");

        var result = page.Document.QuerySelector("[data-testid=simulator-result]");
        Assert.NotNull(result);
        Assert.Contains("65歳0か月", result!.TextContent);
        Assert.Matches(@"年額 [\d,]+円", result.TextContent);
        var lines = page.Document.QuerySelectorAll("[data-testid=simulator-formulas] li");
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.QuerySelector("code")?.TextContent)));
        // The recorded pay is treated as already revalued, and the page says so.
        Assert.Contains("再評価", page.Document.QuerySelector("[data-testid=simulator-assumptions]")!.TextContent);
    }

    [Fact]
    public async Task TabulatesTheYearlyAmountForEveryStartAgeFrom60To75()
    {
        var page = await OpenAsync("citizen2@demo.example");
        var rows = page.Document.QuerySelectorAll("[data-testid=simulator-by-age-table] tbody tr");
        Assert.Equal(16, rows.Length);
        Assert.Contains("0.760", rows[0].TextContent);
        Assert.Contains("1.840", rows[^1].TextContent);
    }
}
