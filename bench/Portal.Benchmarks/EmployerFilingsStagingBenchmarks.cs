using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using Portal.Infrastructure;
using Portal.Infrastructure.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// Issue target, end to end: a 10,000-row 算定基礎届 CSV parsed, validated and STAGED — what "file the valid rows" does:
/// <see cref="EmployerCsvImport.ReadAsync"/>, <see cref="EmployerCsvImport.ToFiling"/>, then
/// <see cref="EmployerFilingStager.StageAsync"/> (the domain check of the whole payload again, draft + submit with receipt
/// number, encrypted payload, outbox row and receipt notice in one transaction) into a real SQLite store seeded with the
/// demo data. Every invocation adds one submission of 10,000 lines.
/// </summary>
[MemoryDiagnoser]
public class EmployerFilingsStagingBenchmarks
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-bench", "staging-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;
    private EmployerFilingStager stager = null!;
    private EmployerFilingContext context = null!;
    private SubmissionOwner owner = null!;
    private SubmissionActor actor = null!;
    private byte[] utf8 = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataDirectory"] = directory })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddInfrastructure(configuration);
        services = collection.BuildServiceProvider();
        await services.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.OfficeSymbol == "12-サクラ");
            var userId = await db.Users.Where(u => u.Email == "employer1@demo.example").Select(u => u.Id).SingleAsync();
            context = new EmployerFilingContext(new DateOnly(2026, 7, 6), EstablishmentFacts.From(establishment), ReportYear: 2026);
            owner = SubmissionOwner.Employer(userId, establishment.Id, filedAsAttorney: false);
            actor = SubmissionActor.Employer(userId);
            var text = EmployerFilingsBenchmarks.AnnualBaseCsv(EmployerFilingsBenchmarks.Rows)
                .Replace("ABR,12-アイウ,12345,", $"ABR,{establishment.OfficeSymbol},{establishment.EstablishmentNumber},");
            utf8 = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        }
        // The receipt notice is stored in the transaction; only the after-commit alert (a file drop) is left out here.
        stager = new EmployerFilingStager(factory, TimeProvider.System, new NoAlerts());
        var lines = await ReadParseValidateStage();
        Breakdown();
        if (lines != EmployerFilingsBenchmarks.Rows) throw new InvalidOperationException($"Staged {lines} lines.");
    }

    /// <summary>Parse + validate + stage (one submission of 10,000 lines) from UTF-8.</summary>
    [Benchmark]
    public Task<int> AnnualBase10000RowsParseValidateStage() => ReadParseValidateStage();

    private async Task<int> ReadParseValidateStage()
    {
        var result = await EmployerCsvImport.ReadAsync(SubmissionKind.AnnualBaseReport, new MemoryStream(utf8, writable: false), context)
            ?? throw new InvalidOperationException("No layout.");
        if (result.IsRefused || result.ValidRowCount != EmployerFilingsBenchmarks.Rows)
            throw new InvalidOperationException($"Read: {result.Refusal?.Code}, {result.ValidRowCount} valid.");
        var filing = EmployerCsvImport.ToFiling(result, context)!;
        var outcome = await stager.StageAsync(SubmissionKind.AnnualBaseReport, filing, owner, actor, context, Guid.NewGuid().ToString("N"));
        if (!outcome.Succeeded) throw new InvalidOperationException($"Stage: {outcome.ErrorKey} {outcome.Issues.FirstOrDefault()}");
        return ((AnnualBaseReportFiling)filing).Lines.Count;
    }

    // One pass of each phase, printed with the results (a diagnostic, not a measurement).
    private void Breakdown()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = EmployerCsvImport.ReadAsync(SubmissionKind.AnnualBaseReport, new MemoryStream(utf8, writable: false), context).GetAwaiter().GetResult()!;
        var read = watch.Elapsed; watch.Restart();
        var filing = EmployerCsvImport.ToFiling(result, context)!;
        var json = EmployerFilingStager.Serialize(filing);
        var serialize = watch.Elapsed; watch.Restart();
        EmployerForms.Validate(SubmissionKind.AnnualBaseReport, json, context);
        var validate = watch.Elapsed; watch.Restart();
        Portal.Domain.Submissions.CanonicalJson.TryCanonicalize(json, out var canonical);
        var canonicalise = watch.Elapsed; watch.Restart();
        var protector = services.GetRequiredService<Portal.Infrastructure.Submissions.PayloadProtector>();
        protector.Protect(canonical);
        var protect = watch.Elapsed;
        Console.WriteLine($"// breakdown: read {read.TotalMilliseconds:F0} ms, serialise {serialize.TotalMilliseconds:F0} ms, validate again {validate.TotalMilliseconds:F0} ms, " +
            $"canonicalise {canonicalise.TotalMilliseconds:F0} ms, protect {protect.TotalMilliseconds:F0} ms, payload {json.Length / 1024} KB");
    }

    private sealed class NoAlerts : INoticeAlerts
    {
        public Task NoticesCreatedAsync(IReadOnlyList<Portal.Domain.Notices.Notice> notices, CancellationToken ct = default) => Task.CompletedTask;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
