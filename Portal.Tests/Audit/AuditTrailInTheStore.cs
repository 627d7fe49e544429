using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Audit;
using Portal.Infrastructure.Audit;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Audit;

public sealed class AuditTrailInTheStore(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private AuditTrail Trail => factory.Services.GetRequiredService<AuditTrail>();

    [Fact]
    public async Task ConcurrentAppendsFormOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Trail.RecordAsync(new AuditEvent(AuditActions.RecordViewed, AuditOutcome.Succeeded, $"actor-{i}", $"record:{i}"))));
        var result = await Trail.VerifyAsync();
        Assert.True(result.Intact, result.Problem);
        Assert.True(result.EntriesChecked >= 40);
    }
}

/// <summary>Its own app and store: the tampering breaks the chain for every later test of the class.</summary>
public sealed class AuditTrailTampering(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private AuditTrail Trail => factory.Services.GetRequiredService<AuditTrail>();

    [Fact]
    public async Task AnEntryEditedInTheDatabaseIsFound()
    {
        var first = await Trail.RecordAsync(new AuditEvent(AuditActions.SignIn, AuditOutcome.Failed, null, "account:probe"));
        await Trail.RecordAsync(new AuditEvent(AuditActions.SignIn, AuditOutcome.Succeeded, "actor-x", "account:probe"));
        Assert.True((await Trail.VerifyAsync()).Intact);

        // Someone with database access turns the failed sign-in into a success.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE AuditEntries SET Outcome = 1 WHERE Sequence = $s";
            command.Parameters.AddWithValue("$s", first.Sequence);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var result = await Trail.VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(first.Sequence, result.FirstBrokenSequence);
    }
}
