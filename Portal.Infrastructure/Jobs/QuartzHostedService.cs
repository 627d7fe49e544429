using System.Collections.Specialized;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace Portal.Infrastructure.Jobs;

/// <summary>One job and its trigger, registered by <see cref="JobRegistrations"/>.</summary>
public sealed record ScheduledJob(IJobDetail Job, ITrigger Trigger)
{
    /// <summary>Scheduled only when this holds (e.g. the feature that does the work is registered).</summary>
    public Func<IServiceProvider, bool>? Condition { get; init; }
}

/// <summary>
/// Starts Quartz with the app and stops it with the app (the hosting package is not served): migrates the job store,
/// builds the scheduler from <see cref="SchedulerProperties"/>, hands it the DI job factory, (re)schedules the
/// registered jobs and starts it. Stopping waits for running jobs to finish.
/// </summary>
public sealed class QuartzHostedService(
    SchedulerProperties properties,
    JobStoreConnection store,
    IJobFactory jobFactory,
    IEnumerable<ScheduledJob> jobs,
    IServiceProvider services,
    ILogger<QuartzHostedService> logger) : IHostedService
{
    private IScheduler? _scheduler;

    /// <summary>The running scheduler (after start).</summary>
    public IScheduler? Scheduler => _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var ran = await JobStoreSchema.MigrateAsync(store.Kind, store.ConnectionString, cancellationToken);
        var factory = new StdSchedulerFactory(properties.Values);
        _scheduler = await factory.GetScheduler(cancellationToken);
        _scheduler.JobFactory = jobFactory;
        foreach (var scheduled in jobs)
        {
            if (scheduled.Condition?.Invoke(services) == false)
            {
                await _scheduler.DeleteJob(scheduled.Job.Key, cancellationToken);
                continue;
            }
            await _scheduler.ScheduleJob(scheduled.Job, [scheduled.Trigger], replace: true, cancellationToken);
        }
        await _scheduler.Start(cancellationToken);
        logger.LogInformation("Job engine started on {Store} ({Migrations} job store migration(s) applied, {Jobs} jobs)",
            store.Kind, ran, jobs.Count());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is null) return;
        await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        _scheduler = null;
    }
}

/// <summary>Quartz's properties for the ADO.NET job store (see <see cref="JobRegistrations.Properties"/>).</summary>
public sealed record SchedulerProperties(NameValueCollection Values);
