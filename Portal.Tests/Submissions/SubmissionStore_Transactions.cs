using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Notices;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Submissions;

/// <summary>
/// The submission store on the real SQLite store: a submission, its outbox row and its receipt notice are saved
/// together or not at all; payloads are encrypted at rest; duplicates and double clicks make one submission.
/// </summary>
public sealed class SubmissionStore_Transactions(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    private const string Payload = """{"type":"half","period":{"start":"2026-07"},"applicant":{"name":"年金 花子","income":1200000}}""";

    private static SubmissionOwner Owner(Guid person) => SubmissionOwner.Citizen("user-" + person.ToString("N")[..8], person);
    private static SubmissionActor Actor(Guid person) => SubmissionActor.Citizen("user-" + person.ToString("N")[..8]);

    private (SubmissionStore Store, IDbContextFactory<PortalDbContext> Contexts) Services()
    {
        var scope = factory.Services.CreateScope();
        return (scope.ServiceProvider.GetRequiredService<SubmissionStore>(),
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>());
    }

    private async Task<(Guid Id, Guid Person)> DraftAsync(SubmissionStore store)
    {
        var person = Guid.NewGuid();
        var draft = await store.StartDraftAsync(SubmissionKind.Exemption, Owner(person), Actor(person), "{}");
        Assert.Null(await store.SaveDraftAsync(draft.Id, SubmissionScope.Citizen(person), Payload));
        return (draft.Id, person);
    }

    [Fact]
    public async Task Submit_stores_the_receipt_the_outbox_row_and_the_receipt_notice_together()
    {
        var (store, contexts) = Services();
        var (id, person) = await DraftAsync(store);

        var outcome = await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "click-1", null, Actor(person));

        Assert.True(outcome.Succeeded);
        await using var db = await contexts.CreateDbContextAsync();
        var saved = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(SubmissionState.Submitted, saved.State);
        Assert.NotNull(saved.Receipt);
        Assert.Equal(1, saved.Revisions.Count);
        var outbox = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.SubmissionId == id);
        Assert.Equal(1, outbox.Revision);
        Assert.Null(outbox.DeliveredAt);
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.SubmissionId == id);
        Assert.Equal(NoticeKind.Receipt, notice.Kind);
        Assert.Contains(saved.Receipt!.Number.Value, notice.Args);
        Assert.Equal(NoticeLinks.Receipt(id, 1), notice.DocumentLink);
    }

    [Fact]
    public async Task When_the_outbox_row_cannot_be_written_nothing_of_the_submit_is_saved()
    {
        var (store, contexts) = Services();
        var (id, person) = await DraftAsync(store);
        // A row already holding this submission's hand-off key makes the outbox insert fail inside the transaction.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.OutboxMessages.Add(new OutboxMessage(new SubmissionMessageId(id, 1), "x", OutboxMessageType.Deliver, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "click-1", null, Actor(person)));

        await using var check = await contexts.CreateDbContextAsync();
        var saved = await check.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(SubmissionState.Draft, saved.State);
        Assert.Null(saved.Receipt);
        Assert.Empty(saved.Revisions);
        Assert.Equal(Payload, saved.DraftPayload); // the draft is not lost
        Assert.False(await check.Notices.AnyAsync(n => n.SubmissionId == id));
        Assert.Equal(1, await check.OutboxMessages.CountAsync(m => m.SubmissionId == id));
    }

    [Fact]
    public async Task A_double_click_makes_one_submission_one_outbox_row_and_one_notice()
    {
        var (store, contexts) = Services();
        var (id, person) = await DraftAsync(store);
        var scope = SubmissionScope.Citizen(person);

        var first = await store.SubmitAsync(id, scope, Payload, "click-1", null, Actor(person));
        var second = await store.SubmitAsync(id, scope, Payload, "click-1", null, Actor(person));

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(first.Submission!.Receipt!.Number, second.Submission!.Receipt!.Number);
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.SubmissionId == id));
        Assert.Equal(1, await db.Notices.CountAsync(n => n.SubmissionId == id));
    }

    [Fact]
    public async Task A_second_open_application_with_the_same_business_key_is_refused_and_points_to_the_first()
    {
        var (store, contexts) = Services();
        var (firstId, person) = await DraftAsync(store);
        var key = $"citizen.exemption|{person:N}|half|2026-07";
        var scope = SubmissionScope.Citizen(person);
        Assert.True((await store.SubmitAsync(firstId, scope, Payload, "a", key, Actor(person))).Succeeded);
        var second = await store.StartDraftAsync(SubmissionKind.Exemption, Owner(person), Actor(person), Payload);

        var outcome = await store.SubmitAsync(second.Id, scope, Payload, "b", key, Actor(person));

        Assert.Equal(SubmissionErrors.Duplicate, outcome.Error);
        Assert.Equal(firstId, outcome.DuplicateOf);
        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == second.Id);
        Assert.Equal(SubmissionState.Draft, draft.State);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.SubmissionId == second.Id));
    }

    [Fact]
    public async Task Receipt_numbers_run_in_sequence_per_form_and_day()
    {
        var (store, _) = Services();
        var numbers = new List<ReceiptNumber>();
        for (var i = 0; i < 3; i++)
        {
            var (id, person) = await DraftAsync(store);
            var outcome = await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "c", null, Actor(person));
            numbers.Add(outcome.Submission!.Receipt!.Number);
        }

        Assert.All(numbers, n => Assert.Equal("EXM", n.KindCode));
        Assert.All(numbers.Zip(numbers.Skip(1)), pair => Assert.Equal(pair.First.Sequence + 1, pair.Second.Sequence));
        Assert.Equal(numbers.Count, numbers.Select(n => n.Value).Distinct().Count());
    }

    [Fact]
    public async Task Payloads_are_encrypted_at_rest_and_read_back_in_plain()
    {
        var (store, contexts) = Services();
        var (id, person) = await DraftAsync(store);
        await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "c", null, Actor(person));

        await using var db = await contexts.CreateDbContextAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Payload" FROM "Submissions" WHERE "Id" = $id UNION ALL SELECT "Payload" FROM "SubmissionRevisions" WHERE "SubmissionId" = $id""";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        var raw = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) raw.Add(reader.GetString(0));

        Assert.Equal(2, raw.Count);
        Assert.All(raw, r => Assert.DoesNotContain("花子", r));
        Assert.All(raw, r => Assert.DoesNotContain("1200000", r));
        var loaded = await store.FindAsync(id, SubmissionScope.Citizen(person));
        using var json = System.Text.Json.JsonDocument.Parse(loaded!.Payload!);
        Assert.Equal("年金 花子", json.RootElement.GetProperty("applicant").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_person_cannot_find_save_or_submit_the_submission()
    {
        var (store, _) = Services();
        var (id, _) = await DraftAsync(store);
        var stranger = SubmissionScope.Citizen(Guid.NewGuid());

        Assert.Null(await store.FindAsync(id, stranger));
        Assert.Equal(SubmissionErrors.NotFound, await store.SaveDraftAsync(id, stranger, "{}"));
        Assert.Equal(SubmissionErrors.NotFound, (await store.SubmitAsync(id, stranger, Payload, "x", null, SubmissionActor.Citizen("x"))).Error);
        Assert.Empty(await store.ListAsync(stranger));
    }

    [Fact]
    public async Task The_correction_loop_notifies_the_filer_and_the_resubmission_is_queued_as_revision_two()
    {
        var (store, contexts) = Services();
        var (id, person) = await DraftAsync(store);
        var scope = SubmissionScope.Citizen(person);
        await store.SubmitAsync(id, scope, Payload, "first", null, Actor(person));
        var today = Portal.Domain.Common.JapanTime.DateOf(DateTimeOffset.UtcNow);

        Assert.Null(await store.ApplyAsync(id, (s, now) => s.MarkTransmitted(1, now) ?? s.MarkUnderReview(now)));
        Assert.Null(await store.ApplyAsync(id, (s, now) =>
            s.RequestCorrection("世帯主の所得を確認してください。", ["householder.income"], today.AddDays(14), now, SubmissionActor.Reviewer("r1"))));
        var corrected = Payload.Replace("1200000", "1100000");
        var outcome = await store.SubmitAsync(id, scope, corrected, "second", null, Actor(person));
        var doubleClick = await store.SubmitAsync(id, scope, corrected, "second", null, Actor(person));

        Assert.True(outcome.Succeeded, outcome.Error?.Code);
        Assert.True(doubleClick.Succeeded, doubleClick.Error?.Code);
        await using var db = await contexts.CreateDbContextAsync();
        var saved = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(SubmissionState.Resubmitted, saved.State);
        Assert.Equal(2, saved.Revisions.Count);
        Assert.NotEqual(saved.Revisions[0].ContentHash, saved.Revisions[1].ContentHash);
        Assert.Equal([1, 2], await db.OutboxMessages.Where(m => m.SubmissionId == id).OrderBy(m => m.Id).Select(m => m.Revision).ToListAsync());
        var kinds = await db.Notices.Where(n => n.SubmissionId == id).OrderBy(n => n.CreatedAt).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NoticeKind.Receipt, NoticeKind.CorrectionRequested, NoticeKind.Receipt], kinds);
    }

    [Fact]
    public async Task Alerts_say_only_that_a_message_is_waiting()
    {
        var (store, _) = Services();
        var (id, person) = await DraftAsync(store);
        await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "c", null, Actor(person));

        var log = await File.ReadAllLinesAsync(Path.Combine(factory.DataDirectory, "alerts", "alerts.log"));
        Assert.NotEmpty(log);
        Assert.All(log, line => Assert.EndsWith(FolderNoticeAlerts.Text, line));
        Assert.DoesNotContain(log, line => line.Contains("花子") || line.Contains("EXM"));
    }
}
