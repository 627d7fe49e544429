using System.Collections.Specialized;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Jobs;
using Portal.Tests.BackOffice;
using Quartz;
using Quartz.Spi;

namespace Portal.Tests.Jobs;

/// <summary>The three small Quartz adapters (serializer, DI job factory, hosted service) and the job store's migrations.</summary>
public sealed class JobAdapters
{
    [Fact]
    public void The_serializer_round_trips_a_job_data_map_and_its_property_bag()
    {
        var serializer = new SystemTextJsonObjectSerializer();
        serializer.Initialize();
        var map = new JobDataMap { ["text"] = "値", ["number"] = 42, ["flag"] = true };

        var back = serializer.DeSerialize<JobDataMap>(serializer.Serialize(map))!;

        Assert.Equal("値", back.GetString("text"));
        Assert.Equal(42, back.GetInt("number"));
        Assert.True(back.GetBoolean("flag"));
        var bag = new NameValueCollection { ["a"] = "1", ["b"] = "two" };
        var bagBack = serializer.DeSerialize<NameValueCollection>(serializer.Serialize(bag))!;
        Assert.Equal("two", bagBack["b"]);
        Assert.Null(serializer.DeSerialize<JobDataMap>([]));
    }

    [Fact]
    public void The_job_factory_resolves_each_job_in_its_own_scope_and_ends_the_scope_when_the_job_is_returned()
    {
        var services = new ServiceCollection();
        services.AddScoped<ScopeProbe>();
        services.AddTransient<ProbeJob>();
        using var provider = services.BuildServiceProvider();
        var factory = new DependencyInjectionJobFactory(provider);
        var bundle = Bundle(JobBuilder.Create<ProbeJob>().WithIdentity("probe").Build());

        var first = factory.NewJob(bundle, null!);
        var second = factory.NewJob(bundle, null!);
        var firstProbe = ((ProbeJob)((DependencyInjectionJobFactory.ScopedJob)first).Inner).Probe;
        var secondProbe = ((ProbeJob)((DependencyInjectionJobFactory.ScopedJob)second).Inner).Probe;
        factory.ReturnJob(first);

        Assert.NotSame(firstProbe, secondProbe);
        Assert.True(firstProbe.Disposed);
        Assert.False(secondProbe.Disposed);
        factory.ReturnJob(second);
        Assert.True(secondProbe.Disposed);
    }

    [Fact]
    public async Task The_hosted_service_migrates_a_SQLite_job_store_validates_it_runs_jobs_and_stops()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", "jobs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new JobStoreConnection(JobStoreKind.Sqlite, $"Data Source={Path.Combine(folder, "jobs.db")};Pooling=False");
        try
        {
            CountingJob.Runs = 0;
            await RunSchedulerAsync(store, async () =>
            {
                for (var i = 0; i < 100 && CountingJob.Runs < 2; i++) await Task.Delay(100);
            });
            Assert.True(CountingJob.Runs >= 2, $"the job ran {CountingJob.Runs} times");
            // A second start finds the schema in place: nothing to migrate, validation passes again.
            Assert.Equal(0, await JobStoreSchema.MigrateAsync(store.Kind, store.ConnectionString));
            await RunSchedulerAsync(store, () => Task.CompletedTask);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }

    [PostgresFact]
    public async Task The_hosted_service_starts_clustered_on_a_migrated_PostgreSQL_job_store()
    {
        var store = new JobStoreConnection(JobStoreKind.Postgres, await TestPostgres.CreateDatabaseAsync("jobs"));
        CountingJob.Runs = 0;
        long checkedIn = 0;
        await RunSchedulerAsync(store, async () =>
        {
            for (var i = 0; i < 100 && CountingJob.Runs < 1; i++) await Task.Delay(100);
            checkedIn = await TestPostgres.ScalarAsync<long>(store.ConnectionString, "SELECT COUNT(*) FROM qrtz_scheduler_state");
        });
        Assert.True(CountingJob.Runs >= 1);
        Assert.Equal(1, checkedIn); // clustered: the instance checks in
    }

    private static async Task RunSchedulerAsync(JobStoreConnection store, Func<Task> whileRunning)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTransient<CountingJob>();
        services.AddSingleton(store);
        services.AddSingleton<IJobFactory, DependencyInjectionJobFactory>();
        services.AddSingleton(new SchedulerProperties(JobRegistrations.Properties(store, new JobsOptions { InstanceId = "AUTO", SchedulerName = "Test-" + Guid.NewGuid().ToString("N") })));
        services.AddSingleton(new ScheduledJob(JobBuilder.Create<CountingJob>().WithIdentity("counting").StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("counting").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).RepeatForever()).Build()));
        services.AddSingleton<QuartzHostedService>();
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetRequiredService<QuartzHostedService>();
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            Assert.True(hosted.Scheduler!.IsStarted);
            await whileRunning();
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    private static TriggerFiredBundle Bundle(IJobDetail job) => new(job,
        (Quartz.Spi.IOperableTrigger)TriggerBuilder.Create().ForJob(job).StartNow().Build(), null, false,
        DateTimeOffset.UtcNow, null, null, null);

    public sealed class ScopeProbe : IDisposable
    {
        public bool Disposed { get; private set; }
        public void Dispose() => Disposed = true;
    }

    public sealed class ProbeJob(ScopeProbe probe) : IJob
    {
        public ScopeProbe Probe => probe;
        public Task Execute(IJobExecutionContext context) => Task.CompletedTask;
    }

    [DisallowConcurrentExecution]
    public sealed class CountingJob : IJob
    {
        public static int Runs;
        public Task Execute(IJobExecutionContext context)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }
    }
}
