using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Spi;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Quartz's <see cref="IJobFactory"/> on the app's container: each execution gets its own DI scope (so a job may take
/// scoped services), disposed when Quartz returns the job.
/// </summary>
public sealed class DependencyInjectionJobFactory(IServiceProvider services) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        var scope = services.CreateAsyncScope();
        try
        {
            var job = (IJob)scope.ServiceProvider.GetRequiredService(bundle.JobDetail.JobType);
            return new ScopedJob(scope, job);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void ReturnJob(IJob job)
    {
        if (job is ScopedJob scoped) scoped.Dispose();
    }

    /// <summary>The resolved job and the scope it lives in.</summary>
    internal sealed class ScopedJob(AsyncServiceScope scope, IJob inner) : IJob, IDisposable
    {
        public IJob Inner => inner;
        public Task Execute(IJobExecutionContext context) => inner.Execute(context);
        public void Dispose() => scope.Dispose();
    }
}
