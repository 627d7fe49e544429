namespace Portal.Domain.Audit;

/// <summary>
/// The audited actions, one constant each, named <c>area.action</c>. Add new ones here so the admin page can list and
/// filter them.
/// </summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignOut = "account.sign-out";
    public const string TwoFactorChanged = "account.two-factor-changed";
    public const string AccessRefused = "access.refused";
    public const string RecordViewed = "record.viewed";
    public const string DocumentDownloaded = "document.downloaded";
    public const string SubmissionStateChanged = "submission.state-changed";
    public const string StaffAction = "staff.action";
    public const string ReviewerAction = "reviewer.action";
    public const string AdminAction = "admin.action";
    public const string KillSwitchChanged = "operations.kill-switch-changed";
    public const string ChainVerified = "audit.chain-verified";
}
