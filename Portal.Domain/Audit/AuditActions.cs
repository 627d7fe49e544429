namespace Portal.Domain.Audit;

/// <summary>
/// The audited actions, one constant each, named <c>area.action</c>. Add new ones here (and to <see cref="All"/>) so the
/// admin page can list and filter them. The subject is <c>type:id</c> (<see cref="Subjects"/>), the detail a short code.
/// </summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignOut = "account.sign-out";
    public const string TwoFactorChanged = "account.two-factor-changed";
    public const string AccessRefused = "access.refused";
    /// <summary>A person's record (or a submission's content) was shown: the citizen's own pages, a staff packet, the reviewer console.</summary>
    public const string RecordViewed = "record.viewed";
    /// <summary>A file was sent: receipt and decision PDFs, record and statement exports, employer CSV templates.</summary>
    public const string DocumentDownloaded = "document.downloaded";
    public const string SubmissionStateChanged = "submission.state-changed";
    /// <summary>A staff action on a booking (detail: check-in, no-show, complete, cancel, phone-booking).</summary>
    public const string StaffBookingAction = "staff.booking";
    /// <summary>A staff action on the walk-in queue (detail: register, call, finish, left).</summary>
    public const string StaffWalkInAction = "staff.walk-in";
    /// <summary>A staff change to an office (detail: closure, capacity, templates, holiday-added, holiday-removed).</summary>
    public const string StaffOfficeChanged = "staff.office-changed";
    /// <summary>A reviewer's decision on a case (detail: the decision kind and revision).</summary>
    public const string ReviewerDecision = "reviewer.decision";
    /// <summary>An administrator's change to accounts (detail: e.g. staff-account-created:Staff).</summary>
    public const string AdminAccountChanged = "admin.account-changed";
    public const string KillSwitchChanged = "operations.kill-switch-changed";
    public const string ChainVerified = "audit.chain-verified";

    /// <summary>Every action, in the order the admin page lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        SignIn, SignOut, TwoFactorChanged, AccessRefused, RecordViewed, DocumentDownloaded, SubmissionStateChanged,
        StaffBookingAction, StaffWalkInAction, StaffOfficeChanged, ReviewerDecision, AdminAccountChanged, KillSwitchChanged, ChainVerified,
    ];

    /// <summary>Subjects as they appear in the trail: an object type and an opaque id, never a name or a number a person carries.</summary>
    public static class Subjects
    {
        public static string Record(Guid insuredPersonId) => $"record:{insuredPersonId:D}";
        public static string Submission(Guid id) => $"submission:{id:D}";
        public static string Notice(Guid id) => $"notice:{id:D}";
        public static string Booking(Guid id) => $"booking:{id:D}";
        public static string WalkInTicket(Guid id) => $"walk-in:{id:D}";
        public static string Office(Guid id) => $"office:{id:D}";
        public static string Establishment(Guid id) => $"establishment:{id:D}";
        public static string Account(string id) => $"account:{id}";
    }
}
