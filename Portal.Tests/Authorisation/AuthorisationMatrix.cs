using System.Net;
using System.Text;
using Portal.Domain.Submissions;
using Portal.Web.Features.EmployerFilings;
using Xunit.Abstractions;
using static Portal.Tests.Authorisation.Principal;

namespace Portal.Tests.Authorisation;

/// <summary>
/// Every page route and API endpoint of the running app, for each of the nine principals: allowed or refused, as the table
/// below decides. A route the app has and the table does not fails the test (every new route needs an explicit decision).
/// Anonymous refused = redirect to /Account/Login or 401; signed-in refused = redirect to /Account/AccessDenied, 403, 404,
/// or (for an object looked up by id within the caller's scope) "not found" with an <c>access.refused</c> audit entry for
/// the caller. Allowed = a 2xx answer (after following local redirects) and no refusal audited.
/// </summary>
public sealed class AuthorisationMatrix(AuthorisationMatrixFixture fixture, ITestOutputHelper output) : IClassFixture<AuthorisationMatrixFixture>
{
    private static readonly Principal[] Everyone = Enum.GetValues<Principal>();
    private static readonly Principal[] SignedIn = Everyone.Where(p => p != Anonymous).ToArray();
    private static readonly Principal[] Citizens = [CitizenA, CitizenB];
    private static readonly Principal[] Employers = [EmployerX, EmployerY];
    private static readonly Principal[] Staff = [Staff1, Staff2];
    private static readonly Principal[] None = [];

    /// <summary>A decision for one route pattern: how to call it (URL with real ids) and who may.</summary>
    private sealed record Rule(string Method, Func<AuthorisationMatrixFixture, string> Url, Principal[] Allowed, string Why);

    private static Rule Get(string url, Principal[] allowed, string why) => new("GET", _ => url, allowed, why);
    private static Rule Get(Func<AuthorisationMatrixFixture, string> url, Principal[] allowed, string why) => new("GET", url, allowed, why);
    /// <summary>A POST-only endpoint: only the anonymous answer is asserted (refused unless <paramref name="anonymousAllowed"/>).</summary>
    private static Rule Post(string url, bool anonymousAllowed, string why) => new("POST", _ => url, anonymousAllowed ? [Anonymous] : None, why);

    private static readonly string CsvSlug = EmployerFilingForms.Slug(SubmissionKind.AnnualBaseReport);

    /// <summary>The table, keyed by route pattern exactly as the app declares it.</summary>
    private static readonly Dictionary<string, Rule> Table = new()
    {
        // Public pages and operations endpoints.
        ["/"] = Get("/", Everyone, "home"),
        ["/Account/Login"] = Get("/Account/Login", Everyone, "sign-in"),
        ["/Account/LoginWith2fa"] = Get("/Account/LoginWith2fa", Everyone, "second step (without a first step it sends back to sign-in)"),
        ["/Account/Register"] = Get("/Account/Register", Everyone, "registration"),
        ["/Account/RegisterEmployer"] = Get("/Account/RegisterEmployer", Everyone, "employer registration"),
        ["/Account/AccessDenied"] = Get("/Account/AccessDenied", Everyone, "the refusal page"),
        ["/simulator"] = Get("/simulator", Everyone, "public simulator"),
        ["/simulator/not-supported"] = Get("/simulator/not-supported", Everyone, "public simulator exclusions"),
        ["/citizen/simulator/not-supported"] = Get("/citizen/simulator/not-supported", Everyone, "static guidance, no personal data"),
        ["/Error"] = Get("/Error", Everyone, "error page"),
        ["/not-found"] = Get("/not-found", Everyone, "not-found page"),
        ["/culture"] = Get("/culture?c=ja&returnUrl=/", Everyone, "language switch"),
        ["/health"] = Get("/health", Everyone, "load-balancer health check"),
        ["/health/ready"] = Get("/health/ready", Everyone, "readiness: portal store, back-office store, job scheduler (status names only)"),
        ["/health/live"] = Get("/health/live", Everyone, "liveness: the process answers"),
        ["/version"] = Get("/version", Everyone, "version"),
        ["/metrics"] = Get("/metrics", Everyone, "counts only, no personal data; production limits it with Portal:Metrics:AllowedNetworks"),
        [Portal.Web.Features.Benefits.EstimateApi.Route] = Post(Portal.Web.Features.Benefits.EstimateApi.Route, true, "public simulator API"),
        // Mapped only in Development with Portal:Consultations:DemoClock=true (the e2e demo clock): anonymous, no antiforgery.
        ["/dev/consultations/clock"] = Post("/dev/consultations/clock", true, "development-only demo clock; never mapped in production"),
        ["/Account/Logout"] = Post("/Account/Logout", true, "signing out needs no sign-in (antiforgery refuses a bare post)"),

        // Any signed-in account.
        ["/Account/Manage/TwoFactor"] = Get("/Account/Manage/TwoFactor", SignedIn, "own 2FA settings"),
        ["/inbox"] = Get("/inbox", SignedIn, "own inbox"),
        ["/inbox/{Id:guid}"] = Get(f => $"/inbox/{f.NoticeA}", [CitizenA], "A's notice"),

        // Citizens; objects of citizen A.
        ["/citizen"] = Get("/citizen", Citizens, "citizen dashboard"),
        ["/citizen/records"] = Get("/citizen/records", Citizens, "own record"),
        ["/citizen/records/export.csv"] = Get("/citizen/records/export.csv", Citizens, "own record export"),
        ["/citizen/records/export.pdf"] = Get("/citizen/records/export.pdf", Citizens, "own record PDF"),
        ["/citizen/statement"] = Get("/citizen/statement", Citizens, "own statement"),
        ["/citizen/statement/statement.pdf"] = Get("/citizen/statement/statement.pdf", Citizens, "own statement PDF"),
        ["/citizen/statement/paperless"] = Post("/citizen/statement/paperless", false, "own paperless choice"),
        ["/citizen/simulator"] = Get("/citizen/simulator", Citizens, "own simulator"),
        ["/applications"] = Get("/applications", Citizens, "form list"),
        ["/submissions"] = Get("/submissions", Citizens, "own submissions"),
        ["/submissions/{Id:guid}"] = Get(f => $"/submissions/{f.SubmissionA}", [CitizenA], "A's submission (employers are sent to their filing page, where it is not found)"),
        ["/submissions/{id:guid}/receipt.pdf"] = Get(f => $"/submissions/{f.SubmissionA}/receipt.pdf?revision=1", [CitizenA], "A's receipt"),
        ["/submissions/{id:guid}/decision.pdf"] = Get(f => $"/submissions/{f.SubmissionA}/decision.pdf", [CitizenA], "A's decision notice"),
        ["/consultations"] = Get("/consultations", Citizens, "own bookings"),
        ["/consultations/book"] = Get("/consultations/book", Citizens, "booking"),
        ["/consultations/{Id:guid}"] = Get(f => $"/consultations/{f.BookingA}", [CitizenA], "A's booking"),
        ["/consultations/{Id:guid}/join"] = Get(f => $"/consultations/{f.BookingA}/join?t=x", [CitizenA], "A's join link (in person: 'not a video booking' for A)"),
        ["/consultations/written"] = Get("/consultations/written", Citizens, "own written consultations"),
        ["/consultations/written/{Id:guid}"] = Get(f => $"/consultations/written/{f.WrittenA}", [CitizenA], "A's written consultation"),

        // Employers; objects of employer X.
        ["/employer"] = Get("/employer", Employers, "employer dashboard"),
        ["/Account/JoinEstablishment"] = Get("/Account/JoinEstablishment", Employers, "link an establishment"),
        ["/employer/filings"] = Get("/employer/filings", Employers, "own filings"),
        ["/employer/filings/csv"] = Get("/employer/filings/csv", Employers, "CSV upload"),
        ["/employer/filings/csv/template/{slug}"] = Get($"/employer/filings/csv/template/{CsvSlug}", Employers, "CSV template"),
        ["/employer/filings/csv/sample/{slug}"] = Get($"/employer/filings/csv/sample/{CsvSlug}", Employers, "CSV sample"),
        ["/employer/filings/new"] = Get("/employer/filings/new", Employers, "new filing"),
        ["/employer/filings/new/{Slug}"] = Get($"/employer/filings/new/{CsvSlug}", Employers, "new filing of a kind"),
        ["/employer/filings/{Id:guid}"] = Get(f => $"/employer/filings/{f.FilingX}", [EmployerX], "X's filing"),
        ["/employer/filings/{Id:guid}/edit"] = Get(f => $"/employer/filings/{f.FilingX}/edit", [EmployerX], "X's filing (submitted: the editor sends X to the detail)"),

        // Counter staff; objects of office 1.
        ["/staff"] = Get("/staff", Staff, "staff dashboard"),
        ["/staff/consultations"] = Get("/staff/consultations", Staff, "own office's day list"),
        ["/staff/consultations/capacity"] = Get("/staff/consultations/capacity", Staff, "own office"),
        ["/staff/consultations/closure"] = Get("/staff/consultations/closure", Staff, "own office"),
        ["/staff/consultations/figures"] = Get("/staff/consultations/figures", Staff, "own office"),
        ["/staff/consultations/walk-ins"] = Get("/staff/consultations/walk-ins", Staff, "own office"),
        ["/staff/consultations/written"] = Get("/staff/consultations/written", Staff, "own office's threads"),
        ["/staff/consultations/written/{Id:guid}"] = Get(f => $"/staff/consultations/written/{f.WrittenA}", [Staff1], "office 1's thread"),
        ["/staff/consultations/bookings/{Id:guid}/packet"] = Get(f => $"/staff/consultations/bookings/{f.BookingA}/packet", [Staff1], "office 1's packet"),
        ["/staff/handoff"] = Get("/staff/handoff", [Staff1, Staff2, Reviewer, Admin], "hand-off figures, counts only"),

        // Reviewer and admin.
        ["/reviewer"] = Get("/reviewer", [Reviewer], "reviewer dashboard"),
        ["/reviewer/submissions/{Id:guid?}"] = Get(f => $"/reviewer/submissions/{f.SubmissionA}", [Reviewer], "back-office console (not per office)"),
        ["/admin"] = Get("/admin", [Admin], "admin dashboard"),
        ["/admin/operations"] = Get("/admin/operations", [Admin], "kill switches"),
        ["/admin/staff"] = Get("/admin/staff", [Admin], "staff accounts"),
        ["/admin/audit"] = Get("/admin/audit", [Admin], "audit trail and chain verification"),
    };

    static AuthorisationMatrix()
    {
        foreach (var slug in new[] { "exemption", "student-deferral", "maternity-exemption", "enrolment", "additional-premium", "payment-setup", "record-enquiry" })
        {
            Table[$"/applications/{slug}"] = Get($"/applications/{slug}", Citizens, "start a form");
            Table[$"/applications/{slug}/{{Id:guid}}"] = Get(f => $"/applications/{slug}/{f.DraftsA[slug]}", [CitizenA], "A's draft");
        }
    }

    /// <summary>Framework endpoints that are no route of the portal: static files (and their development-time fallback).</summary>
    private static bool IsFramework(string pattern) => pattern.Contains(":file}", StringComparison.Ordinal);

    private static string Key(Microsoft.AspNetCore.Routing.RouteEndpoint e) => e.RoutePattern.RawText!.StartsWith('/') ? e.RoutePattern.RawText : "/" + e.RoutePattern.RawText;

    [Fact]
    public void Every_route_of_the_app_has_a_decision_in_the_table()
    {
        var routes = fixture.AppEndpoints().Select(Key).Where(r => !IsFramework(r)).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
        // The enumeration sees both kinds: Razor component pages and minimal-API endpoints.
        Assert.Contains("/submissions/{Id:guid}", routes);
        Assert.Contains("/submissions/{id:guid}/receipt.pdf", routes);
        Assert.DoesNotContain(routes, r => r.StartsWith("/_", StringComparison.Ordinal));
        var missing = routes.Where(r => !Table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0,
            "These routes have no decision in Portal.Tests/Authorisation/AuthorisationMatrix.cs (add each to Table with who may reach it):\n  "
            + string.Join("\n  ", missing));
        var stale = Table.Keys.Where(k => !routes.Contains(k)).ToList();
        output.WriteLine($"{routes.Count} routes; table entries the app no longer has: {(stale.Count == 0 ? "none" : string.Join(", ", stale))}");
    }

    private enum Outcome { Allowed, Refused, Error }

    private async Task<(Outcome Outcome, string Seen)> CallAsync(Principal principal, Rule rule)
    {
        var client = fixture.Clients[principal];
        var before = await fixture.AuditHeadAsync();
        var url = rule.Url(fixture);
        HttpResponseMessage response = rule.Method == "POST"
            ? await client.Http.PostAsync(url, url.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent("{}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([new("paperless", "true")]))
            : await client.Http.GetAsync(url);
        var trail = new StringBuilder($"{(int)response.StatusCode}");
        for (var hop = 0; hop < 4 && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location; hop++)
        {
            var next = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            trail.Append(" -> ").Append(next);
            if (next.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("/Account/Login", StringComparison.Ordinal))
                return (principal == Anonymous ? Outcome.Refused : Outcome.Error, trail.ToString());
            if (next.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase))
                return (principal == Anonymous ? Outcome.Error : Outcome.Refused, trail.ToString());
            if (!next.StartsWith('/')) return (Outcome.Error, trail.ToString());
            response = await client.Http.GetAsync(next);
            trail.Append(' ').Append((int)response.StatusCode);
        }
        var status = (int)response.StatusCode;
        if (status == 401) return (principal == Anonymous ? Outcome.Refused : Outcome.Error, trail.ToString());
        if (status is 403 or 404) return (principal == Anonymous ? Outcome.Error : Outcome.Refused, trail.ToString());
        if (rule.Method == "POST" && status is 400 or 415) return (Outcome.Allowed, trail + " (reached the endpoint)");
        if (status is < 200 or >= 300) return (Outcome.Error, trail.ToString());
        var refusals = await fixture.RefusalsAfterAsync(before);
        if (principal != Anonymous && refusals.Any(e => e.ActorId == fixture.UserIds[principal]))
            return (Outcome.Refused, trail + " not found, audited " + string.Join(",", refusals.Select(r => r.Subject + "/" + r.Detail)));
        return (Outcome.Allowed, trail.ToString());
    }

    [Fact]
    public async Task Every_route_answers_every_principal_as_the_table_says()
    {
        var routes = fixture.AppEndpoints().Select(Key).Where(r => !IsFramework(r)).Distinct().Where(Table.ContainsKey).OrderBy(r => r, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var assertions = 0;
        var allowed = 0;
        foreach (var route in routes)
        {
            var rule = Table[route];
            var principals = rule.Method == "POST" ? [Anonymous] : Everyone;
            foreach (var principal in principals)
            {
                var (outcome, seen) = await CallAsync(principal, rule);
                var expected = rule.Allowed.Contains(principal) ? Outcome.Allowed : Outcome.Refused;
                assertions++;
                if (outcome == Outcome.Allowed) allowed++;
                if (outcome != expected)
                    failures.Add($"{rule.Method} {route} as {principal}: expected {expected}, got {outcome} ({seen})");
            }
        }
        output.WriteLine($"Authorisation matrix: {routes.Count} routes x {Everyone.Length} principals " +
                         $"({routes.Count(r => Table[r].Method == "GET")} GET routes x 9, {routes.Count(r => Table[r].Method == "POST")} POST-only routes x anonymous) = {assertions} assertions ({allowed} allowed, {assertions - allowed} refused)");
        Assert.True(failures.Count == 0, $"{failures.Count} of {assertions} answers differ from the table:\n" + string.Join("\n", failures));
    }
}
