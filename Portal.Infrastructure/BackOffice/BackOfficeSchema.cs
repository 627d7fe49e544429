using System.Data.Common;

namespace Portal.Infrastructure.BackOffice;

/// <summary>
/// The back-office store's migrations, one list with a script per engine; applied steps are recorded in
/// <c>bo_schema_migrations</c>. On PostgreSQL an advisory lock serialises two processes migrating at once.
/// </summary>
public static class BackOfficeSchema
{
    private static readonly (int Version, string Name, string Sqlite, string Postgres)[] Steps =
    [
        (1, "received_and_decisions",
            """
            CREATE TABLE bo_received_submissions (submission_id TEXT NOT NULL, revision INTEGER NOT NULL, kind_code TEXT NOT NULL,
              receipt_number TEXT NOT NULL, received_at_ms BIGINT NOT NULL, content_hash TEXT NOT NULL, payload TEXT NOT NULL,
              delivered_at_ms BIGINT NOT NULL, status INTEGER NOT NULL, PRIMARY KEY (submission_id, revision));
            CREATE INDEX ix_bo_received_status ON bo_received_submissions (status, received_at_ms);
            CREATE TABLE bo_withdrawals (submission_id TEXT NOT NULL PRIMARY KEY, revision INTEGER NOT NULL, delivered_at_ms BIGINT NOT NULL);
            CREATE TABLE bo_decisions (seq INTEGER PRIMARY KEY AUTOINCREMENT, submission_id TEXT NOT NULL, revision INTEGER NOT NULL,
              kind INTEGER NOT NULL, reason TEXT NULL, fields TEXT NULL, deadline TEXT NULL, outcome TEXT NULL, reasons TEXT NULL,
              notice_reference TEXT NULL, decided_by TEXT NOT NULL, decided_at_ms BIGINT NOT NULL);
            CREATE INDEX ix_bo_decisions_submission ON bo_decisions (submission_id);
            """,
            """
            CREATE TABLE bo_received_submissions (submission_id TEXT NOT NULL, revision INTEGER NOT NULL, kind_code TEXT NOT NULL,
              receipt_number TEXT NOT NULL, received_at_ms BIGINT NOT NULL, content_hash TEXT NOT NULL, payload TEXT NOT NULL,
              delivered_at_ms BIGINT NOT NULL, status INTEGER NOT NULL, PRIMARY KEY (submission_id, revision));
            CREATE INDEX ix_bo_received_status ON bo_received_submissions (status, received_at_ms);
            CREATE TABLE bo_withdrawals (submission_id TEXT NOT NULL PRIMARY KEY, revision INTEGER NOT NULL, delivered_at_ms BIGINT NOT NULL);
            CREATE TABLE bo_decisions (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, submission_id TEXT NOT NULL, revision INTEGER NOT NULL,
              kind INTEGER NOT NULL, reason TEXT NULL, fields TEXT NULL, deadline TEXT NULL, outcome TEXT NULL, reasons TEXT NULL,
              notice_reference TEXT NULL, decided_by TEXT NOT NULL, decided_at_ms BIGINT NOT NULL);
            CREATE INDEX ix_bo_decisions_submission ON bo_decisions (submission_id);
            """),
    ];

    /// <summary>Applies the missing steps on an open connection; returns how many ran.</summary>
    public static async Task<int> MigrateAsync(DbConnection connection, BackOfficeProvider provider, CancellationToken ct = default)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (provider == BackOfficeProvider.Postgres) await ExecAsync(connection, tx, "SELECT pg_advisory_xact_lock(727002)", ct);
        else await ExecAsync(connection, tx, "PRAGMA busy_timeout=30000", ct);
        await ExecAsync(connection, tx, "CREATE TABLE IF NOT EXISTS bo_schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)", ct);
        var applied = new HashSet<int>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT version FROM bo_schema_migrations";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));
        }
        var ran = 0;
        foreach (var (version, name, sqlite, postgres) in Steps)
        {
            if (applied.Contains(version)) continue;
            await ExecAsync(connection, tx, provider == BackOfficeProvider.Postgres ? postgres : sqlite, ct);
            await ExecAsync(connection, tx, $"INSERT INTO bo_schema_migrations (version, name) VALUES ({version}, '{name}')", ct);
            ran++;
        }
        await tx.CommitAsync(ct);
        if (provider == BackOfficeProvider.Sqlite) await ExecAsync(connection, null, "PRAGMA journal_mode=WAL", ct);
        return ran;
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
