using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Submissions;
using Xunit.Abstractions;

namespace Portal.Tests.BackOffice;

/// <summary>
/// The faults the hand-off must survive, on the test script's PostgreSQL as the back-office store: the back-office
/// database going away during relay, the app killed with SIGKILL mid-relay, and two portal processes sharing the
/// clustered PostgreSQL job store.
/// </summary>
public sealed class HandoffFaults(ITestOutputHelper output)
{
    private static async Task<long> PortalScalarAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "portal.db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private static async Task<HashSet<Guid>> ReceivedIdsAsync(string backOffice)
    {
        var ids = new HashSet<Guid>();
        await using var connection = new NpgsqlConnection(backOffice);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT submission_id FROM bo_received_submissions", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(Guid.Parse(reader.GetString(0)));
        return ids;
    }

    private static async Task<long> ReceivedCountAsync(string backOffice)
    {
        try
        {
            return await TestPostgres.ScalarAsync<long>(backOffice, "SELECT COUNT(*) FROM bo_received_submissions");
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            return 0; // the schema is created by the first delivery
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? context = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout) throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}. {context?.Invoke()}");
            await Task.Delay(50);
        }
    }

    [PostgresFact]
    public async Task When_the_back_office_database_is_down_submissions_queue_and_all_are_delivered_once_it_is_back()
    {
        var backOffice = await TestPostgres.CreateDatabaseAsync("bo_outage");
        var database = new NpgsqlConnectionStringBuilder(backOffice).Database!;
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Jobs:BackoffBase"] = "00:00:00.200", ["Portal:Jobs:BackoffCap"] = "00:00:01", ["Portal:Jobs:MaxAttempts"] = "1000",
            ["Portal:Jobs:BatchSize"] = "100",
        };
        await using var host = await HandoffHost.StartAsync(backOffice, settings);
        using var stop = new CancellationTokenSource();
        // The relay job, as the scheduler would run it: every 200 ms.
        var relaying = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { await host.Relay.RunOnceAsync(); } catch (Exception e) { output.WriteLine($"relay run failed: {e.GetType().Name}"); }
                await Task.Delay(200);
            }
        });
        var before = await host.SeedSubmittedAsync(200);
        await WaitForAsync(async () => await ReceivedCountAsync(backOffice) == 200, TimeSpan.FromSeconds(30), "the first 200");

        // The back-office database stops accepting connections and its sessions are cut.
        await TestPostgres.ExecAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false");
        await TestPostgres.ExecAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
        var during = await host.SeedSubmittedAsync(300);
        await Task.Delay(TimeSpan.FromMinutes(1)); // the outage: a minute, as the issue states
        var figures = await host.Get<HandoffFigures>().SnapshotAsync();
        Assert.Equal(300, figures.QueueDepth);
        Assert.Equal(0, figures.DeadLettered);
        Assert.True((await host.OutboxAsync()).Count(m => m.Attempts > 1 && m.LastError != null) > 0, "the relay kept retrying during the outage");

        await TestPostgres.ExecAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS true");
        await WaitForAsync(async () => (await host.Get<HandoffFigures>().SnapshotAsync()).QueueDepth == 0, TimeSpan.FromSeconds(30), "the queue to drain");
        stop.Cancel();
        await relaying;

        var received = await ReceivedIdsAsync(backOffice);
        Assert.Equal(500, await ReceivedCountAsync(backOffice));
        Assert.True(received.SetEquals(before.Concat(during)));
        foreach (var id in during.Take(20)) Assert.Equal(SubmissionState.Transmitted, (await host.SubmissionAsync(id)).State);
        host.DeleteFiles();
    }

    [PostgresFact]
    public async Task After_a_kill_9_while_relaying_5000_submissions_the_back_office_holds_each_exactly_once()
    {
        var backOffice = await TestPostgres.CreateDatabaseAsync("bo_kill");
        IReadOnlyList<Guid> ids;
        string folder;
        await using (var host = await HandoffHost.StartAsync(backOffice))
        {
            ids = await host.SeedSubmittedAsync(5000);
            folder = host.DataDirectory;
        }
        var environment = new Dictionary<string, string>
        {
            ["Portal__DataDirectory"] = folder,
            ["ConnectionStrings__BackOffice"] = backOffice,
            ["Portal__Jobs__BatchSize"] = "100",
            ["Portal__Jobs__Lease"] = "00:00:02",
        };

        long atKill;
        using (var first = PortalProcess.Start(environment))
        {
            await WaitForAsync(async () => await ReceivedCountAsync(backOffice) >= 300, TimeSpan.FromSeconds(60), "the relay to start",
                () => first.Log);
            first.KillHard(); // SIGKILL: no shutdown, leases and the scheduler's state left as they were
            atKill = await ReceivedCountAsync(backOffice);
        }
        output.WriteLine($"killed with {atKill} of 5000 in the back-office store");
        Assert.True(atKill < 5000, $"the relay had already finished ({atKill}) when the process was killed");

        using (var second = PortalProcess.Start(environment))
        {
            await WaitForAsync(async () => await PortalScalarAsync(folder, "SELECT COUNT(*) FROM OutboxMessages WHERE DeliveredAt IS NULL") == 0,
                TimeSpan.FromSeconds(60), "the restarted relay to finish", () => second.Log);
        }

        var received = await ReceivedIdsAsync(backOffice);
        Assert.Equal(5000, await ReceivedCountAsync(backOffice));
        Assert.True(received.SetEquals(ids), "every submission is in the back-office store exactly once");
        Assert.Equal(5000, await PortalScalarAsync(folder, $"SELECT COUNT(*) FROM Submissions WHERE State = '{SubmissionState.Transmitted}'"));
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    [PostgresFact]
    public async Task Two_portal_processes_sharing_the_PostgreSQL_job_store_never_relay_at_once_nor_deliver_twice()
    {
        var backOffice = await TestPostgres.CreateDatabaseAsync("bo_cluster");
        var jobs = await TestPostgres.CreateDatabaseAsync("jobs_cluster");
        string folder;
        IReadOnlyList<Guid> ids;
        await using (var host = await HandoffHost.StartAsync(backOffice))
        {
            ids = await host.SeedSubmittedAsync(2000);
            folder = host.DataDirectory;
        }
        var environment = new Dictionary<string, string>
        {
            ["Portal__DataDirectory"] = folder,
            ["ConnectionStrings__BackOffice"] = backOffice,
            ["Portal__Jobs__Store"] = "postgres",
            ["ConnectionStrings__Jobs"] = jobs,
            ["Portal__Jobs__RecordRuns"] = "true",
            ["Portal__Jobs__BatchSize"] = "50",
            ["Portal__Jobs__RunBudget"] = "00:00:00.300",
        };

        long instances = 0;
        using (var a = PortalProcess.Start(environment))
        using (var b = PortalProcess.Start(environment))
        {
            await WaitForAsync(async () => await PortalScalarAsync(folder, "SELECT COUNT(*) FROM OutboxMessages WHERE DeliveredAt IS NULL") == 0,
                TimeSpan.FromSeconds(90), "both processes to finish the queue", () => a.Log + b.Log);
            await WaitForAsync(async () => (instances = await TestPostgres.ScalarAsync<long>(jobs, "SELECT COUNT(*) FROM qrtz_scheduler_state")) == 2,
                TimeSpan.FromSeconds(30), "both schedulers to check in");
        }

        Assert.Equal(2, instances);
        Assert.True((await ReceivedIdsAsync(backOffice)).SetEquals(ids));
        Assert.Equal(2000, await ReceivedCountAsync(backOffice));
        // Each row was sent once: one attempt each (a second delivery would have counted a second attempt).
        Assert.Equal(0, await PortalScalarAsync(folder, "SELECT COUNT(*) FROM OutboxMessages WHERE Attempts <> 1"));

        var runs = new List<(string Instance, long Start, long End, int Items)>();
        await using (var connection = new NpgsqlConnection(jobs))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT instance, started_ms, ended_ms, items FROM portal_job_runs WHERE job = 'relay' ORDER BY started_ms", connection);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) runs.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3)));
        }
        output.WriteLine($"{runs.Count} relay runs, {runs.Sum(r => r.Items)} rows, by {string.Join(", ", runs.GroupBy(r => r.Instance).Select(g => $"{g.Key[^8..]}: {g.Count()}"))}");
        Assert.Equal(2000, runs.Sum(r => r.Items));
        for (var i = 1; i < runs.Count; i++)
            Assert.True(runs[i].Start >= runs[i - 1].End, $"relay runs overlap: {runs[i - 1]} and {runs[i]}");
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
