using Portal.Domain.Submissions;

namespace Portal.Web.Features.Applications;

/// <summary>Where each form lives in the portal and which label keys describe its fields.</summary>
public static class ApplicationCatalogue
{
    private static readonly Dictionary<SubmissionKind, string> Slugs = new()
    {
        [SubmissionKind.Exemption] = "exemption",
        [SubmissionKind.StudentDeferral] = "student-deferral",
        [SubmissionKind.MaternityExemption] = "maternity-exemption",
        [SubmissionKind.Enrolment] = "enrolment",
        [SubmissionKind.AdditionalPremium] = "additional-premium",
        [SubmissionKind.PaymentSetup] = "payment-setup",
        [SubmissionKind.RecordEnquiry] = "record-enquiry",
    };

    /// <summary>The citizen forms offered on the applications page, in order.</summary>
    public static IReadOnlyList<SubmissionKind> CitizenForms { get; } = Slugs.Keys.ToList();

    /// <summary>The page that starts a new filing of <paramref name="kind"/>.</summary>
    public static string NewLink(SubmissionKind kind) => Slugs.TryGetValue(kind, out var slug) ? $"/applications/{slug}" : "/applications";

    /// <summary>The page that edits the draft (or the corrected revision) <paramref name="id"/>.</summary>
    public static string EditLink(SubmissionKind kind, Guid id) =>
        Slugs.TryGetValue(kind, out var slug) ? $"/applications/{slug}/{id:D}" : $"/submissions/{id:D}";

    /// <summary>The resource-key prefix of the form's field labels (<c>{prefix}.Field.{path}</c>).</summary>
    public static string LabelPrefix(SubmissionKind kind) =>
        kind.Audience == SubmissionAudience.Employer ? "EmployerFilings"
        : kind == SubmissionKind.RecordEnquiry ? "Records"
        : "Applications";
}
