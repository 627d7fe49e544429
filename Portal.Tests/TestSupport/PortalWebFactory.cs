using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.TestSupport;

/// <summary>
/// The real web app in memory, on its own fresh SQLite store (migrated and seeded with the demo data
/// at start-up, as in the embedded default). One instance is shared by a test class.
/// </summary>
public sealed class PortalWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Request header a test sets to play a client at that address (the in-memory server has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The host environment (Development unless a test needs the production behaviour).</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Extra configuration for this host (e.g. lower rate limits).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        // No background jobs in the in-memory host: tests that need the relay or the feed run them by hand.
        builder.UseSetting("Portal:Jobs:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public FormClient CreateFormClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser-like client on https (as production is reached), keeping cookies, not following redirects.</summary>
    public FormClient CreateHttpsFormClient(string host = "portal.example") =>
        new(CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri($"https://{host}/"),
        }));

    /// <summary>The demo accounts' password and the staff accounts' demo authenticator key (fictional).</summary>
    public const string DemoPassword = "Demo#Pension2026";
    public const string DemoTotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    /// <summary>A client signed in with the demo password; asserts the dashboard the user lands on.</summary>
    public async Task<FormClient> SignedInAsync(string email, string landing = "/citizen")
    {
        var client = CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = DemoPassword });
        Assert.Equal(landing, done.Location);
        return client;
    }

    /// <summary>
    /// A client signed in with the demo password and, when the account asks for it, the demo authenticator code;
    /// asserts the sign-in ended outside /Account (and on <paramref name="landing"/> when given).
    /// </summary>
    public async Task<FormClient> SignedInWithSecondFactorAsync(string email, string? landing = null)
    {
        var client = CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = DemoPassword });
        if (done.Location?.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) == true)
            done = await client.SubmitAsync(await client.GetAsync(done.Location), "two-factor-submit",
                new() { ["two-factor-code"] = Portal.E2E.Infrastructure.Totp.Compute(DemoTotpSecret) });
        Assert.True(done.IsRedirect && done.Location?.StartsWith("/Account", StringComparison.Ordinal) == false,
            $"{email} did not sign in (ended at {done.Status} {done.Location})");
        if (landing is not null) Assert.Equal(landing, done.Location);
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

    /// <summary>Sets the connection's remote address from <see cref="ClientAddressHeader"/>, before the app's own middleware.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
