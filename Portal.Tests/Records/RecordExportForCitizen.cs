using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Records;

public sealed class RecordExportForCitizen(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task DownloadsEveryMonthOfTheOwnRecordAsCsv()
    {
        using var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = "citizen1@demo.example", ["login-password"] = "Demo#Pension2026" });

        var response = await client.Http.GetAsync("/citizen/records/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("月,記録,種別", lines[0]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var personId = (await db.Users.SingleAsync(u => u.Email == "citizen1@demo.example")).InsuredPersonId;
        Assert.Equal(await db.PensionMonths.CountAsync(m => m.PersonId == personId), lines.Length - 1);
    }

    [Fact]
    public async Task NobodyElseGetsIt()
    {
        using var anonymous = factory.CreateFormClient();
        var refused = await anonymous.Http.GetAsync("/citizen/records/export.csv");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location?.PathAndQuery);
    }
}
