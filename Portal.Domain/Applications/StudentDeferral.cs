using Portal.Domain.Submissions;
using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>
/// Payload of 学生納付特例申請 (<see cref="Submissions.SubmissionKind.StudentDeferral"/>): the months within one
/// April–March year, the school, and the applicant's own income (only the applicant is assessed).
/// </summary>
public sealed class StudentDeferralApplication
{
    /// <summary>The months asked for, within one April–March year (<c>period.start</c>, <c>period.end</c>).</summary>
    public PeriodInput? Period { get; set; }
    /// <summary>The school (<c>school.*</c>).</summary>
    public SchoolInput? School { get; set; }
    /// <summary>The applicant's income (<c>applicant.*</c>); the job-loss special case applies as for exemptions.</summary>
    public ExemptionApplicant? Applicant { get; set; }
}

/// <summary>The school block of a student-deferral application.</summary>
public sealed class SchoolInput
{
    /// <summary>School name (<c>school.name</c>).</summary>
    public string? Name { get; set; }
    /// <summary>Expected graduation month, <c>yyyy-MM</c> (<c>school.expectedGraduation</c>).</summary>
    public string? ExpectedGraduation { get; set; }
}

/// <summary>
/// Rules of 学生納付特例申請 (DOMAIN §6.1): category 1 (not voluntary), one April–March year (judged on income of
/// year Y−1), the same 2-year-1-month window, applicant only, one open application per person and year. Decision:
/// a graduation before the start month is an error; a graduation inside the requested months a warning.
/// </summary>
public static class StudentDeferralRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.StudentDeferral.Code;

    /// <summary><c>citizen.student-deferral|{personId:N}|{April of the year}</c>; null without a readable start month.</summary>
    public static string? BusinessKey(StudentDeferralApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        return PeriodRules.TryStart(app.Period) is { } start ? Key(facts.PersonId, ApplicationPeriods.StudentYearStart(start)) : null;
    }

    private static string Key(Guid personId, YearMonth yearStart) => $"{KeyPrefix}|{personId:N}|{yearStart}";

    /// <summary>A new draft for the whole current April–March year.</summary>
    public static StudentDeferralApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var start = ApplicationPeriods.StudentYearStart(YearMonth.From(today));
        return new StudentDeferralApplication
        {
            Period = new PeriodInput { Start = start.ToString(), End = start.AddMonths(11).ToString() },
            School = new SchoolInput(),
            Applicant = new ExemptionApplicant { JobLoss = false },
        };
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(StudentDeferralApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Eligibility.Category1Only(facts, issues);
        var period = PeriodRules.Check(app.Period, PeriodYear.AprilToMarch, today, issues);
        if (period is { } p0) PeriodRules.CategoryOneEndsAtSixty(facts, p0, issues);

        if (issues.RequiredBlock("school", app.School))
        {
            Fields.Name(app.School!.Name, "school.name", issues, 100);
            if (issues.Required("school.expectedGraduation", app.School.ExpectedGraduation))
            {
                if (!YearMonth.Parse(app.School.ExpectedGraduation).TryGetValue(out var graduation))
                    issues.Error("school.expectedGraduation", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
                else if (period is { } p && graduation < p.Start)
                    issues.Error("school.expectedGraduation", IssueCodes.Conflict, ApplicationMessageKeys.StudentGraduatedBeforePeriod);
                else if (period is { } q && graduation < q.End)
                    issues.Warning("school.expectedGraduation", IssueCodes.Conflict, ApplicationMessageKeys.StudentGraduatesWithinPeriod,
                        Text.Month(graduation));
            }
        }

        if (issues.RequiredBlock("applicant", app.Applicant))
        {
            Fields.Income(app.Applicant, "applicant", issues, figuresRequired: app.Applicant!.JobLoss != true);
            if (app.Applicant.JobLoss == true && issues.Required("applicant.jobLossDate", app.Applicant.JobLossDate)
                && app.Applicant.JobLossDate > today)
                issues.Error("applicant.jobLossDate", IssueCodes.FutureDate, ApplicationMessageKeys.DateInFuture);
        }

        if (period is { } pe) issues.Duplicate(Key(facts.PersonId, pe.YearStart), facts);
        if (facts.AdditionalPremiumActive)
            issues.Warning("", IssueCodes.Conflict, ApplicationMessageKeys.ExemptionEndsAdditionalPremium);
        return issues.Issues;
    }
}
