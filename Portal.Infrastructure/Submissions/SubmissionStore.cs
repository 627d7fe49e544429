using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Submissions;

/// <summary>Whose submissions a caller may see: a citizen's own, or those of the establishments an employer belongs to.</summary>
public sealed record SubmissionScope
{
    private SubmissionScope(Guid? person, IReadOnlyCollection<Guid>? establishments)
    {
        InsuredPersonId = person;
        EstablishmentIds = establishments ?? [];
    }

    /// <summary>The citizen's person, when a citizen scope.</summary>
    public Guid? InsuredPersonId { get; }
    /// <summary>The establishments, when an employer scope.</summary>
    public IReadOnlyCollection<Guid> EstablishmentIds { get; }

    /// <summary>The signed-in citizen's own submissions.</summary>
    public static SubmissionScope Citizen(Guid insuredPersonId) => new(insuredPersonId, null);
    /// <summary>The filings of these establishments (the user's memberships).</summary>
    public static SubmissionScope Establishments(IReadOnlyCollection<Guid> ids) => new(null, ids);

    internal Expression<Func<Submission, bool>> Filter()
    {
        if (InsuredPersonId is { } person) return s => s.Owner.InsuredPersonId == person;
        var ids = EstablishmentIds.ToList();
        return s => s.Owner.EstablishmentId != null && ids.Contains(s.Owner.EstablishmentId.Value);
    }
}

/// <summary>One line of a submission list.</summary>
public sealed record SubmissionSummary(Guid Id, SubmissionKind Kind, SubmissionState State, string? ReceiptNumber,
    DateTimeOffset? ReceivedAt, DateTimeOffset UpdatedAt, DateOnly? CorrectionDeadline, Guid? EstablishmentId);

/// <summary>The outcome of a submit: the receipt, or why not (with the blocking submission for a duplicate).</summary>
public sealed record SubmitOutcome(Submission? Submission, RuleError? Error, Guid? DuplicateOf = null)
{
    /// <summary>True when the submission was received (now or by an earlier click with the same request id).</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// Loads and saves submissions for the use cases (forms, CSV, reviewer, relay). Every change runs in one transaction
/// with its outbox row and inbox notice (see <see cref="PortalDbContext.SaveChangesAsync(bool, CancellationToken)"/>);
/// after commit the recipients are alerted. Callers pass a <see cref="SubmissionScope"/>, so a submission outside the
/// user's scope is simply not found.
/// </summary>
public sealed class SubmissionStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, INoticeAlerts alerts,
    Portal.Domain.Operations.IWriteGate? gate = null)
{
    /// <summary>Starts a draft with the prefilled payload.</summary>
    public async Task<Submission> StartDraftAsync(SubmissionKind kind, SubmissionOwner owner, SubmissionActor actor, string payload,
        CancellationToken ct = default)
    {
        // Kill switches (read-only, this form type off): the forms check first and say so; this is the backstop.
        if (await RefusalAsync(kind, ct) is { } refused) throw new Portal.Domain.Operations.WriteRefusedException(refused);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var submission = Submission.StartDraft(Guid.NewGuid(), kind, owner, now, actor);
        if (submission.SaveDraft(payload, now) is { } error)
            throw new ArgumentException($"The prefilled payload was refused ({error.Code}).", nameof(payload));
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>The submission if it is in scope, untracked; null otherwise.</summary>
    public async Task<Submission?> FindAsync(Guid id, SubmissionScope scope, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Submissions.AsNoTracking().Where(scope.Filter()).FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>The submissions in scope, newest change first; drafts included (they are the user's own).</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> ListAsync(SubmissionScope scope, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Submissions.AsNoTracking().Where(scope.Filter())
            .Select(s => new
            {
                s.Id, s.Kind, s.State, Number = s.Receipt == null ? null : s.Receipt.Number, ReceivedAt = s.Receipt == null ? (DateTimeOffset?)null : s.Receipt.ReceivedAt,
                s.UpdatedAt, Deadline = s.CorrectionRequest == null ? (DateOnly?)null : s.CorrectionRequest.Deadline, s.Owner.EstablishmentId,
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.UpdatedAt)
            .Select(r => new SubmissionSummary(r.Id, r.Kind, r.State, r.Number?.Value, r.ReceivedAt, r.UpdatedAt, r.Deadline, r.EstablishmentId))
            .ToList();
    }

    /// <summary>Saves the draft as the user types. The last save wins if two tabs edit the same draft.</summary>
    public async Task<RuleError?> SaveDraftAsync(Guid id, SubmissionScope scope, string payload, CancellationToken ct = default) =>
        await RefusalAsync(null, ct) ?? await ChangeAsync(id, scope, (s, now) => s.SaveDraft(payload, now), retryOnConflict: true, ct);

    /// <summary>
    /// Submits the draft: draws the receipt number, fixes the receipt, queues the hand-off and the receipt notice, all in
    /// one transaction. A repeat with the same <paramref name="clientRequestId"/> returns the first result.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(Guid id, SubmissionScope scope, string payload, string clientRequestId,
        string? businessKey, SubmissionActor actor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var submission = await db.Submissions.Where(scope.Filter()).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return new SubmitOutcome(null, SubmissionErrors.NotFound);
        if (await RefusalAsync(submission.Kind, ct) is { } refused) return new SubmitOutcome(submission, refused);
        // A draft is submitted (a receipt number is drawn only then); anything else is a resubmission. The aggregate
        // answers a repeated client request id (a double click, first time or after a correction) with no change.
        var now = clock.GetUtcNow();
        var error = submission.State == SubmissionState.Draft
            ? submission.Submit(payload, clientRequestId, now, await DrawReceiptNumberAsync(db, submission.Kind, now, ct), actor, businessKey)
            : submission.Resubmit(payload, clientRequestId, now, actor, businessKey);
        if (error is not null) return new SubmitOutcome(submission, error);

        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SubmitOutcome(null, SubmissionErrors.ChangedElsewhere);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex) && submission.ActiveBusinessKey is { } key)
        {
            await tx.RollbackAsync(ct);
            await using var lookup = await contexts.CreateDbContextAsync(ct);
            var existing = await lookup.Submissions.Where(s => s.ActiveBusinessKey == key).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
            return new SubmitOutcome(null, SubmissionErrors.Duplicate, existing);
        }
        await alerts.NoticesCreatedAsync(db.CreatedNotices, ct);
        return new SubmitOutcome(submission, null);
    }

    /// <summary>Withdraws (取下げ) a submission before a decision; a draft is simply discarded.</summary>
    public async Task<RuleError?> WithdrawAsync(Guid id, SubmissionScope scope, SubmissionActor actor, CancellationToken ct = default) =>
        await RefusalAsync(null, ct) ?? await ChangeAsync(id, scope, (s, now) => s.Withdraw(now, actor), retryOnConflict: false, ct);

    /// <summary>The kill switches' answer for a user-started write (null: go ahead, or no gate configured).</summary>
    private async ValueTask<RuleError?> RefusalAsync(SubmissionKind? kind, CancellationToken ct) =>
        gate is null ? null : await gate.RefusalAsync(kind, ct);

    /// <summary>
    /// Applies a change made on the service's side (reviewer, relay, decision feed) to any submission; the change is a
    /// domain method, so an illegal one is refused. Notices it creates are alerted after commit.
    /// </summary>
    public Task<RuleError?> ApplyAsync(Guid id, Func<Submission, DateTimeOffset, RuleError?> change, CancellationToken ct = default) =>
        ChangeAsync(id, null, change, retryOnConflict: true, ct);

    /// <summary>
    /// As <see cref="ApplyAsync(Guid, Func{Submission, DateTimeOffset, RuleError?}, CancellationToken)"/>, and
    /// <paramref name="alongside"/> adds its own changes (the relay's outbox row, the feed's cursor) to the same unit of
    /// work, so they commit together with the state change or not at all.
    /// </summary>
    public Task<RuleError?> ApplyAsync(Guid id, Func<Submission, DateTimeOffset, RuleError?> change,
        Func<PortalDbContext, Task> alongside, CancellationToken ct = default) =>
        ChangeAsync(id, null, change, retryOnConflict: true, ct, alongside);

    private async Task<RuleError?> ChangeAsync(Guid id, SubmissionScope? scope, Func<Submission, DateTimeOffset, RuleError?> change,
        bool retryOnConflict, CancellationToken ct, Func<PortalDbContext, Task>? alongside = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var query = scope is null ? db.Submissions : db.Submissions.Where(scope.Filter());
            var submission = await query.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (submission is null) return SubmissionErrors.NotFound;
            if (change(submission, clock.GetUtcNow()) is { } error) return error;
            if (alongside is not null) await alongside(db);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (retryOnConflict && attempt == 0)
            {
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return SubmissionErrors.ChangedElsewhere;
            }
            await alerts.NoticesCreatedAsync(db.CreatedNotices, ct);
            return null;
        }
    }

    /// <summary>
    /// The next receipt number for the form on the Japan date of <paramref name="at"/>, drawn inside the caller's
    /// transaction (a rolled-back submit gives its number back).
    /// </summary>
    internal static async Task<ReceiptNumber> DrawReceiptNumberAsync(PortalDbContext db, SubmissionKind kind, DateTimeOffset at,
        CancellationToken ct)
    {
        var date = JapanTime.DateOf(at);
        var day = date.Year * 10000 + date.Month * 100 + date.Day;
        var sequence = (await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "ReceiptCounters" ("Day", "KindCode", "Last") VALUES ({day}, {kind.ReceiptCode}, 1)
            ON CONFLICT ("Day", "KindCode") DO UPDATE SET "Last" = "Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct)).Single();
        return ReceiptNumber.Create(kind, at, sequence);
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteErrorCode: 19 };
}
