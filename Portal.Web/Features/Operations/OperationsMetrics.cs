using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Infrastructure.Jobs;
using Quartz;

namespace Portal.Web.Features.Operations;

/// <summary>Requests answered by this process, by status class (1xx–5xx). Counts only.</summary>
public sealed class RequestCounters
{
    private readonly long[] _byClass = new long[6];

    public void Count(int status) => Interlocked.Increment(ref _byClass[Math.Clamp(status / 100, 0, 5)]);

    /// <summary>"2xx" → count, for the classes 1xx–5xx.</summary>
    public IReadOnlyList<(string StatusClass, long Count)> Snapshot() =>
        Enumerable.Range(1, 5).Select(i => ($"{i}xx", Interlocked.Read(ref _byClass[i]))).ToList();
}

/// <summary>Runs, failures, last run and last duration of each job this process ran (a Quartz job listener).</summary>
public sealed class JobFigures : IJobListener
{
    private readonly ConcurrentDictionary<string, JobFigure> _jobs = new(StringComparer.Ordinal);

    public sealed class JobFigure
    {
        public long Runs;
        public long Failures;
        public DateTimeOffset? LastRun;
        public double LastDurationSeconds;
    }

    public string Name => "portal-job-figures";

    public IReadOnlyList<(string Job, JobFigure Figure)> Snapshot() =>
        _jobs.OrderBy(j => j.Key, StringComparer.Ordinal).Select(j => (j.Key, j.Value)).ToList();

    public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;
    public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Record(context.JobDetail.Key.Name, context.FireTimeUtc, context.JobRunTime, jobException is not null);
        return Task.CompletedTask;
    }

    /// <summary>Adds one run (also used by tests).</summary>
    public void Record(string job, DateTimeOffset at, TimeSpan duration, bool failed)
    {
        var figure = _jobs.GetOrAdd(job, _ => new JobFigure());
        lock (figure)
        {
            figure.Runs++;
            if (failed) figure.Failures++;
            figure.LastRun = at;
            figure.LastDurationSeconds = duration.TotalSeconds;
        }
    }
}

/// <summary>Attaches <see cref="JobFigures"/> to the scheduler once it has started (hosted services start in order).</summary>
internal sealed class JobFiguresAttacher(IServiceProvider services, JobFigures figures) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<QuartzHostedService>()?.Scheduler is { } scheduler)
            scheduler.ListenerManager.AddJobListener(figures, Quartz.Impl.Matchers.GroupMatcher<JobKey>.AnyGroup());
        await Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class OperationsMetrics
{
    public static IServiceCollection AddOperationsMetrics(this IServiceCollection services)
    {
        services.AddSingleton<RequestCounters>();
        services.AddSingleton<JobFigures>();
        services.AddHostedService<JobFiguresAttacher>();
        return services;
    }

    /// <summary>Counts every response by status class (first in the pipeline, so refusals count too).</summary>
    public static IApplicationBuilder UseRequestCounters(this IApplicationBuilder app)
    {
        var counters = app.ApplicationServices.GetRequiredService<RequestCounters>();
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
                counters.Count(context.Response.StatusCode);
            }
            catch
            {
                counters.Count(StatusCodes.Status500InternalServerError);
                throw;
            }
        });
    }
}
