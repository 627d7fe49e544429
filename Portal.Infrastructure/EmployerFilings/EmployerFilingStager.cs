using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;

namespace Portal.Infrastructure.EmployerFilings;

/// <summary>The outcome of staging: the received submission, or the reason nothing was saved.</summary>
public sealed record StageOutcome(Submission? Submission, string? ErrorKey, IReadOnlyList<Portal.Domain.Common.FormIssue> Issues)
{
    public bool Succeeded => Submission is not null;
}

/// <summary>
/// Files a complete employer filing in one go (the CSV path): the draft is created and submitted — receipt number,
/// outbox row and receipt notice included — in ONE transaction, so a failure anywhere leaves no submission at all.
/// The payload is checked by the same domain rules as the form (<see cref="EmployerForms.Validate(SubmissionKind, string, EmployerFilingContext)"/>).
/// </summary>
public sealed class EmployerFilingStager(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, INoticeAlerts alerts,
    Portal.Domain.Operations.IWriteGate? gate = null)
{
    /// <summary>Serialises a filing payload the way the form path stores it.</summary>
    public static string Serialize(EmployerFilingBase filing) =>
        JsonSerializer.Serialize(filing, filing.GetType(), new JsonSerializerOptions(EmployerForms.JsonOptions)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        });

    /// <summary>Validates and files <paramref name="filing"/> for the owner's establishment.</summary>
    public async Task<StageOutcome> StageAsync(SubmissionKind kind, EmployerFilingBase filing, SubmissionOwner owner, SubmissionActor actor,
        EmployerFilingContext context, string clientRequestId, CancellationToken ct = default)
    {
        if (owner.EstablishmentId is null || !owner.Files(kind)) return new StageOutcome(null, SubmissionErrors.NotFiler.MessageKey, []);
        // Kill switches: read-only mode or this form type switched off stage nothing.
        if (gate is not null && await gate.RefusalAsync(kind, ct) is { } refused) return new StageOutcome(null, refused.MessageKey, []);
        var payload = Serialize(filing);
        var issues = EmployerForms.Validate(kind, payload, context);
        var errors = issues.Where(i => i.IsError).ToList();
        if (errors.Count > 0) return new StageOutcome(null, "EmployerFilings.Stage.Invalid", errors);

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // The draft never exists outside this transaction, so it is submitted at once (no intermediate draft save:
        // canonicalising a 10,000-line payload is the costliest step, and Submit does it).
        var submission = Submission.StartDraft(Guid.NewGuid(), kind, owner, now, actor);
        var number = await SubmissionStore.DrawReceiptNumberAsync(db, kind, now, ct);
        if (submission.Submit(payload, clientRequestId, now, number, actor) is { } submitError)
            return new StageOutcome(null, submitError.MessageKey, []);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await alerts.NoticesCreatedAsync(db.CreatedNotices, ct);
        return new StageOutcome(submission, null, issues);
    }
}
