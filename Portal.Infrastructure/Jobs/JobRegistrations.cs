using System.Collections.Specialized;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Infrastructure.Submissions;
using Quartz;
using Quartz.Spi;

namespace Portal.Infrastructure.Jobs;

/// <summary>The job engine's services, jobs and triggers.</summary>
public static class JobRegistrations
{
    /// <summary>
    /// Registers the jobs (always, so they can be run by hand) and, when <c>Portal:Jobs:Enabled</c>, the scheduler.
    /// Job store: SQLite file <c>jobs.db</c> in the data folder, or PostgreSQL at <c>ConnectionStrings:Jobs</c>
    /// (clustered) when <c>Portal:Jobs:Store</c> is <c>postgres</c>.
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(JobsOptions.Section);
        services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        var store = options.Store == JobStoreKind.Postgres
            ? new JobStoreConnection(JobStoreKind.Postgres, configuration.GetConnectionString("Jobs")
                ?? throw new InvalidOperationException("Portal:Jobs:Store is postgres but ConnectionStrings:Jobs is not set."))
            : new JobStoreConnection(JobStoreKind.Sqlite, configuration.GetConnectionString("Jobs")
                ?? $"Data Source={Path.Combine(dataDirectory, "jobs.db")};Pooling=True;Default Timeout=30");
        services.AddSingleton(store);
        services.AddSingleton<JobRunLog>();

        services.AddScoped<OutboxRelay>();
        services.AddScoped<DecisionFeed>();
        services.AddSingleton<HandoffFigures>();
        services.AddScoped<RetentionSweep>();
        services.AddTransient<RelayJob>();
        services.AddTransient<DecisionFeedJob>();
        services.AddTransient<RetentionJob>();
        services.AddTransient<BookingRemindersJob>();
        services.AddTransient<Audit.AuditVerificationJob>();

        services.AddSingleton<IJobFactory, DependencyInjectionJobFactory>();
        services.AddSingleton(new SchedulerProperties(Properties(store, options)));
        services.AddSingleton(Every<RelayJob>(RelayJob.Key, options.RelayInterval));
        services.AddSingleton(Every<DecisionFeedJob>(DecisionFeedJob.Key, options.FeedInterval));
        services.AddSingleton(Every<Audit.AuditVerificationJob>(Audit.AuditVerificationJob.Key, options.AuditVerifyInterval));
        services.AddSingleton(new ScheduledJob(
            JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity(RetentionJob.Key.Name, RetentionJob.Key.Group).ForJob(RetentionJob.Key)
                .WithCronSchedule(options.RetentionCron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireHandlingInstructionFireAndProceed())
                .Build()));
        // Booking reminders run only when the consultations feature registers its sender (see IBookingReminderSender).
        services.AddSingleton(Every<BookingRemindersJob>(BookingRemindersJob.Key, options.RemindersInterval) with
        {
            Condition = sp => sp.GetService<IBookingReminderSender>() is not null,
        });
        if (options.Enabled)
        {
            services.AddSingleton<QuartzHostedService>();
            services.AddHostedService(sp => sp.GetRequiredService<QuartzHostedService>());
        }
        return services;
    }

    private static ScheduledJob Every<T>(JobKey key, TimeSpan interval) where T : IJob => new(
        JobBuilder.Create<T>().WithIdentity(key).StoreDurably().Build(),
        TriggerBuilder.Create().WithIdentity(key.Name, key.Group).ForJob(key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount())
            .Build());

    /// <summary>Quartz's properties: ADO.NET job store, our serializer, schema validation on; clustered on PostgreSQL.</summary>
    public static NameValueCollection Properties(JobStoreConnection store, JobsOptions options)
    {
        var postgres = store.Kind == JobStoreKind.Postgres;
        var p = new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = options.SchedulerName,
            ["quartz.scheduler.instanceId"] = options.InstanceId,
            ["quartz.threadPool.maxConcurrency"] = "4",
            ["quartz.serializer.type"] = typeof(SystemTextJsonObjectSerializer).AssemblyQualifiedName!,
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = postgres
                ? "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz"
                : "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz",
            ["quartz.jobStore.dataSource"] = "default",
            ["quartz.jobStore.tablePrefix"] = JobStoreSchema.TablePrefix,
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.performSchemaValidation"] = "true",
            ["quartz.jobStore.misfireThreshold"] = "30000",
            ["quartz.dataSource.default.provider"] = postgres ? "Npgsql" : "SQLite-Microsoft",
            ["quartz.dataSource.default.connectionString"] = store.ConnectionString,
        };
        if (postgres)
        {
            p["quartz.jobStore.clustered"] = "true";
            p["quartz.jobStore.clusterCheckinInterval"] = "5000";
        }
        return p;
    }
}
