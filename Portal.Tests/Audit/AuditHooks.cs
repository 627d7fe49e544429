using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Domain.Consultations;
using Portal.Domain.Submissions;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.Consultations;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Administration;
using Portal.Web.Features.BackOffice;
using Portal.Web.Features.Consultations;
using Portal.E2E.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>
/// Each family of audited actions, driven the way the portal drives it (the real pages and endpoints where a test can reach
/// them, else the one service the pages call), leaves an entry with the right action, outcome, actor and subject; the chain
/// stays valid; and no entry carries a name, an email, a pension number or a My Number.
/// </summary>
public sealed partial class AuditHooks(PortalWebFactory factory) : IClassFixture<PortalWebFactory>
{

    private Task<Submission> SubmitExemptionAsync(string email) => factory.SubmitExemptionAsync(email);

    [Fact]
    public async Task A_sign_in_that_fails_is_audited_without_an_actor_and_one_that_succeeds_with_the_account_id()
    {
        var citizen = await factory.UserIdAsync("citizen2@demo.example");
        var staff = await factory.UserIdAsync("staff1@demo.example");
        var head = await factory.HeadAsync();

        using (var client = factory.CreateFormClient())
        {
            await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
                new() { ["login-email"] = "citizen2@demo.example", ["login-password"] = "not-the-password" });
            await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
                new() { ["login-email"] = "nobody.here@demo.example", ["login-password"] = "whatever#123" });
        }
        using (await factory.SignInAsync("citizen2@demo.example")) { }
        using (await factory.SignInAsync("staff1@demo.example")) { }

        var signIns = await factory.SinceAsync(head, AuditActions.SignIn);
        Assert.Equal(4, signIns.Count);
        Assert.Equal((AuditOutcome.Failed, null, $"account:{citizen}", "bad-password"), Shape(signIns[0]));
        Assert.Equal((AuditOutcome.Failed, null, null, "unknown-account"), Shape(signIns[1]));
        Assert.Equal((AuditOutcome.Succeeded, citizen, $"account:{citizen}", "password"), Shape(signIns[2]));
        // Staff have a second factor: the password step writes nothing, the second step the success.
        Assert.Equal((AuditOutcome.Succeeded, staff, $"account:{staff}", "two-factor"), Shape(signIns[3]));
        Assert.DoesNotContain(signIns, e => $"{e.Subject}{e.Detail}".Contains("nobody.here", StringComparison.Ordinal));
    }

    private static (AuditOutcome, string?, string?, string?) Shape(AuditEntry e) => (e.Outcome, e.ActorId, e.Subject, e.Detail);

    [Fact]
    public async Task An_admin_creating_a_staff_account_and_the_new_staff_member_turning_on_two_factor_are_audited()
    {
        var admin = await factory.UserIdAsync("admin@demo.example");
        var head = await factory.HeadAsync();
        const string email = "audited.staff@demo.example";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var office = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Offices.OrderBy(o => o.Code).FirstAsync();
            var errors = await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateAsync(new StaffAdministration.Input
            {
                DisplayName = "監査 職員", Email = email, Role = Roles.Staff, OfficeId = office.Id, InitialPassword = "Initial#Pass2026",
            }, AuditTestSupport.Principal(admin, Roles.Admin));
            Assert.False(errors.Any);
        }
        var created = await factory.UserIdAsync(email);
        var adminEntry = Assert.Single(await factory.SinceAsync(head, AuditActions.AdminAccountChanged));
        Assert.Equal((AuditOutcome.Succeeded, admin, $"account:{created}"), (adminEntry.Outcome, adminEntry.ActorId, adminEntry.Subject));
        Assert.StartsWith("staff-account-created:Staff:office:", adminEntry.Detail);

        // The new account must set up its authenticator: turning it on is a 2FA change by that account.
        using var client = factory.CreateFormClient();
        await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = "Initial#Pass2026" });
        var setup = await client.GetAsync("/Account/Manage/TwoFactor?required=true");
        var key = setup.Document.GetElementById("two-factor-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var done = await client.SubmitAsync(setup, "two-factor-enable", new() { ["two-factor-setup-code"] = Totp.Compute(key) });
        Assert.Equal("/staff", done.Location);

        // Two changes: the first visit issues the authenticator key, the code turns it on.
        var changes = await factory.SinceAsync(head, AuditActions.TwoFactorChanged);
        Assert.Equal(["authenticator-reset", "enabled"], changes.Select(c => c.Detail));
        Assert.All(changes, c => Assert.Equal((AuditOutcome.Succeeded, created, $"account:{created}"), (c.Outcome, c.ActorId, c.Subject)));
    }

    [Fact]
    public async Task Opening_the_own_record_is_one_view_and_its_exports_are_downloads_of_the_same_record()
    {
        var citizen = await factory.UserIdAsync("citizen1@demo.example");
        var record = $"record:{await factory.PersonIdAsync("citizen1@demo.example"):D}";
        using var client = await factory.SignInAsync("citizen1@demo.example");
        var head = await factory.HeadAsync();

        Assert.True((await client.GetAsync("/citizen/records")).Has("[data-testid=records-page]"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/citizen/records/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/citizen/statement/statement.pdf")).StatusCode);

        var view = Assert.Single(await factory.SinceAsync(head, AuditActions.RecordViewed));
        Assert.Equal((AuditOutcome.Succeeded, citizen, record, "record-page"), Shape(view));
        var downloads = await factory.SinceAsync(head, AuditActions.DocumentDownloaded);
        Assert.Equal(["record-csv", "statement-pdf"], downloads.Select(d => d.Detail));
        Assert.All(downloads, d => Assert.Equal((AuditOutcome.Succeeded, citizen, record), (d.Outcome, d.ActorId, d.Subject)));
    }

    [Fact]
    public async Task A_submission_leaves_a_state_change_per_step_and_its_receipt_download_is_audited()
    {
        var citizen = await factory.UserIdAsync("citizen2@demo.example");
        var head = await factory.HeadAsync();
        var submission = await SubmitExemptionAsync("citizen2@demo.example");
        var subject = $"submission:{submission.Id:D}";

        var changes = (await factory.SinceAsync(head, AuditActions.SubmissionStateChanged)).Where(e => e.Subject == subject).ToList();
        Assert.Contains(changes, c => c.Detail == $"{SubmissionKind.Exemption.Code}:{SubmissionState.Submitted}");
        Assert.All(changes, c => Assert.Equal((AuditOutcome.Succeeded, citizen), (c.Outcome, c.ActorId)));

        using var client = await factory.SignInAsync("citizen2@demo.example");
        var pdf = await client.Http.GetAsync($"/submissions/{submission.Id}/receipt.pdf?revision=1");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var download = Assert.Single(await factory.SinceAsync(head, AuditActions.DocumentDownloaded));
        Assert.Equal((AuditOutcome.Succeeded, citizen, subject, "receipt-pdf:r1"), Shape(download));

        // Someone else's receipt: no file, no download entry, an access refusal instead.
        using var other = await factory.SignInAsync("citizen3@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/submissions/{submission.Id}/receipt.pdf?revision=1")).StatusCode);
        Assert.Single(await factory.SinceAsync(head, AuditActions.DocumentDownloaded));

        // Opening the submission and its receipt notice are views, once each; the other citizen's attempt is not a view.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/submissions/{submission.Id}")).StatusCode);
        await other.Http.GetAsync($"/submissions/{submission.Id}"); // their "not found" page
        Guid noticeId;
        await using (var scope = factory.Services.CreateAsyncScope())
            noticeId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Notices
                .Where(n => n.SubmissionId == submission.Id && n.RecipientUserId == citizen).Select(n => n.Id).FirstAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/inbox/{noticeId}")).StatusCode);
        var views = await factory.SinceAsync(head, AuditActions.RecordViewed);
        Assert.Equal(2, views.Count);
        Assert.Equal((AuditOutcome.Succeeded, citizen, subject, "submission-page"), Shape(views[0]));
        Assert.Equal((AuditOutcome.Succeeded, citizen, $"notice:{noticeId:D}", "notice-page"), Shape(views[1]));
    }

    [Fact]
    public async Task A_reviewer_decision_is_audited_with_the_reviewer_account_and_opening_the_case_is_a_view()
    {
        var reviewer = await factory.UserIdAsync("reviewer1@demo.example");
        var submission = await SubmitExemptionAsync("citizen1@demo.example");
        await using (var relayScope = factory.Services.CreateAsyncScope())
            await relayScope.ServiceProvider.GetRequiredService<OutboxRelay>().RunOnceAsync();
        var head = await factory.HeadAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var console = scope.ServiceProvider.GetRequiredService<ReviewerConsole>();
        var principal = AuditTestSupport.Principal(reviewer, Roles.Reviewer);
        var case_ = await console.OpenCaseAsync(submission.Id, principal);
        Assert.NotNull(case_);
        Assert.Null(await console.TakeAsync(case_!, principal));
        Assert.NotNull(await console.TakeAsync(case_!, principal)); // taken already: refused

        var subject = $"submission:{submission.Id:D}";
        var view = Assert.Single(await factory.SinceAsync(head, AuditActions.RecordViewed));
        Assert.Equal((AuditOutcome.Succeeded, reviewer, subject, "reviewer-console:r1"), Shape(view));
        var decisions = await factory.SinceAsync(head, AuditActions.ReviewerDecision);
        Assert.Equal(2, decisions.Count);
        Assert.Equal((AuditOutcome.Succeeded, reviewer, subject, "UnderReview:r1"), Shape(decisions[0]));
        Assert.Equal((AuditOutcome.Failed, reviewer, subject, "UnderReview:r1:illegal-transition"), Shape(decisions[1]));
    }

    [Fact]
    public async Task Staff_actions_on_bookings_and_walk_ins_are_audited_with_the_staff_account_and_the_packet_is_a_record_view()
    {
        var staff = await factory.UserIdAsync("staff1@demo.example");
        var citizen = await factory.UserIdAsync("citizen1@demo.example");
        var office = (await factory.Services.GetRequiredService<BookingStore>().OfficesAsync()).Single(o => o.Code == "OF01");
        var booking = await ConsultationPages.BookFirstFreeAsync(factory.Services, office.Id, ConsultationTopic.Records, citizen);
        using var client = await factory.SignInAsync("staff1@demo.example");
        var head = await factory.HeadAsync();

        // The packet (the person's record for the consultation), through the real page.
        Assert.True((await client.GetAsync($"/staff/consultations/bookings/{booking.Id}/packet")).Has("[data-testid=packet-record]"));

        // The day list's actions and the walk-in queue, through the service the pages call, as the signed-in staff member.
        await using var scope = factory.Services.CreateAsyncScope();
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(AuditTestSupport.Principal(staff, Roles.Staff))));
        var consultations = scope.ServiceProvider.GetRequiredService<StaffConsultations>();
        var checkIn = await consultations.BookingActionAsync(office, booking.Id, "checkin"); // not today: refused by the rule
        Assert.Equal(BookingRules.CheckInNotToday, checkIn);
        Assert.Null(await consultations.BookingActionAsync(office, booking.Id, "cancel"));
        var visitor = await consultations.RegisterWalkInAsync(office, ConsultationTopic.Records);

        var view = Assert.Single(await factory.SinceAsync(head, AuditActions.RecordViewed));
        Assert.Equal((AuditOutcome.Succeeded, staff, $"record:{await factory.PersonIdAsync("citizen1@demo.example"):D}"), (view.Outcome, view.ActorId, view.Subject));
        Assert.Equal($"consultation-packet:{booking.Id:D}", view.Detail);
        var actions = await factory.SinceAsync(head, AuditActions.StaffBookingAction);
        Assert.Equal((AuditOutcome.Failed, staff, $"booking:{booking.Id:D}", $"check-in:{BookingRules.CheckInNotToday.Code}"), Shape(actions[0]));
        Assert.Equal((AuditOutcome.Succeeded, staff, $"booking:{booking.Id:D}", "cancel"), Shape(actions[1]));
        var walkIn = Assert.Single(await factory.SinceAsync(head, AuditActions.StaffWalkInAction));
        Assert.Equal((AuditOutcome.Succeeded, staff, $"walk-in:{visitor.Ticket.Id:D}", "register:Records"), Shape(walkIn));
    }

    [Fact]
    public async Task After_a_run_of_mixed_actions_the_chain_is_intact_and_no_entry_names_a_person()
    {
        // A mixed run: sign-ins, a failed sign-in, views, a submission, downloads, a refusal, a staff packet.
        using (var c = factory.CreateFormClient())
            await c.SubmitAsync(await c.GetAsync("/Account/Login"), "login-submit",
                new() { ["login-email"] = "citizen3@demo.example", ["login-password"] = "wrong#Password1" });
        var submission = await SubmitExemptionAsync("citizen3@demo.example");
        using (var citizen = await factory.SignInAsync("citizen3@demo.example"))
        {
            await citizen.GetAsync("/citizen/records");
            await citizen.GetAsync("/citizen/statement");
            await citizen.Http.GetAsync("/citizen/records/export.csv");
            await citizen.Http.GetAsync($"/submissions/{submission.Id}/receipt.pdf?revision=1");
        }
        using (var other = await factory.SignInAsync("citizen1@demo.example"))
            await other.GetAsync($"/submissions/{submission.Id}");
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => factory.Services.GetRequiredService<IAuditTrail>()
            .RecordAsync(new AuditEvent(AuditActions.RecordViewed, AuditOutcome.Succeeded, $"probe-{i}", $"record:{Guid.NewGuid():D}", "concurrent"))));

        var trail = factory.Services.GetRequiredService<AuditTrail>();
        var result = await trail.VerifyAsync();
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(await factory.HeadAsync(), result.EntriesChecked);

        // No personal identifier in any entry: names (kanji and kana), emails, pension numbers, My Numbers (12 digits).
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var persons = await db.InsuredPersons.AsNoTracking().ToListAsync();
        var emails = await db.Users.Select(u => u.Email!).ToListAsync();
        var forbidden = persons.SelectMany(p => new[] { p.FamilyName, p.GivenName, p.FamilyNameKana, p.GivenNameKana, p.PensionNumber.Value })
            .Concat(emails).Where(s => s.Length >= 2).Distinct().ToList();
        var entries = await trail.LatestAsync(10_000);
        Assert.NotEmpty(entries);
        foreach (var e in entries)
        {
            var text = $"{e.ActorId}|{e.Subject}|{e.Detail}";
            Assert.DoesNotContain(forbidden, f => text.Contains(f, StringComparison.Ordinal));
            Assert.DoesNotMatch(TwelveDigits(), Guids().Replace(text, ""));
            Assert.DoesNotContain("@", text);
        }
    }

    [GeneratedRegex(@"\d{12}")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{32}")]
    private static partial Regex Guids();
}
