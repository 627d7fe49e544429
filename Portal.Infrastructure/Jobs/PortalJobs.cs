using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Quartz;

namespace Portal.Infrastructure.Jobs;

/// <summary>Where the job store is (resolved from the configuration once).</summary>
public sealed record JobStoreConnection(JobStoreKind Kind, string ConnectionString)
{
    public DbConnection Create() => Kind == JobStoreKind.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
}

/// <summary>
/// The relay as a Quartz job. Never two at once: <see cref="DisallowConcurrentExecutionAttribute"/> holds across the
/// cluster when the job store is PostgreSQL; the outbox lease is the second line. Safe to run twice (idempotent delivery).
/// </summary>
[DisallowConcurrentExecution]
public sealed class RelayJob(OutboxRelay relay, JobRunLog runs) : IJob
{
    public static readonly JobKey Key = new("relay", "handoff");

    public async Task Execute(IJobExecutionContext context)
    {
        var started = DateTimeOffset.UtcNow;
        var run = await relay.RunOnceAsync(context.CancellationToken);
        await runs.RecordAsync("relay", context.Scheduler.SchedulerInstanceId, started, run.Total, context.CancellationToken);
    }
}

/// <summary>The decision feed as a Quartz job; safe to run twice (the cursor moves with each change).</summary>
[DisallowConcurrentExecution]
public sealed class DecisionFeedJob(DecisionFeed feed) : IJob
{
    public static readonly JobKey Key = new("decision-feed", "handoff");

    public Task Execute(IJobExecutionContext context) => feed.RunOnceAsync(context.CancellationToken);
}

/// <summary>
/// The hook for consultation reminders (DOMAIN §8: 3 days and 1 day before); <see cref="ConsultationReminderSender"/>
/// implements it. Without an implementation the job is not scheduled.
/// </summary>
public interface IBookingReminderSender
{
    /// <summary>Sends the reminders due at <paramref name="now"/>; must be safe to call twice.</summary>
    Task SendDueAsync(DateTimeOffset now, CancellationToken ct);
}

/// <summary>The consultations feature's reminders (<see cref="Consultations.BookingReminders"/>), idempotent per booking and kind.</summary>
public sealed class ConsultationReminderSender(Consultations.BookingReminders reminders) : IBookingReminderSender
{
    /// <inheritdoc />
    public Task SendDueAsync(DateTimeOffset now, CancellationToken ct) => reminders.SendDueAsync(now, ct);
}

/// <summary>Sends due booking reminders (scheduled only when an <see cref="IBookingReminderSender"/> is registered).</summary>
[DisallowConcurrentExecution]
public sealed class BookingRemindersJob(IEnumerable<IBookingReminderSender> senders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("booking-reminders", "notices");

    public async Task Execute(IJobExecutionContext context)
    {
        foreach (var sender in senders) await sender.SendDueAsync(clock.GetUtcNow(), context.CancellationToken);
    }
}

/// <summary>Daily retention: removes expired drafts and access keys. Deleting what is already gone is a no-op, so it is safe to run twice.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionSweep sweep) : IJob
{
    public static readonly JobKey Key = new("retention", "housekeeping");

    public Task Execute(IJobExecutionContext context) => sweep.RunAsync(context.CancellationToken);
}

/// <summary>What the retention job removes.</summary>
public sealed class RetentionSweep(IDbContextFactory<PortalDbContext> contexts, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<RetentionSweep> logger)
{
    /// <summary>
    /// Drafts (never submitted) untouched for <see cref="JobsOptions.DraftRetentionDays"/>, and registration access keys
    /// expired (or used) more than <see cref="JobsOptions.AccessKeyRetentionDays"/> ago. Returns the counts.
    /// </summary>
    public async Task<(int Drafts, int AccessKeys)> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var draftCutoff = now.AddDays(-options.Value.DraftRetentionDays);
        var keyCutoff = now.AddDays(-options.Value.AccessKeyRetentionDays);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var draftState = SubmissionState.Draft.ToString();
        // Times are stored as UTC ticks (the portal store's convention).
        var drafts = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "Submissions" WHERE "State" = {draftState} AND "UpdatedAt" < {draftCutoff.UtcTicks}""", ct);
        var keys = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "RegistrationAccessKeys" WHERE "ExpiresAt" < {keyCutoff.UtcTicks} OR ("UsedAt" IS NOT NULL AND "UsedAt" < {keyCutoff.UtcTicks})""", ct);
        logger.LogInformation("Retention: {Drafts} drafts and {Keys} access keys removed", drafts, keys);
        return (drafts, keys);
    }
}

/// <summary>The relay's run log in the job store (only with <see cref="JobsOptions.RecordRuns"/>): proves runs never overlap.</summary>
public sealed class JobRunLog(JobStoreConnection store, IOptions<JobsOptions> options)
{
    public async Task RecordAsync(string job, string instance, DateTimeOffset started, int items, CancellationToken ct)
    {
        if (!options.Value.RecordRuns) return;
        await using var connection = store.Create();
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"INSERT INTO portal_job_runs (job, instance, started_ms, ended_ms, items) VALUES ('{job}', @i, {started.ToUnixTimeMilliseconds()}, {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}, {items})";
        var p = cmd.CreateParameter();
        p.ParameterName = "i";
        p.Value = instance;
        cmd.Parameters.Add(p);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
