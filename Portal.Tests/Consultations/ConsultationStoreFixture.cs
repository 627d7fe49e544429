using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Consultations;
using Portal.Infrastructure;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;

namespace Portal.Tests.Consultations;

/// <summary>
/// A real portal store for the consultation tests: a SQLite file in a temp folder, migrated and switched to WAL by the
/// app's own <see cref="PortalStoreInitializer"/> (no demo data), with a clock the test sets.
/// </summary>
internal sealed class ConsultationStoreFixture : IAsyncDisposable
{
    private ConsultationStoreFixture(string directory, ServiceProvider services, TestClock clock)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
    }

    public string Directory { get; }
    public ServiceProvider Services { get; }
    public TestClock Clock { get; }
    public BookingStore Bookings => Services.GetRequiredService<BookingStore>();
    public WalkInStore WalkIns => Services.GetRequiredService<WalkInStore>();
    public IDbContextFactory<PortalDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public static async Task<ConsultationStoreFixture> CreateAsync(DateTimeOffset now, BookingStoreOptions? options = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "portal-tests", "consultations-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = directory,
            ["Portal:SeedDemoData"] = "false",
        }).Build();
        var clock = new TestClock(now);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        if (options is not null) collection.AddSingleton(options);
        collection.AddInfrastructure(configuration);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<PortalStoreInitializer>().InitialiseAsync();
        return new ConsultationStoreFixture(directory, services, clock);
    }

    public async Task<Office> AddAsync(Office office)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.Offices.Add(office);
        await db.SaveChangesAsync();
        return office;
    }

    /// <summary>An office with one in-person booth open on Tuesdays 9:00–9:45 only: one 45-minute slot a week.</summary>
    public static Office OneSlotATuesday(string code = "LAST")
    {
        var office = new Office(Guid.NewGuid(), code, "最後の枠事務所", "Last Slot Office", "東京都", "港区", "105-0001", "住所", false);
        office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, "ブース1", BoothMode.InPerson));
        office.OpeningHours.Add(new OpeningHours(office.Id, DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(9, 45)));
        return office;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
