using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Tests.TestSupport;

/// <summary>
/// The real web app in memory, on its own fresh SQLite store (migrated and seeded with the demo data
/// at start-up, as in the embedded default). One instance is shared by a test class.
/// </summary>
public sealed class PortalWebFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        // No background jobs in the in-memory host: tests that need the relay or the feed run them by hand.
        builder.UseSetting("Portal:Jobs:Enabled", "false");
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public FormClient CreateFormClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in with the demo password; asserts the dashboard the user lands on.</summary>
    public async Task<FormClient> SignedInAsync(string email, string landing = "/citizen")
    {
        var client = CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Demo#Pension2026" });
        Assert.Equal(landing, done.Location);
        return client;
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
