using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Domain.Submissions;
using Portal.Infrastructure;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Benchmarks;

/// <summary>
/// Measures the hand-off (issue 7), outside BenchmarkDotNet because it needs a PostgreSQL server:
/// <c>PORTAL_BENCH_POSTGRES=Host=…;Username=postgres;Database=postgres dotnet run -c Release --project bench/Portal.Benchmarks -- handoff [count]</c>.
/// 1. relay throughput SQLite portal store → PostgreSQL back-office store, and its ratio to a plain batched insert of the
///    same rows into the same server; 2. end-to-end latency submit → row in the back-office store with the scheduler
///    running at the default polling interval.
/// </summary>
public static class HandoffMeasurement
{
    private const string Payload = """{"type":"half","period":{"start":"2026-07"},"applicant":{"name":"年金 花子","income":1200000}}""";

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set PORTAL_BENCH_POSTGRES to a PostgreSQL connection string.");
        var count = args.Length > 1 ? int.Parse(args[1]) : 10_000;
        await ThroughputAsync(server, count);
        await LatencyAsync(server, args.Length > 2 ? int.Parse(args[2]) : 200);
    }

    private static async Task ThroughputAsync(string server, int count)
    {
        var backOffice = await CreateDatabaseAsync(server, "bench_bo");
        await using var host = await StartAsync(backOffice, jobs: false);
        var ids = await SeedAsync(host, count);
        await host.GetRequiredService<Portal.Infrastructure.BackOffice.BackOfficeStore>().EnsureSchemaAsync();

        var watch = Stopwatch.StartNew();
        var delivered = 0;
        while (delivered < count)
        {
            using var scope = host.CreateScope();
            var run = await scope.ServiceProvider.GetRequiredService<OutboxRelay>().RunOnceAsync();
            if (run.Total == 0) break;
            delivered += run.Delivered;
        }
        watch.Stop();
        var relayRate = delivered / watch.Elapsed.TotalSeconds;

        // The baseline: the same rows, plain multi-row INSERTs of 500 in one transaction each, into the same server.
        var baselineDb = await CreateDatabaseAsync(server, "bench_plain");
        await using (var connection = new NpgsqlConnection(baselineDb))
        {
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand("""
                CREATE TABLE plain (submission_id TEXT NOT NULL, revision INTEGER NOT NULL, kind_code TEXT NOT NULL, receipt_number TEXT NOT NULL,
                  received_at_ms BIGINT NOT NULL, content_hash TEXT NOT NULL, payload TEXT NOT NULL, delivered_at_ms BIGINT NOT NULL,
                  status INTEGER NOT NULL, PRIMARY KEY (submission_id, revision))
                """, connection)) await create.ExecuteNonQueryAsync();
            var rows = ids.Select((id, i) => (id.ToString("D"), $"20261123-EXM-{i:D7}", new string('a', 64))).ToList();
            var plain = Stopwatch.StartNew();
            foreach (var chunk in rows.Chunk(500))
            {
                await using var tx = await connection.BeginTransactionAsync();
                await using var cmd = new NpgsqlCommand { Connection = connection, Transaction = tx };
                var values = new List<string>();
                for (var i = 0; i < chunk.Length; i++)
                {
                    values.Add($"(@s{i},1,'EXM',@n{i},0,@h{i},@p{i},0,1)");
                    cmd.Parameters.AddWithValue($"s{i}", chunk[i].Item1);
                    cmd.Parameters.AddWithValue($"n{i}", chunk[i].Item2);
                    cmd.Parameters.AddWithValue($"h{i}", chunk[i].Item3);
                    cmd.Parameters.AddWithValue($"p{i}", Payload);
                }
                cmd.CommandText = "INSERT INTO plain VALUES " + string.Join(',', values);
                await cmd.ExecuteNonQueryAsync();
                await tx.CommitAsync();
            }
            plain.Stop();
            var plainRate = count / plain.Elapsed.TotalSeconds;
            Console.WriteLine($"relay: {delivered} submissions in {watch.Elapsed.TotalSeconds:F2} s = {relayRate:F0}/s (batch 500, SQLite portal store → PostgreSQL)");
            Console.WriteLine($"plain batched insert of the same rows: {plain.Elapsed.TotalSeconds:F2} s = {plainRate:F0}/s; relay/plain = {relayRate / plainRate:P0}");
        }
    }

    private static async Task LatencyAsync(string server, int submissions)
    {
        var backOffice = await CreateDatabaseAsync(server, "bench_latency");
        await using var host = await StartAsync(backOffice, jobs: true);
        var hosted = host.GetServices<IHostedService>().ToList();
        foreach (var h in hosted) await h.StartAsync(CancellationToken.None);
        await host.GetRequiredService<Portal.Infrastructure.BackOffice.BackOfficeStore>().EnsureSchemaAsync();

        var submittedAt = new System.Collections.Concurrent.ConcurrentDictionary<Guid, long>();
        var seenAt = new Dictionary<Guid, long>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(backOffice);
            await connection.OpenAsync();
            while (!stop.IsCancellationRequested || seenAt.Count < submittedAt.Count)
            {
                await using var cmd = new NpgsqlCommand("SELECT submission_id FROM bo_received_submissions", connection);
                await using var reader = await cmd.ExecuteReaderAsync();
                var now = clock.ElapsedMilliseconds;
                while (await reader.ReadAsync())
                {
                    var id = Guid.Parse(reader.GetString(0));
                    seenAt.TryAdd(id, now);
                }
                await Task.Delay(20);
            }
        });
        var random = new Random(7);
        for (var i = 0; i < submissions; i++)
        {
            using var scope = host.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
            var person = Guid.NewGuid();
            var user = "bench-" + person.ToString("N")[..8];
            var draft = await store.StartDraftAsync(SubmissionKind.Exemption, SubmissionOwner.Citizen(user, person), SubmissionActor.Citizen(user), Payload);
            var started = clock.ElapsedMilliseconds;
            var outcome = await store.SubmitAsync(draft.Id, SubmissionScope.Citizen(person), Payload, "bench-" + i, null, SubmissionActor.Citizen(user));
            if (!outcome.Succeeded) throw new InvalidOperationException(outcome.Error!.Code);
            submittedAt[draft.Id] = started;
            await Task.Delay(random.Next(10, 90));
        }
        stop.Cancel();
        await watcher.WaitAsync(TimeSpan.FromSeconds(60));
        foreach (var h in hosted) await h.StopAsync(CancellationToken.None);
        var latencies = submittedAt.Select(p => (double)(seenAt[p.Key] - p.Value)).Order().ToList();
        double P(double q) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(q * latencies.Count) - 1)];
        Console.WriteLine($"latency submit → back-office row, {latencies.Count} submissions over {clock.Elapsed.TotalSeconds:F0} s, relay every 1 s: " +
            $"p50 {P(0.5):F0} ms, p95 {P(0.95):F0} ms, max {latencies[^1]:F0} ms");
    }

    private static async Task<List<Guid>> SeedAsync(ServiceProvider host, int count)
    {
        var ids = new List<Guid>(count);
        var contexts = host.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var when = DateTimeOffset.UtcNow;
        for (var offset = 0; offset < count; offset += 2000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = offset; i < Math.Min(count, offset + 2000); i++)
            {
                var person = Guid.NewGuid();
                var user = "bench-" + person.ToString("N")[..8];
                var s = Submission.StartDraft(Guid.NewGuid(), SubmissionKind.Exemption, SubmissionOwner.Citizen(user, person), when, SubmissionActor.Citizen(user));
                s.Submit(Payload, "seed-" + i, when, ReceiptNumber.Create(SubmissionKind.Exemption, when, i + 1), SubmissionActor.Citizen(user));
                db.Submissions.Add(s);
                ids.Add(s.Id);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        return ids;
    }

    private static async Task<ServiceProvider> StartAsync(string backOffice, bool jobs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = folder,
            ["Portal:SeedDemoData"] = "false",
            ["Portal:Jobs:Enabled"] = jobs ? "true" : "false",
            ["Portal:Jobs:RunBudget"] = "00:10:00",
            ["ConnectionStrings:BackOffice"] = backOffice,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("Portal.Infrastructure.Submissions.OutboxRelay", Environment.GetEnvironmentVariable("PORTAL_BENCH_TRACE") is null ? LogLevel.Warning : LogLevel.Debug).AddConsole());
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = "Production", ApplicationName = "Portal.Benchmarks", ContentRootPath = folder,
            ContentRootFileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
        });
        services.AddInfrastructure(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();
        SqliteConnection.ClearAllPools();
        return provider;
    }

    private static async Task<string> CreateDatabaseAsync(string server, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
