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
            // Demo logins and keys are fictional; they go to the console, never into the structured logs.
            if (services.GetService<IHostEnvironment>()?.IsDevelopment() == true)
                Console.WriteLine(string.Join(Environment.NewLine, DemoAccounts.Describe()));
        }
    }
}
