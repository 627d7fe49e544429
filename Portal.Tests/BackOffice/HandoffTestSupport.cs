using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Domain.Submissions;
using Portal.Infrastructure;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Tests.BackOffice;

/// <summary>The test script's PostgreSQL server (<c>PORTAL_TEST_POSTGRES</c>); each test gets databases of its own.</summary>
public static class TestPostgres
{
    public const string Variable = "PORTAL_TEST_POSTGRES";
    public const string SkipReason = "PORTAL_TEST_POSTGRES is not set: PostgreSQL tests run under ./test.sh, which starts a throw-away server and sets it.";

    public static string? Server => Environment.GetEnvironmentVariable(Variable);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var server = Server ?? throw new InvalidOperationException(SkipReason);
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Runs SQL on the server's maintenance database.</summary>
    public static async Task ExecAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T));
    }
}

/// <summary>A fact that needs the test script's PostgreSQL; skipped with the reason when the variable is absent.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.Server is null) Skip = TestPostgres.SkipReason;
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// The infrastructure services on a fresh portal store (migrated, no demo data) with jobs off, and a back-office store
/// (SQLite in the data folder unless a connection string is given). Tests run the relay and the feed by hand.
/// </summary>
public sealed class HandoffHost : IAsyncDisposable
{
    private static int _sequence = 1_000_000 + Random.Shared.Next(0, 1_000_000);
    public const string Payload = """{"type":"half","period":{"start":"2026-07"},"applicant":{"name":"年金 花子","income":1200000}}""";

    private HandoffHost(ServiceProvider services, string dataDirectory)
    {
        Services = services;
        DataDirectory = dataDirectory;
    }

    public ServiceProvider Services { get; }
    public string DataDirectory { get; }

    public static async Task<HandoffHost> StartAsync(string? backOffice = null, IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null, string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "portal-tests", "handoff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var values = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = dataDirectory,
            ["Portal:SeedDemoData"] = "false",
            ["Portal:Jobs:Enabled"] = "false",
            ["ConnectionStrings:BackOffice"] = backOffice,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        if (clock is not null) services.AddSingleton(clock);
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = "Production", ApplicationName = "Portal.Tests", ContentRootPath = dataDirectory,
            ContentRootFileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
        });
        services.AddInfrastructure(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();
        return new HandoffHost(provider, dataDirectory);
    }

    public T Get<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();
    public OutboxRelay Relay => Get<OutboxRelay>();
    public DecisionFeed Feed => Get<DecisionFeed>();
    public BackOfficeStore BackOffice => Get<BackOfficeStore>();
    public SubmissionStore Store => Get<SubmissionStore>();
    public IDbContextFactory<PortalDbContext> Contexts => Get<IDbContextFactory<PortalDbContext>>();

    /// <summary>Submits <paramref name="count"/> applications in one transaction (each with its outbox row and receipt notice).</summary>
    public async Task<IReadOnlyList<Guid>> SeedSubmittedAsync(int count, DateTimeOffset? at = null)
    {
        var when = at ?? DateTimeOffset.UtcNow;
        var ids = new List<Guid>(count);
        await using var db = await Contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var person = Guid.NewGuid();
            var user = "user-" + person.ToString("N")[..8];
            var s = Submission.StartDraft(Guid.NewGuid(), SubmissionKind.Exemption, SubmissionOwner.Citizen(user, person), when, SubmissionActor.Citizen(user));
            var number = ReceiptNumber.Create(SubmissionKind.Exemption, when, Interlocked.Increment(ref _sequence));
            Assert.Null(s.Submit(Payload, "seed-" + s.Id.ToString("N"), when, number, SubmissionActor.Citizen(user)));
            db.Submissions.Add(s);
            ids.Add(s.Id);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<Submission> SubmissionAsync(Guid id)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public void DeleteFiles()
    {
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The built Portal.Web started as a child process (as the e2e host does), for the process-level fault tests.</summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private PortalProcess(Process process) => _process = process;

    public static PortalProcess Start(IDictionary<string, string> environment)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Portal.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Portal.sln not found above the test output.");
        var bin = Path.Combine(root, "Portal.Web", "bin", "Debug", "net9.0", "linux-x64");
        var apphost = Path.Combine(bin, "Portal.Web");
        var psi = File.Exists(apphost) ? new ProcessStartInfo(apphost) : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(bin, "Portal.Web.dll") } };
        psi.WorkingDirectory = Path.Combine(root, "Portal.Web");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Production";
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        psi.Environment["Portal__SeedDemoData"] = "false";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var process = new Process { StartInfo = psi };
        var portal = new PortalProcess(process);
        process.OutputDataReceived += (_, e) => { lock (portal._log) portal._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (portal._log) portal._log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    public bool HasExited => _process.HasExited;
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>SIGKILL: no shutdown, no cleanup (kill -9).</summary>
    public void KillHard()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
