namespace Portal.E2E.Accessibility;

/// <summary>
/// The pages the axe scans open (<see cref="AxeScans"/>), by who may open them: routes as typed, and the routes with an id,
/// which the scans fill with objects they make or find. Portal.Tests (AxeScanCoverage, which links this file) checks that
/// every page of the app is in one of these lists or in <see cref="NotScanned"/> with the reason, so a new page cannot
/// be left out of the scans.
/// </summary>
public static class ScannedPages
{
    public static readonly string[] Public =
    [
        "/", "/simulator", "/simulator/not-supported", "/Account/Login", "/Account/Register", "/Account/RegisterEmployer",
        "/Account/AccessDenied", "/not-found", "/Error",
    ];

    public static readonly string[] Citizen =
    [
        "/", "/citizen", "/citizen/records", "/citizen/statement", "/citizen/simulator", "/citizen/simulator/not-supported",
        "/applications", "/applications/exemption", "/applications/student-deferral", "/applications/maternity-exemption",
        "/applications/enrolment", "/applications/payment-setup", "/applications/additional-premium",
        "/applications/record-enquiry", "/submissions", "/consultations", "/consultations/book", "/consultations/written",
        "/inbox", "/Account/Manage/TwoFactor",
    ];

    public static readonly string[] Employer =
    [
        "/employer", "/employer/filings", "/employer/filings/new",
        // The seven notifications: each start page makes a draft and opens its editor (the same editor, other fields).
        "/employer/filings/new/acquisition", "/employer/filings/new/loss", "/employer/filings/new/annual-base-report",
        "/employer/filings/new/monthly-change", "/employer/filings/new/bonus-report", "/employer/filings/new/dependant-change",
        "/employer/filings/new/category3-notification",
        "/employer/filings/csv",
        "/Account/JoinEstablishment", "/inbox", "/Account/Manage/TwoFactor",
    ];

    public static readonly string[] Staff =
    [
        "/staff", "/staff/consultations", "/staff/consultations/capacity", "/staff/consultations/walk-ins",
        "/staff/consultations/closure", "/staff/consultations/figures", "/staff/consultations/written", "/staff/handoff",
        "/inbox", "/Account/Manage/TwoFactor",
    ];

    public static readonly string[] Reviewer = ["/reviewer", "/reviewer/submissions", "/staff/handoff", "/inbox", "/Account/Manage/TwoFactor"];

    public static readonly string[] Admin = ["/admin", "/admin/staff", "/admin/operations", "/admin/audit", "/staff/handoff", "/inbox", "/Account/Manage/TwoFactor"];

    /// <summary>Page routes the scans open with an id (the @page template, as the app declares it).</summary>
    public static readonly string[] WithIds =
    [
        "/submissions/{Id:guid}", "/consultations/{Id:guid}", "/consultations/{Id:guid}/join", "/consultations/written/{Id:guid}",
        "/inbox/{Id:guid}", "/employer/filings/{Id:guid}/edit", "/employer/filings/{Id:guid}",
        "/staff/consultations/bookings/{Id:guid}/packet", "/staff/consultations/written/{Id:guid}", "/reviewer/submissions/{Id:guid?}",
        "/Account/LoginWith2fa",
        // Each form's start page (in Citizen) makes the draft and replaces the address with the draft's own route.
        "/applications/exemption/{Id:guid}", "/applications/student-deferral/{Id:guid}", "/applications/maternity-exemption/{Id:guid}",
        "/applications/enrolment/{Id:guid}", "/applications/payment-setup/{Id:guid}", "/applications/additional-premium/{Id:guid}",
        "/applications/record-enquiry/{Id:guid}",
        // The seven employer forms, by slug (in Employer).
        "/employer/filings/new/{Slug}",
    ];

    /// <summary>Pages the scans do not open, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotScanned = new Dictionary<string, string>
    {
    };

    /// <summary>Every route the scans cover.</summary>
    public static IEnumerable<string> All => Public.Concat(Citizen).Concat(Employer).Concat(Staff).Concat(Reviewer).Concat(Admin).Concat(WithIds);
}
