using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;
using Portal.Infrastructure;
using Portal.Infrastructure.Accounts;
using Portal.Infrastructure.DemoData;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Records;

namespace Portal.Benchmarks;

/// <summary>
/// Issue 3, target 2: the records page's data for a 45-year record assembled in under 20 ms — the pure calculation that
/// <see cref="RecordQueries.ForUserAsync"/> does after loading, on the 540-month fixture.
/// </summary>
public class RecordsBenchmarks
{
    private List<PensionMonth> months = null!;
    private List<EmploymentPeriod> periods = null!;

    [GlobalSetup]
    public void Setup() => (months, periods) = FortyFiveYearRecord.PortalRecord(FortyFiveYearRecord.PersonId);

    /// <summary>
    /// The same steps as <see cref="RecordQueries.ForUserAsync"/> after the database load: the parameters for "today",
    /// <see cref="RecordSummary.Calculate"/>, <see cref="RecordAttention.Find"/> and <see cref="LatePaymentCandidates.Find"/>.
    /// </summary>
    [Benchmark]
    public object AssembleRecordPage45Years()
    {
        var today = FortyFiveYearRecord.RecordsToday;
        var birthDate = FortyFiveYearRecord.BirthDate;
        var parameters = BenefitParameterCatalogue.ForDate(today);
        var fullBasic = parameters.IsSuccess ? parameters.Value!.FullBasicPensionFor(birthDate) : null;
        return (RecordSummary.Calculate(birthDate, months, periods, today),
            RecordAttention.Find(birthDate, months, periods, today),
            LatePaymentCandidates.Find(months, today, fullBasic?.Yen ?? 0),
            fullBasic);
    }
}

/// <summary>
/// Issue 3, target 2 with the database: <see cref="RecordQueries.ForUserAsync"/> end to end on a real SQLite store in a
/// temp folder, seeded by the app's own composition (AddInfrastructure + PortalStoreInitializer, the demo data).
/// </summary>
public class RecordQueriesDatabaseBenchmarks
{
    private const string BenchUserEmail = "bench45@demo.example";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-bench", "store-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;
    private RecordQueries systemClockQueries = null!;
    private RecordQueries recordEndQueries = null!;
    private string citizen1UserId = null!;
    private string fortyFiveYearUserId = null!;

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
            citizen1UserId = await db.Users.Where(u => u.Email == DemoAccounts.Citizen1Email).Select(u => u.Id).SingleAsync();

            // The 540-month fixture as a further citizen of the same store (the demo citizens have shorter records).
            var person = new InsuredPerson(FortyFiveYearRecord.PersonId, BasicPensionNumber.From("9990540045"),
                "年金", "四十五", "ネンキン", "ヨンジュウゴ", FortyFiveYearRecord.BirthDate, Sex.Male, "東京都");
            var (months, periods) = FortyFiveYearRecord.PortalRecord(person.Id);
            var user = PortalUser.Create(BenchUserEmail, "年金 四十五", DateTimeOffset.UtcNow);
            user.NormalizedEmail = user.NormalizedUserName = BenchUserEmail.ToUpperInvariant();
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.InsuredPersonId = person.Id;
            db.InsuredPersons.Add(person);
            db.EmploymentPeriods.AddRange(periods);
            db.PensionMonths.AddRange(months);
            db.Users.Add(user);
            await db.SaveChangesAsync();
            fortyFiveYearUserId = user.Id;
        }

        systemClockQueries = new RecordQueries(factory, TimeProvider.System);
        recordEndQueries = new RecordQueries(factory, new FixedTimeProvider(
            new DateTimeOffset(FortyFiveYearRecord.RecordsToday.ToDateTime(new TimeOnly(9, 0)), JapanTime.Offset)));

        var citizen1 = await systemClockQueries.ForUserAsync(citizen1UserId)
            ?? throw new InvalidOperationException("citizen1 has no record.");
        var fortyFive = await recordEndQueries.ForUserAsync(fortyFiveYearUserId)
            ?? throw new InvalidOperationException("The 45-year citizen has no record.");
        if (fortyFive.Months.Count != FortyFiveYearRecord.MonthCount)
            throw new InvalidOperationException($"The 45-year citizen loaded {fortyFive.Months.Count} months.");
        Console.WriteLine($"// citizen1: {citizen1.Months.Count} stored months, {citizen1.Periods.Count} employment periods, " +
            $"{citizen1.Summary.EligibilityMonths} qualifying months as of {citizen1.Today:yyyy-MM-dd}");
        Console.WriteLine($"// 45-year citizen: {fortyFive.Months.Count} stored months, {fortyFive.Periods.Count} employment periods, " +
            $"{fortyFive.Summary.EligibilityMonths} qualifying months, {fortyFive.Attention.Count} attention items, " +
            $"{fortyFive.LatePayment.Count} 追納 candidates as of {fortyFive.Today:yyyy-MM-dd}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    /// <summary><c>new RecordQueries(contextFactory, TimeProvider.System).ForUserAsync(citizen1)</c> on the seeded demo store.</summary>
    [Benchmark]
    public Task<RecordQueries.PersonRecord?> ForUserAsyncCitizen1() => systemClockQueries.ForUserAsync(citizen1UserId);

    /// <summary>The same query for the 540-month fixture added to the store, with "today" fixed at the month after the record ends.</summary>
    [Benchmark]
    public Task<RecordQueries.PersonRecord?> ForUserAsync45Years() => recordEndQueries.ForUserAsync(fortyFiveYearUserId);

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
