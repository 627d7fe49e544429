using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Records;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Records;

/// <summary>The citizen's record page, served with the seeded demo data.</summary>
public sealed class RecordPageForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private Task<FormClient> SignedInAsync(string email) =>
        factory.SignedInAsync(email);

    [Fact]
    public async Task ShowsEveryMonthOfTheOwnRecordWithATextLabel()
    {
        using var client = await SignedInAsync("citizen1@demo.example");
        var page = await client.GetAsync("/citizen/records");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var personId = (await db.Users.SingleAsync(u => u.Email == "citizen1@demo.example")).InsuredPersonId;
        var months = await db.PensionMonths.Where(m => m.PersonId == personId).ToListAsync();

        var cells = page.Document.QuerySelectorAll("[data-testid=records-month-grid] td.month-cell:not(.status-none)");
        Assert.Equal(months.Count, cells.Length);
        // Never colour alone: every recorded month carries its short label and its full name as text.
        Assert.All(cells, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector("[aria-hidden=true]")?.TextContent)));
        Assert.All(cells, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector(".visually-hidden")?.TextContent)));
        Assert.Equal(Enum.GetValues<MonthStatus>().Length, page.Document.QuerySelectorAll(".status-legend li").Length);
    }

    [Fact]
    public async Task StatesTheQualifyingPeriodAgainstThe120MonthRequirement()
    {
        using var client = await SignedInAsync("citizen1@demo.example");
        var page = await client.GetAsync("/citizen/records");
        var eligibility = page.Document.QuerySelector("[data-testid=records-eligibility]")!.TextContent;
        Assert.Contains("120か月", eligibility);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=records-totals]"));
    }

    [Fact]
    public async Task PointsOutUnpaidMonthsWithWhatToDo()
    {
        // citizen1's demo record has unpaid months (see DemoAccounts).
        using var client = await SignedInAsync("citizen1@demo.example");
        var page = await client.GetAsync("/citizen/records");
        var items = page.Document.QuerySelectorAll("[data-testid=records-attention-list] li");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("できること", i.TextContent));
        Assert.DoesNotContain("{0}", page.Html);
    }

    [Fact]
    public async Task AnotherRoleCannotOpenIt()
    {
        using var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = "employer1@demo.example", ["login-password"] = "Demo#Pension2026" });
        var page = await client.GetAsync("/citizen/records");
        Assert.StartsWith("/Account/AccessDenied", page.Location);
    }
}
