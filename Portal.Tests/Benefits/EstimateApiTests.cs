using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Benefits;

/// <summary>POST /api/v1/benefits/estimate: the DOMAIN.md §5.7 vectors through the public JSON API, its validation and refusals.</summary>
public sealed class EstimateApiTests(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string Route = "/api/v1/benefits/estimate";

    internal static JsonObject Body(int paidMonths = 480, string birthDate = "1970-05-10", int fiscalYear = 2026, int claimYears = 65, int claimMonths = 0) => new()
    {
        ["fiscalYear"] = fiscalYear,
        ["birthDate"] = birthDate,
        ["claimAge"] = new JsonObject { ["years"] = claimYears, ["months"] = claimMonths },
        ["basic"] = new JsonObject { ["paidMonths"] = paidMonths, ["exemptMonths"] = new JsonArray(), ["additionalPremiumMonths"] = 0 },
        ["employees"] = new JsonObject { ["monthsBefore2003"] = 0, ["averageMonthlyPayBefore2003"] = 0, ["monthsFrom2003"] = 0, ["averagePayFrom2003"] = 0 },
        ["working"] = new JsonObject { ["monthlyStandardPay"] = 0, ["bonusesLast12Months"] = 0 },
        ["family"] = new JsonObject { ["spouseUnder65"] = false, ["children"] = 0 },
    };

    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> PostAsync(string json)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync(Route, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        var element = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, element, response);
    }

    private Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> PostAsync(JsonObject body) =>
        PostAsync(body.ToJsonString());

    private static IEnumerable<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task Vector1_480PaidMonthsGiveTheFullBasicPension()
    {
        var (status, json, _) = await PostAsync(Body());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(847_300, json.GetProperty("basicAnnual").GetInt64());
        Assert.Equal(847_300, json.GetProperty("totalAnnual").GetInt64());
        Assert.True(json.GetProperty("eligible").GetBoolean());
        Assert.Equal(1.000m, json.GetProperty("claimAgeFactor").GetDecimal());
        Assert.Equal(0, json.GetProperty("earningsRelatedAnnual").GetInt64());
        Assert.Equal(0, json.GetProperty("suspendedMonthly").GetInt64());
        Assert.Equal(0, json.GetProperty("familyAllowanceAnnual").GetInt64());
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        var basic = lines.Single(l => l.GetProperty("code").GetString() == "basic.amount");
        Assert.Contains("847,300", basic.GetProperty("expression").GetString());
        Assert.Contains(basic.GetProperty("parameters").EnumerateArray(), p => p.GetString()!.Contains("FY2026"));
    }

    [Fact]
    public async Task Vector2_ExemptMonthsFrom2009AreWeighted()
    {
        var body = Body(paidMonths: 400);
        body["basic"]!["exemptMonths"] = new JsonArray(
            new JsonObject { ["type"] = "full", ["era"] = "from2009", ["months"] = 40 },
            new JsonObject { ["type"] = "half", ["era"] = "from2009", ["months"] = 40 });
        var (status, json, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(794_344, json.GetProperty("basicAnnual").GetInt64());
        Assert.Equal(794_344, json.GetProperty("totalAnnual").GetInt64());
        var weighted = json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "basic.weighted_months");
        Assert.Equal(450m, weighted.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Vector3_EarningsRelatedFromTheAveragePayFrom2003()
    {
        // Born 1985: the 480 months from April 2003 fit in ages 20–59 (employees' pension ends at 70).
        var body = Body(paidMonths: 0, birthDate: "1985-05-10");
        body["employees"]!["monthsFrom2003"] = 480;
        body["employees"]!["averagePayFrom2003"] = 400_000;
        var (status, json, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1_052_352, json.GetProperty("earningsRelatedAnnual").GetInt64());
        Assert.True(json.GetProperty("eligible").GetBoolean());
        // Employees' months at ages 20–59 count in full for the basic pension, as the domain does.
        Assert.Equal(847_300, json.GetProperty("basicAnnual").GetInt64());
        Assert.Equal(847_300 + 1_052_352, json.GetProperty("totalAnnual").GetInt64());
    }

    [Fact]
    public async Task Vector6_InWorkSuspensionPerMonth()
    {
        // 400 months × 821,018 × 5.481/1000 = 1,799,999.86 → 1,800,000 a year: 基本月額 150,000; 総報酬 550,000.
        var body = Body(paidMonths: 0);
        body["employees"]!["monthsFrom2003"] = 400;
        body["employees"]!["averagePayFrom2003"] = 821_018;
        body["working"]!["monthlyStandardPay"] = 550_000;
        var (status, json, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1_800_000, json.GetProperty("earningsRelatedAnnual").GetInt64());
        Assert.Equal(25_000, json.GetProperty("suspendedMonthly").GetInt64());
        var basic = json.GetProperty("basicAnnual").GetInt64();
        Assert.Equal(basic + 1_800_000 - 25_000 * 12, json.GetProperty("totalAnnual").GetInt64());
    }

    [Fact]
    public async Task ClaimAt70RaisesByTheDeferralFactor()
    {
        var (status, json, _) = await PostAsync(Body(claimYears: 70));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1.42m, json.GetProperty("claimAgeFactor").GetDecimal());
        Assert.Equal(1_203_166, json.GetProperty("basicAnnual").GetInt64()); // 847,300 × 1.42 = 1,203,166
    }

    [Fact]
    public async Task FamilyAllowanceWithSpouseAndTwoChildren()
    {
        var body = Body(paidMonths: 0, birthDate: "1985-05-10");
        body["employees"]!["monthsFrom2003"] = 480;
        body["employees"]!["averagePayFrom2003"] = 400_000;
        body["family"]!["spouseUnder65"] = true;
        body["family"]!["children"] = 3;
        var (status, json, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        // FY2026: spouse 243,800 + 179,900; 1st and 2nd child 243,800 each; 3rd 81,300.
        Assert.Equal(423_700 + 243_800 * 2 + 81_300, json.GetProperty("familyAllowanceAnnual").GetInt64());
    }

    [Fact]
    public async Task Under120QualifyingMonthsIsNotEligibleAndPaysNothing()
    {
        var (status, json, _) = await PostAsync(Body(paidMonths: 119));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(json.GetProperty("eligible").GetBoolean());
        foreach (var field in new[] { "basicAnnual", "additionalAnnual", "earningsRelatedAnnual", "suspendedMonthly", "familyAllowanceAnnual", "totalAnnual" })
            Assert.Equal(0, json.GetProperty(field).GetInt64());
    }

    [Fact]
    public async Task EachInvalidFieldIsNamedInTheProblem()
    {
        var body = Body();
        body.Remove("birthDate");
        body["claimAge"]!["months"] = 6; // 65y6m
        body["basic"]!["paidMonths"] = -1;
        body["basic"]!["exemptMonths"] = new JsonArray(
            new JsonObject { ["type"] = "most", ["era"] = "from2009", ["months"] = 10 },
            new JsonObject { ["type"] = "half", ["era"] = "later", ["months"] = -3 });
        var (status, json, response) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        var fields = ErrorFields(json).ToList();
        Assert.Contains("birthDate", fields);
        Assert.Contains("claimAge", fields);
        Assert.Contains("basic.paidMonths", fields);
        Assert.Contains("basic.exemptMonths[0].type", fields);
        Assert.Contains("basic.exemptMonths[1].era", fields);
        Assert.Contains("basic.exemptMonths[1].months", fields);
    }

    [Theory]
    [InlineData("{\"fiscalYear\": 2026, \"birthDate\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task MalformedJsonIsA400Problem(string text)
    {
        var (status, json, response) = await PostAsync(text);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("$", ErrorFields(json));
    }

    [Fact]
    public async Task CountsThatCannotFitAreRefusedByField()
    {
        var tooMany = Body(paidMonths: 450);
        tooMany["basic"]!["exemptMonths"] = new JsonArray(new JsonObject { ["type"] = "full", ["era"] = "from2009", ["months"] = 40 });
        var (status, json, _) = await PostAsync(tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("basic", ErrorFields(json));

        // Born 1990: no months at ages 20–59 before April 2009.
        var wrongEra = Body(paidMonths: 100, birthDate: "1990-05-10");
        wrongEra["basic"]!["exemptMonths"] = new JsonArray(new JsonObject { ["type"] = "full", ["era"] = "before2009", ["months"] = 10 });
        (status, json, _) = await PostAsync(wrongEra);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("basic.exemptMonths", ErrorFields(json));
    }

    [Fact]
    public async Task UnsupportedFiscalYearIs422WithItsCode()
    {
        var (status, json, _) = await PostAsync(Body(fiscalYear: 2030));
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("unsupported_fiscal_year", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task BornBefore1946Is422WithTheExclusionCode()
    {
        var (status, json, _) = await PostAsync(Body(birthDate: "1940-01-15"));
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("PRE_1946", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task StoresNothing()
    {
        var before = await RowCountsAsync(factory.Services);
        await PostAsync(Body());
        await PostAsync(Body(paidMonths: 119));
        await PostAsync(Body(fiscalYear: 2030));
        await PostAsync("{");
        var after = await RowCountsAsync(factory.Services);
        Assert.Equal(before, after);
    }

    internal static async Task<Dictionary<string, long>> RowCountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        Assert.NotEmpty(counts);
        return counts;
    }
}

/// <summary>The real app with a small public-API limit (3 a minute), on its own fresh store.</summary>
public sealed class RateLimitedPortalFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:PublicApi:PermitPerMinute", "3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>The "public-api" rate limit: 429 with a problem body and Retry-After once the configured limit is used.</summary>
public sealed class EstimateApiRateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task AnswersTooManyRequestsAfterTheConfiguredLimit()
    {
        using var client = factory.CreateClient();
        var body = EstimateApiTests.Body().ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            var ok = await client.PostAsync("/api/v1/benefits/estimate", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        var refused = await client.PostAsync("/api/v1/benefits/estimate", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "Retry-After header expected");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
    }
}
