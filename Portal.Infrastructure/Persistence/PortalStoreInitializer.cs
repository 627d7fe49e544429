using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.DemoData;

namespace Portal.Infrastructure.Persistence;

/// <summary>Applies migrations at start-up, turns on WAL, and seeds the demo data when configured.</summary>
public sealed class PortalStoreInitializer(
    IDbContextFactory<PortalDbContext> contextFactory,
    IServiceProvider services,
    IOptions<PortalStoreOptions> options,
    ILogger<PortalStoreInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            // WAL is a property of the database file: set once, kept by every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            logger.LogInformation("Portal store ready; {Count} migration(s) applied", pending);
        }

        if (options.Value.SeedDemoData)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            // Demo logins and keys are fictional, but they hold names and pension numbers, and console output ends up
            // in the logs: they go to a file in the data folder, and the console only says where it is.
            if (services.GetService<IHostEnvironment>() is { } env && env.IsDevelopment())
            {
                var sheet = Path.Combine(Path.GetFullPath(options.Value.DataDirectory, env.ContentRootPath), "demo-logins.txt");
                await File.WriteAllLinesAsync(sheet, DemoAccounts.Describe(), cancellationToken);
                Console.WriteLine($"Demo logins, access keys and invitation codes (fictional): {sheet}");
            }
        }
    }
}
