using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Audit;
using static Portal.Tests.Authorisation.Principal;

namespace Portal.Tests.Authorisation;

/// <summary>
/// Asking for someone else's object by id gets nothing ("not found", no hint that it exists) and leaves an
/// <c>access.refused</c> entry in the audit chain: the requesting account, the subject as <c>type:id</c>, "not-owner".
/// </summary>
public sealed partial class OwnershipRefusals(AuthorisationMatrixFixture fixture) : IClassFixture<AuthorisationMatrixFixture>
{
    [GeneratedRegex("^[a-z-]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex SubjectShape();

    /// <summary>GETs the URL (following local redirects) and returns the final answer and the refusals it caused.</summary>
    private async Task<(HttpStatusCode Status, string Body, IReadOnlyList<AuditEntry> Refusals)> AskAsync(Principal who, string url)
    {
        var client = fixture.Clients[who];
        var before = await fixture.AuditHeadAsync();
        var page = await client.FollowAsync(await client.GetAsync(url));
        return (page.Status, page.Html, await fixture.RefusalsAfterAsync(before));
    }

    private async Task AssertRefusedAndAuditedAsync(Principal who, string url, string subject, params string[] mustNotShow)
    {
        var (status, body, refusals) = await AskAsync(who, url);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} as {who}: {status}");
        foreach (var text in mustNotShow) Assert.DoesNotContain(text, body);
        var entry = Assert.Single(refusals, e => e.Subject == subject);
        Assert.Equal(AuditActions.AccessRefused, entry.Action);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal(fixture.UserIds[who], entry.ActorId);
        Assert.Equal("not-owner", entry.Detail);
        Assert.Matches(SubjectShape(), entry.Subject!);
        Assert.True(Guid.TryParse(entry.ActorId, out _), $"actor {entry.ActorId} is not an opaque account id");
    }

    [Fact]
    public async Task Citizen_B_gets_nothing_of_citizen_As_submission_documents_notice_booking_draft_or_thread_and_each_attempt_is_audited()
    {
        var f = fixture;
        var submission = $"submission:{f.SubmissionA:D}";
        await AssertRefusedAndAuditedAsync(CitizenB, $"/submissions/{f.SubmissionA}", submission, f.ReceiptA);
        await AssertRefusedAndAuditedAsync(CitizenB, $"/submissions/{f.SubmissionA}/receipt.pdf?revision=1", submission, "%PDF");
        await AssertRefusedAndAuditedAsync(CitizenB, $"/submissions/{f.SubmissionA}/decision.pdf", submission, "%PDF");
        await AssertRefusedAndAuditedAsync(CitizenB, $"/applications/exemption/{f.DraftsA["exemption"]}", $"submission:{f.DraftsA["exemption"]:D}");
        await AssertRefusedAndAuditedAsync(CitizenB, $"/inbox/{f.NoticeA}", $"notice:{f.NoticeA:D}", f.ReceiptA);
        await AssertRefusedAndAuditedAsync(CitizenB, $"/consultations/{f.BookingA}", $"booking:{f.BookingA:D}", "data-testid=\"change-link\"");
        await AssertRefusedAndAuditedAsync(CitizenB, $"/consultations/{f.BookingA}/join?t=x", $"booking:{f.BookingA:D}");
        await AssertRefusedAndAuditedAsync(CitizenB, $"/consultations/written/{f.WrittenA}", $"written-consultation:{f.WrittenA:D}", "本文です。");

        // The owner gets them, and no refusal is recorded.
        foreach (var url in new[] { $"/submissions/{f.SubmissionA}", $"/submissions/{f.SubmissionA}/receipt.pdf?revision=1",
                     $"/submissions/{f.SubmissionA}/decision.pdf", $"/inbox/{f.NoticeA}", $"/consultations/{f.BookingA}", $"/consultations/written/{f.WrittenA}" })
        {
            var (status, _, refusals) = await AskAsync(CitizenA, url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Empty(refusals);
        }
        Assert.Contains(f.ReceiptA, (await AskAsync(CitizenA, $"/submissions/{f.SubmissionA}")).Body);
    }

    [Fact]
    public async Task Employer_Y_gets_nothing_of_employer_Xs_filing_and_each_attempt_is_audited()
    {
        var f = fixture;
        var subject = $"submission:{f.FilingX:D}";
        await AssertRefusedAndAuditedAsync(EmployerY, $"/employer/filings/{f.FilingX}", subject, f.ReceiptX);
        await AssertRefusedAndAuditedAsync(EmployerY, $"/employer/filings/{f.FilingX}/edit", subject, f.ReceiptX);
        await AssertRefusedAndAuditedAsync(EmployerY, $"/submissions/{f.FilingX}/receipt.pdf?revision=1", subject, "%PDF");
        // A citizen's submission asked for by an employer: sent to the filing page, where it is not found.
        await AssertRefusedAndAuditedAsync(EmployerX, $"/submissions/{f.SubmissionA}", $"submission:{f.SubmissionA:D}", f.ReceiptA);

        var (status, body, refusals) = await AskAsync(EmployerX, $"/employer/filings/{f.FilingX}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(f.ReceiptX, body);
        Assert.Empty(refusals);
    }

    [Fact]
    public async Task Employer_Y_asking_to_act_for_establishment_X_gets_their_own_establishment_and_the_attempt_is_audited()
    {
        var f = fixture;
        var (_, body, _) = await AskAsync(EmployerX, $"/employer/filings?establishment={f.EstablishmentX}");
        Assert.Contains(f.ReceiptX, body);
        await AssertRefusedAndAuditedAsync(EmployerY, $"/employer/filings?establishment={f.EstablishmentX}",
            $"establishment:{f.EstablishmentX:D}", f.ReceiptX, $"value=\"{f.EstablishmentX}\"");
    }

    [Fact]
    public async Task Staff_of_office_2_get_nothing_of_office_1s_packet_or_written_thread_and_each_attempt_is_audited()
    {
        var f = fixture;
        await AssertRefusedAndAuditedAsync(Staff2, $"/staff/consultations/bookings/{f.BookingA}/packet", $"booking:{f.BookingA:D}",
            "data-testid=\"packet-record\"");
        await AssertRefusedAndAuditedAsync(Staff2, $"/staff/consultations/written/{f.WrittenA}", $"written-consultation:{f.WrittenA:D}", "本文です。");

        var (_, body, refusals) = await AskAsync(Staff1, $"/staff/consultations/bookings/{f.BookingA}/packet");
        Assert.Contains("data-testid=\"packet-record\"", body);
        Assert.Empty(refusals);
    }

    [Fact]
    public async Task A_probe_with_an_id_that_does_not_exist_is_answered_the_same_and_audited_as_not_found()
    {
        var unknown = Guid.NewGuid();
        var (status, _, refusals) = await AskAsync(CitizenB, $"/submissions/{unknown}/receipt.pdf");
        Assert.Equal(HttpStatusCode.NotFound, status);
        var (ownerStatus, _, _) = await AskAsync(CitizenB, $"/submissions/{fixture.SubmissionA}/receipt.pdf");
        Assert.Equal(status, ownerStatus); // someone else's and nobody's look the same
        var entry = Assert.Single(refusals);
        Assert.Equal($"submission:{unknown:D}", entry.Subject);
        Assert.Equal("not-found", entry.Detail);
        Assert.Equal(fixture.UserIds[CitizenB], entry.ActorId);
    }
}
