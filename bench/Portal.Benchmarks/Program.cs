using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Portal.Benchmarks;

public static class Program
{
    /// <summary>Our own switch (removed before BenchmarkDotNet reads the arguments): run in this process instead of a generated one.</summary>
    private const string InProcessSwitch = "--in-process";

    /// <summary>
    /// Runs the benchmarks chosen on the command line (<c>--filter '*'</c>) with BenchmarkDotNet's short run job and the
    /// memory diagnoser. By default each benchmark runs in a separate process that BenchmarkDotNet generates and builds
    /// (works with this self-contained linux-x64 repository; about 20 s of build). With <c>--in-process</c> it runs in
    /// this process through <see cref="InProcessEmitToolchain"/> instead (no build; see bench/README.md).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.FirstOrDefault() == "handoff")
        {
            // Issue 7's measurements need a PostgreSQL server: a measuring run, not a BenchmarkDotNet benchmark.
            HandoffMeasurement.RunAsync(args).GetAwaiter().GetResult();
            return;
        }
        var inProcess = args.Contains(InProcessSwitch);
        var job = inProcess
            ? Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess")
            : Job.ShortRun;
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary)
            // Results under bin/ (ignored by git) rather than in whatever folder the command was started from.
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != InProcessSwitch).ToArray(), config);
    }
}
