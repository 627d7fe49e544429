using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Infrastructure;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// Consultation booking on the embedded store (SQLite file with WAL in a temp folder, set up by the app's own
/// composition): one <see cref="BookingStore.TryBookAsync"/> of a free slot, end to end (window and limit checks, free
/// booth, booking + 3 booth blocks in one <c>BEGIN IMMEDIATE</c> transaction). Bookings per second = 1 / mean.
/// The office has 40 in-person booths open 8:30–17:15 on weekdays; "now" is Monday 2026-11-30 10:00 JST.
/// Each iteration books the next <see cref="PerIteration"/> free slots in time order, each for a new citizen, and the
/// iteration cleanup deletes them again, so every iteration starts from the same empty store.
/// </summary>
[InvocationCount(PerIteration)]
public class ConsultationBookingBenchmarks
{
    private const int PerIteration = 400;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-bench", "store-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;
    private BookingStore store = null!;
    private Guid officeId;
    private List<DateTimeOffset> slotStarts = null!;
    private int next;

    internal BookingStore Store => store;
    internal Guid OfficeId => officeId;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = directory,
            ["Portal:SeedDemoData"] = "false",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2026, 11, 30, 10, 0, 0, JapanTime.Offset)));
        collection.AddInfrastructure(configuration);
        services = collection.BuildServiceProvider();
        await services.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();

        var office = new Office(Guid.NewGuid(), "BENCH", "計測年金事務所", "Benchmark Pension Office", "東京都", "千代田区", "100-0001", "住所", false);
        for (var i = 1; i <= 40; i++) office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, $"ブース{i}", BoothMode.InPerson));
        foreach (var d in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            office.OpeningHours.Add(new OpeningHours(office.Id, d, new TimeOnly(8, 30), new TimeOnly(17, 15)));
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Offices.Add(office);
            await db.SaveChangesAsync();
        }
        officeId = office.Id;
        store = services.GetRequiredService<BookingStore>();
        slotStarts = (await store.FreeSlotsAsync(officeId, ConsultationTopic.Records, BoothMode.InPerson))
            .SelectMany(s => Enumerable.Repeat(s.StartsAt, s.FreeBooths)).ToList();
        Console.WriteLine($"// {slotStarts.Count} free 45-minute booth slots in the window");
        var check = await BookNextFreeSlot();
        if (check != BookingOutcome.Booked) throw new InvalidOperationException($"Setup booking answered {check}.");
        IterationCleanup();
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        using var db = factory.CreateDbContext();
        db.BoothBlocks.ExecuteDelete();
        db.Bookings.ExecuteDelete();
        next = 0;
    }

    /// <summary>One booking of the next free slot by a new citizen.</summary>
    [Benchmark]
    public async Task<BookingOutcome> BookNextFreeSlot()
    {
        var i = next++;
        var result = await store.TryBookAsync(new BookingRequest(officeId, BoothMode.InPerson, slotStarts[i],
            ConsultationTopic.Records, $"bench-{i}", Attendance.Self));
        return result.Outcome;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>The citizen's slot page: all free times of one topic at the 40-booth office over the 30-day window.</summary>
public class ConsultationFreeSlotsBenchmarks
{
    private readonly ConsultationBookingBenchmarks booking = new();
    private BookingStore store = null!;
    private Guid officeId;

    [GlobalSetup]
    public void Setup()
    {
        booking.Setup();
        store = booking.Store;
        officeId = booking.OfficeId;
        // 200 slots booked, so the free-slot calculation has bookings to step around.
        for (var i = 0; i < 200; i++) booking.BookNextFreeSlot().GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<IReadOnlyList<OfferedSlot>> FreeSlotsThirtyDays() => store.FreeSlotsAsync(officeId, ConsultationTopic.Records);

    [GlobalCleanup]
    public void Cleanup() => booking.Cleanup();
}
