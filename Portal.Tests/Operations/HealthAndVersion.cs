using System.Net;
using System.Net.Http.Json;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Operations;

public sealed class HealthAndVersion(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task HealthReportsTheStoreHealthy()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VersionNamesTheFramework()
    {
        using var client = factory.CreateClient();
        var info = await client.GetFromJsonAsync<VersionDto>("/version");
        Assert.NotNull(info);
        Assert.False(string.IsNullOrWhiteSpace(info.Version));
        Assert.Contains(".NET 9", info.Framework);
    }

    [Fact]
    public async Task UnknownPageAnswers404WithAPlainMessage()
    {
        using var client = factory.CreateFormClient();
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("ページが見つかりません", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task StoreUsesWriteAheadLogging()
    {
        using var client = factory.CreateClient(); // starts the app, which creates the store
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    private sealed record VersionDto(string Version, string Framework, string Environment);
}
