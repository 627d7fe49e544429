using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Consultations;
using Portal.Domain.Operations;
using Portal.Domain.Submissions;
using Portal.Infrastructure.BackOffice;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Operations;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.TestSupport;
using static Portal.Tests.EmployerFilings.EmployerFilingTestSupport;

namespace Portal.Tests.Operations;

/// <summary>
/// Read-only mode (DOMAIN §11 S7/S8): pages still answer, every write a user starts is refused with the read-only
/// message and saves nothing, drafts are kept, and what was already queued for the back office is still delivered.
/// </summary>
public sealed class KillSwitchReadOnlyMode(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{
    internal const string Payload = """{"type":"half","period":{"start":"2026-07"},"applicant":{"name":"年金 花子","income":1200000}}""";
    private const string ReadOnlyJa = "現在、サービスは読み取り専用です。";

    private Task SetReadOnlyAsync(bool on) =>
        factory.Services.GetRequiredService<KillSwitchStore>().SetAsync(KillSwitchNames.ReadOnly, on, "read-only test", "test-admin");

    private T Get<T>() where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<PortalDbContext> DbAsync() =>
        await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>A citizen's exemption draft with a saved payload (made while writes are allowed).</summary>
    internal static async Task<(Guid Id, Guid Person, SubmissionActor Actor)> DraftAsync(SubmissionStore store, SubmissionKind? kind = null)
    {
        var person = Guid.NewGuid();
        var user = "user-" + person.ToString("N")[..8];
        var actor = SubmissionActor.Citizen(user);
        var draft = await store.StartDraftAsync(kind ?? SubmissionKind.Exemption, SubmissionOwner.Citizen(user, person), actor, "{}");
        Assert.Null(await store.SaveDraftAsync(draft.Id, SubmissionScope.Citizen(person), Payload));
        return (draft.Id, person, actor);
    }

    [Fact]
    public async Task Pages_still_answer_200_and_show_the_read_only_banner()
    {
        await SetReadOnlyAsync(true);
        using var citizen = await factory.SignedInAsync("citizen1@demo.example"); // signing in stays open
        using var anonymous = factory.CreateFormClient();

        foreach (var (client, url) in new[] { (citizen, "/citizen"), (citizen, "/citizen/records"), (citizen, "/submissions"), (anonymous, "/") })
        {
            var page = await client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {page.Status}");
            Assert.True(page.Has("[data-testid=read-only-banner]"), $"{url} has no read-only banner");
        }
    }

    [Fact]
    public async Task A_citizen_submission_is_refused_with_the_read_only_message_and_nothing_is_saved_but_the_draft_is_kept()
    {
        await SetReadOnlyAsync(false);
        var store = Get<SubmissionStore>();
        var (id, person, actor) = await DraftAsync(store);
        await SetReadOnlyAsync(true);

        var outcome = await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "click-1", null, actor);
        var start = await Assert.ThrowsAsync<WriteRefusedException>(() =>
            store.StartDraftAsync(SubmissionKind.Exemption, SubmissionOwner.Citizen("user-new", Guid.NewGuid()), SubmissionActor.Citizen("user-new"), "{}"));

        Assert.Equal(OperationsErrors.ReadOnly, outcome.Error);
        Assert.Equal("Operations.ReadOnly.Refused", outcome.Error!.MessageKey);
        Assert.Equal(OperationsErrors.ReadOnly, start.Error);
        await using (var db = await DbAsync())
        {
            var saved = await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.Equal(SubmissionState.Draft, saved.State);
            Assert.Null(saved.Receipt);
            Assert.Equal(Payload, saved.DraftPayload);
            Assert.Null(saved.Payload);
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.SubmissionId == id));
            Assert.False(await db.Notices.AnyAsync(n => n.SubmissionId == id));
            Assert.False(await db.Submissions.AnyAsync(s => s.Owner.UserId == "user-new"));
        }

        // Once the switch is off, the kept draft is submitted as it was.
        await SetReadOnlyAsync(false);
        var later = await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "click-2", null, actor);
        Assert.True(later.Succeeded, later.Error?.Code);
    }

    [Fact]
    public async Task A_citizen_opening_a_form_sees_the_read_only_notice_and_no_draft_is_started()
    {
        await SetReadOnlyAsync(true);
        using var citizen = await factory.SignedInAsync("citizen2@demo.example");
        int Count(PortalDbContext db) => db.Submissions.Count();
        await using var before = await DbAsync();
        var drafts = Count(before);

        var page = await citizen.GetAsync("/applications/student-deferral");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(ReadOnlyJa, page.Document.QuerySelector("[data-testid=kill-switch-notice]")?.TextContent ?? "");
        await using var after = await DbAsync();
        Assert.Equal(drafts, Count(after));
    }

    [Fact]
    public async Task A_booking_and_a_cancellation_are_refused_and_no_booking_is_saved()
    {
        await SetReadOnlyAsync(true);
        await using var db = await DbAsync();
        var office = await db.Offices.AsNoTracking().OrderBy(o => o.Code).FirstAsync();
        var bookings = await db.Bookings.CountAsync();
        var store = Get<BookingStore>();

        var attempt = await store.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, DateTimeOffset.UtcNow.AddDays(7),
            ConsultationTopic.Records, "read-only-holder", Attendance.Self));
        var cancel = await store.CancelAsync(Guid.NewGuid(), "read-only-holder");

        Assert.Equal(BookingOutcome.Refused, attempt.Outcome);
        Assert.Equal(OperationsErrors.ReadOnly, attempt.Error);
        Assert.Equal(OperationsErrors.ReadOnly, cancel);
        Assert.Equal(bookings, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task A_citizen_cannot_start_or_write_in_a_written_consultation_but_the_office_can_still_reply()
    {
        await SetReadOnlyAsync(false);
        await using var db = await DbAsync();
        var office = await db.Offices.AsNoTracking().OrderBy(o => o.Code).FirstAsync();
        var written = Get<Portal.Web.Features.Consultations.WrittenConsultations>();
        var eligibility = Enum.GetValues<WrittenEligibility>()[0];
        var thread = await written.StartAsync("read-only-citizen", office.Id, eligibility, ConsultationTopic.Other, "件名", "本文");
        Assert.True(thread.IsValid, thread.Error?.Code);
        await SetReadOnlyAsync(true);
        var threads = await db.WrittenConsultations.CountAsync();

        var start = await written.StartAsync("read-only-citizen", office.Id, eligibility, ConsultationTopic.Other, "二件目", "本文");
        var citizenMessage = await written.WriteAsync(thread.Value.Id, "read-only-citizen", "read-only-citizen", null, "追記");
        var staffReply = await written.WriteAsync(thread.Value.Id, "staff-user", null, office.Id, "回答します");

        Assert.Equal(OperationsErrors.ReadOnly, start.Error);
        Assert.Equal(OperationsErrors.ReadOnly, citizenMessage);
        Assert.Null(staffReply);
        Assert.Equal(threads, await db.WrittenConsultations.CountAsync());
        var messages = await db.WrittenMessages.AsNoTracking().Where(m => m.ConsultationId == thread.Value.Id).ToListAsync();
        Assert.DoesNotContain(messages, m => m.Body == "追記");
        Assert.Contains(messages, m => m.Body == "回答します");
    }

    [Fact]
    public async Task No_staff_account_is_created_while_read_only()
    {
        await SetReadOnlyAsync(true);
        await using var db = await DbAsync();
        var office = await db.Offices.AsNoTracking().OrderBy(o => o.Code).FirstAsync();
        var administration = Get<Portal.Web.Features.Administration.StaffAdministration>();
        var input = new Portal.Web.Features.Administration.StaffAdministration.Input
        {
            DisplayName = "臨時 職員", Email = "read-only.staff@demo.example", InitialPassword = "Strong#Pass2026",
            Role = Portal.Domain.Accounts.Roles.Staff, OfficeId = office.Id,
        };

        var refused = await Assert.ThrowsAsync<WriteRefusedException>(() => administration.CreateAsync(input));

        Assert.Equal(OperationsErrors.ReadOnly, refused.Error);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "read-only.staff@demo.example"));
    }

    [Fact]
    public async Task An_employer_csv_filing_is_refused_and_nothing_is_saved()
    {
        await SetReadOnlyAsync(true);
        var establishment = await EstablishmentAsync(factory, "12-サクラ");
        var userId = await UserIdAsync(factory, "employer1@demo.example");
        var csv = await ReadAsync(SubmissionKind.AnnualBaseReport, AnnualBaseCsv(establishment.Symbol, establishment.Number, 2),
            establishment.Symbol, establishment.Number);
        await using var db = await DbAsync();
        var submissions = await db.Submissions.CountAsync();

        var outcome = await StageAsync(factory, csv, userId, establishment);

        Assert.False(outcome.Succeeded);
        Assert.Equal(OperationsErrors.ReadOnly.MessageKey, outcome.ErrorKey);
        Assert.Equal(submissions, await db.Submissions.CountAsync());
    }

    [Fact]
    public async Task What_was_already_queued_is_still_delivered_to_the_back_office()
    {
        await SetReadOnlyAsync(false);
        var store = Get<SubmissionStore>();
        var (id, person, actor) = await DraftAsync(store);
        Assert.True((await store.SubmitAsync(id, SubmissionScope.Citizen(person), Payload, "queued-1", null, actor)).Succeeded);
        await SetReadOnlyAsync(true);

        var run = await Get<OutboxRelay>().RunOnceAsync();

        Assert.True(run.Delivered >= 1);
        await using var db = await DbAsync();
        Assert.NotNull((await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.SubmissionId == id)).DeliveredAt);
        Assert.Equal(SubmissionState.Transmitted, (await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id)).State);
        Assert.NotNull(await Get<BackOfficeStore>().FindAsync(id));
    }

    [Fact]
    public async Task A_server_rendered_form_post_gets_the_503_read_only_page_and_nothing_is_saved()
    {
        await SetReadOnlyAsync(true);
        var (number, key) = await StoreFixtures.PersonWithAccessKeyAsync(factory.Services);
        using var client = factory.CreateFormClient();
        const string email = "read-only.registration@demo.example";

        var page = await client.SubmitAsync(await client.GetAsync("/Account/Register"), "register-submit", new()
        {
            ["register-pension-number"] = number, ["register-access-key"] = key, ["register-email"] = email,
            ["register-password"] = "Strong#Pass2026", ["register-confirm-password"] = "Strong#Pass2026",
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains(ReadOnlyJa, page.Alert());
        await using var db = await DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }
}
