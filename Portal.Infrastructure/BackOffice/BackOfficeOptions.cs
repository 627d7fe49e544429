namespace Portal.Infrastructure.BackOffice;

/// <summary>The back-office store's engine, chosen from its connection string.</summary>
public enum BackOfficeProvider
{
    /// <summary>A SQLite file (embedded default).</summary>
    Sqlite,
    /// <summary>PostgreSQL through Npgsql (production shape, tests).</summary>
    Postgres,
}

/// <summary>Where the back-office store is: <c>ConnectionStrings:BackOffice</c>.</summary>
public sealed record BackOfficeOptions(BackOfficeProvider Provider, string ConnectionString)
{
    /// <summary>
    /// PostgreSQL when the connection string names a host (<c>Host=</c>), otherwise SQLite; the default is
    /// <c>backoffice.db</c> in the data folder.
    /// </summary>
    public static BackOfficeOptions From(string? connectionString, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return new(BackOfficeProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "backoffice.db")};Pooling=True;Default Timeout=30");
        return connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new(BackOfficeProvider.Postgres, connectionString)
            : new(BackOfficeProvider.Sqlite, connectionString);
    }
}
