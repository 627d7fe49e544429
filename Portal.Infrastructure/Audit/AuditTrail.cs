using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Audit;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Audit;

/// <summary>
/// The audit chain in the portal store (table AuditEntries). Appends are serialised: one at a time in this process
/// (a semaphore) and across processes by the store's write lock (the SQLite transaction is IMMEDIATE) plus the
/// primary key on the sequence number, so two nodes can never fork the chain; a node that loses the race retries.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, ILogger<AuditTrail> logger) : IAuditTrail
{
    private const int PageSize = 2_000;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await AppendAsync(auditEvent, cancellationToken);
                }
                catch (DbUpdateException ex) when (attempt < 5 && IsKeyConflict(ex))
                {
                    logger.LogInformation("Audit append lost a race with another node; retrying (attempt {Attempt})", attempt);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = AuditChain.Append(head, auditEvent, clock.GetUtcNow());
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return entry;
    }

    private static bool IsKeyConflict(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    /// <summary>Walks the whole chain page by page (constant memory) and reports the first broken link.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var walker = new AuditChain.Walker();
        long after = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in page)
                if (!walker.Next(entry)) return walker.Result;
            if (page.Count < PageSize) return walker.Result;
            after = page[^1].Sequence;
        }
    }

    /// <summary>
    /// The newest entries first, optionally for one action and only those before sequence <paramref name="before"/> (the
    /// admin page pages back by the last sequence it showed: no offset scan).
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? action = null, CancellationToken cancellationToken = default,
        long? before = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(action)) query = query.Where(e => e.Action == action);
        if (before is { } b) query = query.Where(e => e.Sequence < b);
        return await query.OrderByDescending(e => e.Sequence).Take(count).ToListAsync(cancellationToken);
    }
}
