using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Infrastructure.BackOffice;

/// <summary>
/// The back-office hand-off store (DESIGN §1): a separate database that stands in for what the core system receives.
/// It holds the received revisions keyed by submission id + revision (the idempotency key: a second delivery changes
/// nothing) and the decisions the reviewers make, numbered by an ever-growing sequence that the decision feed reads by
/// cursor. Plain ADO.NET on both engines (no EF Core provider for PostgreSQL is served for net9; ADR 0010); the same
/// SQL runs on SQLite and PostgreSQL except the DDL.
/// </summary>
public sealed class BackOfficeStore(BackOfficeOptions options, TimeProvider clock)
{
    private volatile bool _schemaReady;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);

    /// <summary>The engine.</summary>
    public BackOfficeProvider Provider => options.Provider;

    private DbConnection NewConnection() => options.Provider == BackOfficeProvider.Postgres
        ? new NpgsqlConnection(options.ConnectionString)
        : new SqliteConnection(options.ConnectionString);

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (!_schemaReady) await EnsureSchemaAsync(ct);
        var connection = NewConnection();
        try
        {
            await connection.OpenAsync(ct);
            if (connection is SqliteConnection)
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = "PRAGMA busy_timeout=30000;";
                await cmd.ExecuteNonQueryAsync(ct);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates or upgrades the schema (once per process; also done lazily by every call, so an outage at start-up is survived).</summary>
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        if (_schemaReady) return;
        await _schemaGate.WaitAsync(ct);
        try
        {
            if (_schemaReady) return;
            await using var connection = NewConnection();
            await connection.OpenAsync(ct);
            await BackOfficeSchema.MigrateAsync(connection, options.Provider, ct);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>
    /// Stores the messages in one transaction. A revision already held (same submission id + revision) is left as it is;
    /// a withdrawal marks the back office's case withdrawn. Returns how many revisions were new.
    /// </summary>
    public async Task<int> DeliverAsync(IReadOnlyList<BackOfficeDelivery> messages, CancellationToken ct = default)
    {
        if (messages.Count == 0) return 0;
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var inserted = 0;
        var deliveries = messages.Where(m => !m.Withdraw).ToList();
        const int chunk = 500;
        for (var offset = 0; offset < deliveries.Count; offset += chunk)
        {
            var part = deliveries.Skip(offset).Take(chunk).ToList();
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            var sql = new StringBuilder("INSERT INTO bo_received_submissions (submission_id, revision, kind_code, receipt_number, received_at_ms, content_hash, payload, delivered_at_ms, status) VALUES ");
            for (var i = 0; i < part.Count; i++)
            {
                var m = part[i];
                if (i > 0) sql.Append(',');
                sql.Append($"(@s{i},@r{i},@k{i},@n{i},@ra{i},@h{i},@p{i},@d{i},{(int)BackOfficeStatus.Received})");
                Add(cmd, $"s{i}", m.SubmissionId.ToString("D"));
                Add(cmd, $"r{i}", m.Revision);
                Add(cmd, $"k{i}", m.KindCode);
                Add(cmd, $"n{i}", m.ReceiptNumber);
                Add(cmd, $"ra{i}", m.ReceivedAt.ToUnixTimeMilliseconds());
                Add(cmd, $"h{i}", m.ContentHash);
                Add(cmd, $"p{i}", m.Payload ?? "{}");
                Add(cmd, $"d{i}", m.At.ToUnixTimeMilliseconds());
            }
            sql.Append(" ON CONFLICT (submission_id, revision) DO NOTHING");
            cmd.CommandText = sql.ToString();
            inserted += await cmd.ExecuteNonQueryAsync(ct);
        }
        foreach (var w in messages.Where(m => m.Withdraw))
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"""
                INSERT INTO bo_withdrawals (submission_id, revision, delivered_at_ms) VALUES (@s, @r, @d) ON CONFLICT (submission_id) DO NOTHING;
                UPDATE bo_received_submissions SET status = {(int)BackOfficeStatus.Withdrawn}
                WHERE submission_id = @s AND status NOT IN ({(int)BackOfficeStatus.Completed}, {(int)BackOfficeStatus.Returned});
                """;
            Add(cmd, "s", w.SubmissionId.ToString("D"));
            Add(cmd, "r", w.Revision);
            Add(cmd, "d", w.At.ToUnixTimeMilliseconds());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return inserted;
    }

    /// <summary>The latest revision of every case still with the back office (received, under review, awaiting correction), oldest receipt first.</summary>
    public async Task<IReadOnlyList<ReceivedSubmission>> OpenCasesAsync(int limit = 500, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT {Columns} FROM bo_received_submissions r
            WHERE r.status IN ({(int)BackOfficeStatus.Received}, {(int)BackOfficeStatus.UnderReview}, {(int)BackOfficeStatus.CorrectionRequested})
              AND r.revision = (SELECT MAX(x.revision) FROM bo_received_submissions x WHERE x.submission_id = r.submission_id)
            ORDER BY r.received_at_ms, r.submission_id LIMIT {limit}
            """;
        return await ReadReceivedAsync(cmd, ct);
    }

    /// <summary>The latest revision held for a submission, or null.</summary>
    public async Task<ReceivedSubmission?> FindAsync(Guid submissionId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM bo_received_submissions r WHERE r.submission_id = @s ORDER BY r.revision DESC LIMIT 1";
        Add(cmd, "s", submissionId.ToString("D"));
        return (await ReadReceivedAsync(cmd, ct)).FirstOrDefault();
    }

    /// <summary>How many revisions the store holds, and how many distinct submissions (tests and measurements).</summary>
    public async Task<(long Revisions, long Submissions)> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM bo_received_submissions";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Which statuses a decision may start from (the back office's own bookkeeping; the portal's domain decides again).</summary>
    public static bool Allows(BackOfficeStatus status, DecisionKind kind) => (status, kind) switch
    {
        (BackOfficeStatus.Received, DecisionKind.UnderReview) => true,
        (BackOfficeStatus.Received or BackOfficeStatus.UnderReview, DecisionKind.CorrectionRequested) => true,
        (BackOfficeStatus.UnderReview, DecisionKind.Completed) => true,
        (BackOfficeStatus.Received or BackOfficeStatus.UnderReview or BackOfficeStatus.CorrectionRequested, DecisionKind.Returned) => true,
        _ => false,
    };

    /// <summary>
    /// Records a decision on the revision and moves the case, in one transaction. Writers are serialised, so the
    /// sequence grows in commit order and a cursor reader never skips a row. Returns the sequence, or null when the
    /// case is not held or is not in a state that allows the decision.
    /// </summary>
    public async Task<long?> DecideAsync(NewDecision decision, bool checkStatus = true, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (options.Provider == BackOfficeProvider.Postgres)
        {
            await using var lockCmd = connection.CreateCommand();
            lockCmd.Transaction = tx;
            lockCmd.CommandText = "LOCK TABLE bo_decisions IN SHARE ROW EXCLUSIVE MODE";
            await lockCmd.ExecuteNonQueryAsync(ct);
        }
        if (checkStatus)
        {
            await using var check = connection.CreateCommand();
            check.Transaction = tx;
            check.CommandText = "SELECT status FROM bo_received_submissions WHERE submission_id = @s AND revision = @r";
            Add(check, "s", decision.SubmissionId.ToString("D"));
            Add(check, "r", decision.Revision);
            var status = await check.ExecuteScalarAsync(ct);
            if (status is null || !Allows((BackOfficeStatus)Convert.ToInt32(status), decision.Kind)) return null;
        }
        var next = decision.Kind switch
        {
            DecisionKind.UnderReview => BackOfficeStatus.UnderReview,
            DecisionKind.CorrectionRequested => BackOfficeStatus.CorrectionRequested,
            DecisionKind.Completed => BackOfficeStatus.Completed,
            _ => BackOfficeStatus.Returned,
        };
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = tx;
            update.CommandText = "UPDATE bo_received_submissions SET status = @st WHERE submission_id = @s AND revision = @r";
            Add(update, "st", (int)next);
            Add(update, "s", decision.SubmissionId.ToString("D"));
            Add(update, "r", decision.Revision);
            await update.ExecuteNonQueryAsync(ct);
        }
        long sequence;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO bo_decisions (submission_id, revision, kind, reason, fields, deadline, outcome, reasons, notice_reference, decided_by, decided_at_ms)
                VALUES (@s, @r, @k, @reason, @fields, @deadline, @outcome, @reasons, @notice, @by, @at) RETURNING seq
                """;
            Add(insert, "s", decision.SubmissionId.ToString("D"));
            Add(insert, "r", decision.Revision);
            Add(insert, "k", (int)decision.Kind);
            Add(insert, "reason", decision.Reason);
            Add(insert, "fields", Join(decision.Fields));
            Add(insert, "deadline", decision.Deadline?.ToString("yyyy-MM-dd"));
            Add(insert, "outcome", decision.Outcome);
            Add(insert, "reasons", Join(decision.Reasons));
            Add(insert, "notice", decision.NoticeReference);
            Add(insert, "by", decision.DecidedBy);
            Add(insert, "at", clock.GetUtcNow().ToUnixTimeMilliseconds());
            sequence = Convert.ToInt64(await insert.ExecuteScalarAsync(ct));
        }
        await tx.CommitAsync(ct);
        return sequence;
    }

    /// <summary>Decisions after <paramref name="after"/>, in sequence order.</summary>
    public async Task<IReadOnlyList<BackOfficeDecision>> DecisionsAfterAsync(long after, int limit, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT seq, submission_id, revision, kind, reason, fields, deadline, outcome, reasons, notice_reference, decided_by, decided_at_ms
            FROM bo_decisions WHERE seq > @after ORDER BY seq LIMIT {limit}
            """;
        Add(cmd, "after", after);
        var list = new List<BackOfficeDecision>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new BackOfficeDecision(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), reader.GetInt32(2),
                (DecisionKind)reader.GetInt32(3), Str(reader, 4), Split(Str(reader, 5)),
                Str(reader, 6) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd") : null, Str(reader, 7), Split(Str(reader, 8)),
                Str(reader, 9), reader.GetString(10), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11))));
        }
        return list;
    }

    private const string Columns = "r.submission_id, r.revision, r.kind_code, r.receipt_number, r.received_at_ms, r.content_hash, r.payload, r.delivered_at_ms, r.status";

    private static async Task<IReadOnlyList<ReceivedSubmission>> ReadReceivedAsync(DbCommand cmd, CancellationToken ct)
    {
        var list = new List<ReceivedSubmission>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new ReceivedSubmission(Guid.Parse(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), reader.GetString(5), reader.GetString(6),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)), (BackOfficeStatus)reader.GetInt32(8)));
        return list;
    }

    private static string? Str(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
    private static string? Join(IReadOnlyList<string>? items) => items is { Count: > 0 } ? string.Join('\n', items) : null;
    private static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
