using Portal.Domain.Common;
using System.Text.Json.Serialization;

namespace Portal.Domain.Applications;

/// <summary>What an exemption application asks for (DOMAIN §6.1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExemptionType>))]
public enum ExemptionType
{
    /// <summary>全額免除</summary>
    Full = 1,
    /// <summary>4分の3免除</summary>
    ThreeQuarter = 2,
    /// <summary>半額免除</summary>
    Half = 3,
    /// <summary>4分の1免除</summary>
    Quarter = 4,
    /// <summary>納付猶予 (under 50)</summary>
    Deferral = 5,
}

/// <summary>
/// Payload of 保険料免除・納付猶予申請 (<see cref="Submissions.SubmissionKind.Exemption"/>), bound by the wizard and saved as the
/// draft's JSON (camelCase). Every entered field is nullable: a draft is partial. Who the applicant is comes from the
/// signed-in account (<see cref="ApplicantFacts"/>), so the form holds only the income figures it tests.
/// </summary>
public sealed class ExemptionApplication
{
    /// <summary>Type asked for (<c>type</c>).</summary>
    public ExemptionType? Type { get; set; }
    /// <summary>The months asked for, within one July–June year (<c>period.start</c>, <c>period.end</c>).</summary>
    public PeriodInput? Period { get; set; }
    /// <summary>The applicant's income and the job-loss special case (<c>applicant.*</c>).</summary>
    public ExemptionApplicant? Applicant { get; set; }
    /// <summary>Whether the applicant has a spouse (<c>hasSpouse</c>); when true, <see cref="Spouse"/> is required.</summary>
    public bool? HasSpouse { get; set; }
    /// <summary>The spouse (<c>spouse.*</c>); assessed for every type.</summary>
    public HouseholdMember? Spouse { get; set; }
    /// <summary>Whether the applicant is the head of household (<c>applicantIsHouseholder</c>); not asked for deferral.</summary>
    public bool? ApplicantIsHouseholder { get; set; }
    /// <summary>The head of household when not the applicant (<c>householder.*</c>); not assessed for deferral.</summary>
    public Householder? Householder { get; set; }
    /// <summary>継続申請: screen the next period automatically (<c>continuationRequested</c>); full exemption and deferral only.</summary>
    public bool? ContinuationRequested { get; set; }
}

/// <summary>The applicant's block of an exemption or student-deferral application.</summary>
public sealed class ExemptionApplicant : IncomeFigures
{
    /// <summary>失業等による特例: the applicant lost a job (<c>applicant.jobLoss</c>); the applicant's income is then ignored, on proof.</summary>
    public bool? JobLoss { get; set; }
    /// <summary>Date of the job loss (<c>applicant.jobLossDate</c>), required when <see cref="JobLoss"/>.</summary>
    public DateOnly? JobLossDate { get; set; }
}

/// <summary>A spouse whose income is assessed (配偶者).</summary>
public class HouseholdMember : IncomeFigures
{
    /// <summary>Full name (<c>…name</c>).</summary>
    public string? Name { get; set; }
    /// <summary>Date of birth (<c>…birthDate</c>).</summary>
    public DateOnly? BirthDate { get; set; }
}

/// <summary>The head of household when not the applicant (世帯主).</summary>
public sealed class Householder : HouseholdMember
{
    /// <summary>Relationship to the applicant as written (<c>householder.relationship</c>: 父, 母…).</summary>
    public string? Relationship { get; set; }
}
