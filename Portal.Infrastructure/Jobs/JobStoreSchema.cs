using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// The project's migrations for Quartz's ADO.NET job store (ADR 0010): the tables and columns of Quartz's published
/// schema for 3.22 (triggers with execution group, preferred node and their job data), plus the portal's job run log.
/// Each step runs once, recorded in <c>portal_job_store_migrations</c>; on PostgreSQL an advisory lock keeps two
/// starting processes from migrating at the same time. Quartz validates the schema itself at start-up.
/// </summary>
public static class JobStoreSchema
{
    /// <summary>Table prefix Quartz is configured with.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>Applies the missing steps; returns how many ran.</summary>
    public static async Task<int> MigrateAsync(JobStoreKind kind, string connectionString, CancellationToken ct = default)
    {
        await using DbConnection connection = kind == JobStoreKind.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (kind == JobStoreKind.Postgres) await ExecAsync(connection, tx, "SELECT pg_advisory_xact_lock(727001)", ct);
        await ExecAsync(connection, tx,
            "CREATE TABLE IF NOT EXISTS portal_job_store_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)", ct);
        var applied = new HashSet<int>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT version FROM portal_job_store_migrations";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));
        }
        var ran = 0;
        foreach (var (version, name, sqlite, postgres) in Steps)
        {
            if (applied.Contains(version)) continue;
            foreach (var statement in (kind == JobStoreKind.Postgres ? postgres : sqlite).Split("\n;\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                await ExecAsync(connection, tx, statement, ct);
            await ExecAsync(connection, tx, $"INSERT INTO portal_job_store_migrations (version, name) VALUES ({version}, '{name}')", ct);
            ran++;
        }
        await tx.CommitAsync(ct);
        return ran;
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static readonly (int Version, string Name, string Sqlite, string Postgres)[] Steps =
    [
        (1, "quartz_3_22", Quartz(sqlite: true), Quartz(sqlite: false)),
        (2, "job_runs",
            "CREATE TABLE portal_job_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, instance TEXT NOT NULL, started_ms BIGINT NOT NULL, ended_ms BIGINT NOT NULL, items INTEGER NOT NULL)",
            "CREATE TABLE portal_job_runs (id BIGSERIAL PRIMARY KEY, job TEXT NOT NULL, instance TEXT NOT NULL, started_ms BIGINT NOT NULL, ended_ms BIGINT NOT NULL, items INTEGER NOT NULL)"),
    ];

    /// <summary>Quartz's tables in one dialect: same names and columns on both, types per engine.</summary>
    private static string Quartz(bool sqlite)
    {
        var text = sqlite ? "NVARCHAR(200)" : "TEXT";
        var flag = sqlite ? "BIT" : "BOOL";
        var blob = sqlite ? "BLOB" : "BYTEA";
        var p = TablePrefix;
        var key = "sched_name, trigger_name, trigger_group";
        var parentTrigger = $"FOREIGN KEY ({key}) REFERENCES {p}triggers ({key}) ON DELETE CASCADE";
        var statements = new List<string>
        {
            $"""
            CREATE TABLE {p}job_details (sched_name {text} NOT NULL, job_name {text} NOT NULL, job_group {text} NOT NULL,
              description {text} NULL, job_class_name {text} NOT NULL, is_durable {flag} NOT NULL, is_nonconcurrent {flag} NOT NULL,
              is_update_data {flag} NOT NULL, requests_recovery {flag} NOT NULL, job_data {blob} NULL,
              PRIMARY KEY (sched_name, job_name, job_group))
            """,
            $"""
            CREATE TABLE {p}triggers (sched_name {text} NOT NULL, trigger_name {text} NOT NULL, trigger_group {text} NOT NULL,
              job_name {text} NOT NULL, job_group {text} NOT NULL, description {text} NULL, next_fire_time BIGINT NULL,
              prev_fire_time BIGINT NULL, priority INTEGER NULL, trigger_state {text} NOT NULL, trigger_type {text} NOT NULL,
              start_time BIGINT NOT NULL, end_time BIGINT NULL, calendar_name {text} NULL, misfire_instr SMALLINT NULL,
              misfire_orig_fire_time BIGINT NULL, execution_group VARCHAR(200) NULL, preferred_node VARCHAR(200) NULL,
              preferred_node_auto {flag} NOT NULL DEFAULT {(sqlite ? "0" : "FALSE")}, job_data {blob} NULL,
              PRIMARY KEY ({key}),
              FOREIGN KEY (sched_name, job_name, job_group) REFERENCES {p}job_details (sched_name, job_name, job_group))
            """,
            $"""
            CREATE TABLE {p}simple_triggers (sched_name {text} NOT NULL, trigger_name {text} NOT NULL, trigger_group {text} NOT NULL,
              repeat_count BIGINT NOT NULL, repeat_interval BIGINT NOT NULL, times_triggered BIGINT NOT NULL,
              PRIMARY KEY ({key}), {parentTrigger})
            """,
            $"""
            CREATE TABLE {p}simprop_triggers (sched_name {text} NOT NULL, trigger_name {text} NOT NULL, trigger_group {text} NOT NULL,
              str_prop_1 {text} NULL, str_prop_2 {text} NULL, str_prop_3 {text} NULL, int_prop_1 INTEGER NULL, int_prop_2 INTEGER NULL,
              long_prop_1 BIGINT NULL, long_prop_2 BIGINT NULL, dec_prop_1 NUMERIC NULL, dec_prop_2 NUMERIC NULL,
              bool_prop_1 {flag} NULL, bool_prop_2 {flag} NULL, time_zone_id {text} NULL,
              PRIMARY KEY ({key}), {parentTrigger})
            """,
            $"""
            CREATE TABLE {p}cron_triggers (sched_name {text} NOT NULL, trigger_name {text} NOT NULL, trigger_group {text} NOT NULL,
              cron_expression {text} NOT NULL, time_zone_id {text} NULL, PRIMARY KEY ({key}), {parentTrigger})
            """,
            $"""
            CREATE TABLE {p}blob_triggers (sched_name {text} NOT NULL, trigger_name {text} NOT NULL, trigger_group {text} NOT NULL,
              blob_data {blob} NULL, PRIMARY KEY ({key}), {parentTrigger})
            """,
            $"CREATE TABLE {p}calendars (sched_name {text} NOT NULL, calendar_name {text} NOT NULL, calendar {blob} NOT NULL, PRIMARY KEY (sched_name, calendar_name))",
            $"CREATE TABLE {p}paused_trigger_grps (sched_name {text} NOT NULL, trigger_group {text} NOT NULL, PRIMARY KEY (sched_name, trigger_group))",
            $"""
            CREATE TABLE {p}fired_triggers (sched_name {text} NOT NULL, entry_id {text} NOT NULL, trigger_name {text} NOT NULL,
              trigger_group {text} NOT NULL, instance_name {text} NOT NULL, fired_time BIGINT NOT NULL, sched_time BIGINT NOT NULL,
              priority INTEGER NOT NULL, state {text} NOT NULL, job_name {text} NULL, job_group {text} NULL,
              is_nonconcurrent {flag} NOT NULL, requests_recovery {flag} NULL, execution_group VARCHAR(200) NULL,
              PRIMARY KEY (sched_name, entry_id))
            """,
            $"""
            CREATE TABLE {p}scheduler_state (sched_name {text} NOT NULL, instance_name {text} NOT NULL,
              last_checkin_time BIGINT NOT NULL, checkin_interval BIGINT NOT NULL, PRIMARY KEY (sched_name, instance_name))
            """,
            $"CREATE TABLE {p}locks (sched_name {text} NOT NULL, lock_name {text} NOT NULL, PRIMARY KEY (sched_name, lock_name))",
            $"CREATE INDEX idx_{p}j_req_recovery ON {p}job_details (sched_name, requests_recovery)",
            $"CREATE INDEX idx_{p}j_g_n ON {p}job_details (sched_name, job_group, job_name)",
            $"CREATE INDEX idx_{p}t_next_fire_time ON {p}triggers (sched_name, next_fire_time)",
            $"CREATE INDEX idx_{p}t_state ON {p}triggers (sched_name, trigger_state)",
            $"CREATE INDEX idx_{p}t_nft_st ON {p}triggers (sched_name, trigger_state, next_fire_time)",
            $"CREATE INDEX idx_{p}t_g_n ON {p}triggers (sched_name, trigger_group, trigger_name)",
            $"CREATE INDEX idx_{p}ft_trig_nm_gp ON {p}fired_triggers (sched_name, trigger_name, trigger_group)",
            $"CREATE INDEX idx_{p}ft_trig_inst_name ON {p}fired_triggers (sched_name, instance_name)",
            $"CREATE INDEX idx_{p}ft_job_req_recovery ON {p}fired_triggers (requests_recovery)",
        };
        if (sqlite)
        {
            // SQLite enforces ON DELETE CASCADE only with foreign keys switched on per connection: delete the
            // per-type rows with the trigger row explicitly.
            foreach (var child in new[] { "simple_triggers", "simprop_triggers", "cron_triggers", "blob_triggers" })
                statements.Add($"CREATE TRIGGER {p}delete_{child} AFTER DELETE ON {p}triggers BEGIN DELETE FROM {p}{child} WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group; END");
        }
        return string.Join("\n;\n", statements);
    }
}
