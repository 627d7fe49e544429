using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Audit;
using Portal.Domain.Consultations;
using Portal.Domain.Submissions;
using Portal.E2E.Infrastructure;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Submissions;
using Portal.Tests.EmployerFilings;
using Portal.Tests.TestSupport;
using Portal.Web.Features.Applications;
using Portal.Web.Features.Consultations;

namespace Portal.Tests.Authorisation;

/// <summary>The nine principals of the matrix.</summary>
public enum Principal { Anonymous, CitizenA, CitizenB, EmployerX, EmployerY, Staff1, Staff2, Reviewer, Admin }

/// <summary>
/// One app, the nine principals signed in once, and the objects the matrix asks for by id: citizen A's submission (decided,
/// so both PDFs exist), notice, booking at office 1 (OF01), written consultation with office 1 and a draft of every citizen
/// form; employer X's filing. Shared by the matrix and the ownership tests.
/// </summary>
public sealed class AuthorisationMatrixFixture : IAsyncLifetime
{
    private const string Password = "Demo#Pension2026";
    private const string TotpSecret = "DEMOTOTPKEYFORPORTALSTAFF2345672";

    public PortalWebFactory Factory { get; } = new();
    public Dictionary<Principal, FormClient> Clients { get; } = [];
    public Dictionary<Principal, string> UserIds { get; } = [];

    public Guid SubmissionA { get; private set; }
    public string ReceiptA { get; private set; } = "";
    public string ReceiptX { get; private set; } = "";
    public Guid NoticeA { get; private set; }
    public Guid BookingA { get; private set; }
    public Guid WrittenA { get; private set; }
    public Guid FilingX { get; private set; }
    public Guid EstablishmentX { get; private set; }
    public Dictionary<string, Guid> DraftsA { get; } = []; // by edit-link slug

    private static readonly Dictionary<Principal, string> Emails = new()
    {
        [Principal.CitizenA] = "citizen1@demo.example",
        [Principal.CitizenB] = "citizen2@demo.example",
        [Principal.EmployerX] = "employer1@demo.example",
        [Principal.EmployerY] = "employer2@demo.example",
        [Principal.Staff1] = "staff1@demo.example",
        [Principal.Staff2] = "staff2@demo.example",
        [Principal.Reviewer] = "reviewer1@demo.example",
        [Principal.Admin] = "admin@demo.example",
    };

    public async Task InitializeAsync()
    {
        Clients[Principal.Anonymous] = Factory.CreateFormClient();
        foreach (var (principal, email) in Emails)
        {
            Clients[principal] = await SignInAsync(email);
            UserIds[principal] = await UserIdAsync(email);
        }
        await CreateObjectsAsync();
    }

    private async Task<FormClient> SignInAsync(string email)
    {
        var client = Factory.CreateFormClient();
        var done = await client.SubmitAsync(await client.GetAsync("/Account/Login"), "login-submit",
            new() { ["login-email"] = email, ["login-password"] = Password });
        if (done.Location?.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) == true)
            done = await client.SubmitAsync(await client.GetAsync(done.Location), "two-factor-submit",
                new() { ["two-factor-code"] = Totp.Compute(TotpSecret) });
        Assert.True(done.IsRedirect && done.Location is not null && !done.Location.StartsWith("/Account", StringComparison.Ordinal),
            $"{email} did not sign in (ended at {done.Status} {done.Location})");
        return client;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task CreateObjectsAsync()
    {
        var services = Factory.Services;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();

        // Citizen A: a submitted and decided exemption (receipt and decision notices, both PDFs) and a draft of every form.
        var a = await db.Users.AsNoTracking().SingleAsync(u => u.Id == UserIds[Principal.CitizenA]);
        var owner = SubmissionOwner.Citizen(a.Id, a.InsuredPersonId!.Value);
        var actor = SubmissionActor.Citizen(a.Id);
        const string payload = """{"type":"half","period":{"start":"2026-07"}}""";
        var draft = await store.StartDraftAsync(SubmissionKind.Exemption, owner, actor, payload);
        var submitted = await store.SubmitAsync(draft.Id, SubmissionScope.Citizen(a.InsuredPersonId.Value), payload,
            Guid.NewGuid().ToString("N"), null, actor);
        SubmissionA = submitted.Submission!.Id;
        ReceiptA = submitted.Submission.Receipt!.Number.Value;
        var reviewer = SubmissionActor.Reviewer("reviewer-test");
        Assert.Null(await store.ApplyAsync(SubmissionA, (s, now) => s.MarkTransmitted(1, now) ?? s.MarkUnderReview(now, reviewer)
            ?? s.Complete("DN-1", now, DecisionOutcome.Accepted, null, reviewer)));
        NoticeA = await db.Notices.Where(n => n.RecipientUserId == a.Id).Select(n => n.Id).FirstAsync();
        foreach (var kind in ApplicationCatalogue.CitizenForms)
        {
            var d = await store.StartDraftAsync(kind, owner, actor, "{}");
            DraftsA[ApplicationCatalogue.EditLink(kind, Guid.Empty).Split('/')[2]] = d.Id;
        }

        // Citizen A's booking at office 1 (OF01) and a written consultation with office 1.
        var of01 = (await services.GetRequiredService<BookingStore>().OfficesAsync()).Single(o => o.Code == "OF01");
        BookingA = (await Portal.Tests.Consultations.ConsultationPages.BookFirstFreeAsync(services, of01.Id, ConsultationTopic.Records, a.Id)).Id;
        var written = scope.ServiceProvider.GetRequiredService<WrittenConsultations>();
        var started = await written.StartAsync(a.Id, of01.Id, WrittenEligibility.Overseas, ConsultationTopic.Other, "件名", "本文です。");
        Assert.True(started.IsValid);
        WrittenA = started.Value.Id;

        // Employer X: a filing of one of employer 1's establishments that employer 2 does not belong to.
        var xUser = UserIds[Principal.EmployerX];
        var yUser = UserIds[Principal.EmployerY];
        var yEstablishments = await db.EstablishmentMemberships.Where(m => m.UserId == yUser).Select(m => m.EstablishmentId).ToListAsync();
        var xEstablishment = await db.EstablishmentMemberships.Where(m => m.UserId == xUser && !yEstablishments.Contains(m.EstablishmentId))
            .Select(m => m.EstablishmentId).FirstAsync();
        var e = await db.Establishments.AsNoTracking().SingleAsync(x => x.Id == xEstablishment);
        EstablishmentX = e.Id;
        var establishment = (e.Id, e.OfficeSymbol, e.EstablishmentNumber);
        var csv = await EmployerFilingTestSupport.ReadAsync(SubmissionKind.AnnualBaseReport,
            EmployerFilingTestSupport.AnnualBaseCsv(e.OfficeSymbol, e.EstablishmentNumber, 2), e.OfficeSymbol, e.EstablishmentNumber);
        var staged = await EmployerFilingTestSupport.StageAsync(Factory, csv, xUser, establishment);
        Assert.True(staged.Succeeded, staged.ErrorKey);
        FilingX = staged.Submission!.Id;
        ReceiptX = staged.Submission.Receipt!.Number.Value;
    }

    /// <summary>Every routed endpoint of the running app except static assets and the framework's own (Blazor hub, framework files).</summary>
    public IReadOnlyList<RouteEndpoint> AppEndpoints()
    {
        var endpoints = Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.RoutePattern.RawText is { } raw
                && !raw.StartsWith("/_", StringComparison.Ordinal) && !raw.StartsWith("_", StringComparison.Ordinal)
                && !e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
            .ToList();
    }

    /// <summary>The newest audit sequence number (0 when empty).</summary>
    public async Task<long> AuditHeadAsync() =>
        (await Factory.Services.GetRequiredService<AuditTrail>().LatestAsync(1)).FirstOrDefault()?.Sequence ?? 0;

    /// <summary>The access.refused entries after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> RefusalsAfterAsync(long after) =>
        (await Factory.Services.GetRequiredService<AuditTrail>().LatestAsync(200, AuditActions.AccessRefused))
            .Where(e => e.Sequence > after).ToList();

    public async Task DisposeAsync()
    {
        foreach (var c in Clients.Values) c.Dispose();
        await Factory.DisposeAsync();
    }
}
