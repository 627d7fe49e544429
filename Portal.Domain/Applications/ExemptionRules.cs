using Portal.Domain.Common;
using Portal.Domain.Submissions;

namespace Portal.Domain.Applications;

/// <summary>
/// Rules of 保険料免除・納付猶予申請 (DOMAIN §6.1). Income is not judged here (the back office screens it, Assumption 7);
/// <see cref="ExemptionPreCheck"/> offers the labelled self-check.
/// <list type="bullet">
/// <item>Category 1 only; never a voluntary member; category 2 and 3 are told their employer files.</item>
/// <item>One July–June year per application; retroactive to 2 years 1 month before the application month; a year
/// opens in its July (a later year is <c>not_yet_open</c>).</item>
/// <item>Payment deferral: under 50. Decision: refused when the month the person reaches 50 (the day before the 50th
/// birthday) is on or before the requested start month; a warning names the first uncovered month when 50 is reached
/// inside the requested months.</item>
/// <item>Months from the one in which the person reaches 60 (category 1 ends) are refused at the start, warned inside.</item>
/// <item>Assessed persons: applicant, spouse (when there is one) and head of household (when not the applicant) for
/// the exemption tiers; applicant and spouse only for deferral (the householder block is ignored).</item>
/// <item>Duplicate: the same person, type and July–June year open or approved (<see cref="BusinessKey"/>);
/// another type for the same year gives a warning.</item>
/// </list>
/// </summary>
public static class ExemptionRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.Exemption.Code;

    /// <summary>The type's token in business keys and message keys.</summary>
    public static string TypeToken(ExemptionType type) => type switch
    {
        ExemptionType.Full => "full",
        ExemptionType.ThreeQuarter => "three-quarter",
        ExemptionType.Half => "half",
        ExemptionType.Quarter => "quarter",
        ExemptionType.Deferral => "deferral",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The duplicate-rule key <c>citizen.exemption|{personId:N}|{type}|{July of the year}</c>, e.g.
    /// <c>citizen.exemption|…|full|2026-07</c>; null while the type or a readable start month is missing.
    /// </summary>
    public static string? BusinessKey(ExemptionApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        if (app.Type is not { } type || !Enum.IsDefined(type) || PeriodRules.TryStart(app.Period) is not { } start) return null;
        return Key(facts.PersonId, type, ApplicationPeriods.ExemptionYearStart(start));
    }

    private static string Key(Guid personId, ExemptionType type, YearMonth yearStart) =>
        $"{KeyPrefix}|{personId:N}|{TypeToken(type)}|{yearStart}";

    /// <summary>
    /// A new draft: full exemption for the whole current July–June year (today's), no other answer assumed.
    /// </summary>
    public static ExemptionApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var start = ApplicationPeriods.ExemptionYearStart(YearMonth.From(today));
        return new ExemptionApplication
        {
            Type = ExemptionType.Full,
            Period = new PeriodInput { Start = start.ToString(), End = start.AddMonths(11).ToString() },
            Applicant = new ExemptionApplicant { JobLoss = false },
        };
    }

    /// <summary>
    /// Data minimisation before saving or submitting: drops the blocks the answers make unnecessary — the spouse when
    /// there is none, the householder when the applicant is the householder or the type is deferral (which does not
    /// assess the householder), the job-loss date without a job loss. Returns the same instance.
    /// </summary>
    public static ExemptionApplication Minimise(ExemptionApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.HasSpouse != true) app.Spouse = null;
        if (app.Type == ExemptionType.Deferral)
        {
            app.ApplicantIsHouseholder = null;
            app.Householder = null;
        }
        else if (app.ApplicantIsHouseholder != false)
        {
            app.Householder = null;
        }
        if (app.Applicant is { JobLoss: not true } a) a.JobLossDate = null;
        return app;
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(ExemptionApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Eligibility.Category1Only(facts, issues);

        if (issues.Required("type", app.Type) && !Enum.IsDefined(app.Type!.Value))
            issues.Error("type", IssueCodes.Format, ApplicationMessageKeys.InvalidOption);
        var type = app.Type is { } t && Enum.IsDefined(t) ? t : (ExemptionType?)null;
        var period = PeriodRules.Check(app.Period, PeriodYear.JulyToJune, today, issues);

        if (period is { } p0) PeriodRules.CategoryOneEndsAtSixty(facts, p0, issues);
        if (type == ExemptionType.Deferral && period is { } p) DeferralAge(facts, p, issues);

        if (issues.RequiredBlock("applicant", app.Applicant))
        {
            Fields.Income(app.Applicant, "applicant", issues, figuresRequired: app.Applicant!.JobLoss != true);
            JobLoss(app.Applicant, period, today, issues);
        }

        if (issues.Required("hasSpouse", app.HasSpouse) && app.HasSpouse == true && issues.RequiredBlock("spouse", app.Spouse))
            Member(app.Spouse!, "spouse", today, issues);

        if (type != ExemptionType.Deferral
            && issues.Required("applicantIsHouseholder", app.ApplicantIsHouseholder)
            && app.ApplicantIsHouseholder == false
            && issues.RequiredBlock("householder", app.Householder))
        {
            Member(app.Householder!, "householder", today, issues);
            Fields.Name(app.Householder!.Relationship, "householder.relationship", issues, 20);
        }

        if (app.ContinuationRequested == true && type is not (null or ExemptionType.Full or ExemptionType.Deferral))
            issues.Error("continuationRequested", IssueCodes.NotApplicable, ApplicationMessageKeys.ExemptionContinuationNotApplicable);

        if (type is { } ty && period is { } pe)
        {
            issues.Duplicate(Key(facts.PersonId, ty, pe.YearStart), facts);
            foreach (var other in Enum.GetValues<ExemptionType>().Where(o => o != ty))
            {
                if (facts.FindActive(Key(facts.PersonId, other, pe.YearStart)) is { } open)
                    issues.Warning("", IssueCodes.OtherTypeOpen, ApplicationMessageKeys.ExemptionOtherTypeOpen, open.Reference);
            }
        }

        if (facts.AdditionalPremiumActive)
            issues.Warning("", IssueCodes.Conflict, ApplicationMessageKeys.ExemptionEndsAdditionalPremium);
        return issues.Issues;
    }

    /// <summary>
    /// The first month payment deferral no longer covers: the month in which the person reaches 50 (the day before the
    /// 50th birthday). Deferral covers the months before it.
    /// </summary>
    public static YearMonth DeferralEndsBefore(DateOnly birthDate) => YearMonth.From(Ages.Reached(birthDate, 50));

    private static void DeferralAge(ApplicantFacts facts, ParsedPeriod period, IssueList issues)
    {
        var fifty = DeferralEndsBefore(facts.BirthDate);
        if (fifty <= period.Start)
            issues.Error("type", IssueCodes.Age, ApplicationMessageKeys.ExemptionDeferralAge, Text.Month(fifty));
        else if (fifty <= period.End)
            issues.Warning("period.end", IssueCodes.Age, ApplicationMessageKeys.ExemptionDeferralEndsAtFifty, Text.Month(fifty));
    }

    private static void JobLoss(ExemptionApplicant applicant, ParsedPeriod? period, DateOnly today, IssueList issues)
    {
        if (applicant.JobLoss != true) return;
        if (!issues.Required("applicant.jobLossDate", applicant.JobLossDate)) return;
        var date = applicant.JobLossDate!.Value;
        if (date > today)
        {
            issues.Error("applicant.jobLossDate", IssueCodes.FutureDate, ApplicationMessageKeys.DateInFuture);
            return;
        }
        // The special case covers a loss from the start of the income year (January of Y−1 for July Y) onwards.
        if (period is { } p && date < new DateOnly(ApplicationPeriods.ExemptionIncomeYear(p.YearStart), 1, 1))
            issues.Warning("applicant.jobLossDate", IssueCodes.NotApplicable, ApplicationMessageKeys.ExemptionJobLossTooEarly,
                Text.Date(new DateOnly(ApplicationPeriods.ExemptionIncomeYear(p.YearStart), 1, 1)));
        issues.Warning("applicant.jobLoss", IssueCodes.Required, ApplicationMessageKeys.ExemptionJobLossProof);
    }

    private static void Member(HouseholdMember member, string prefix, DateOnly today, IssueList issues)
    {
        Fields.Name(member.Name, prefix + ".name", issues);
        if (member.BirthDate is { } b && b > today)
            issues.Error(prefix + ".birthDate", IssueCodes.FutureDate, ApplicationMessageKeys.DateInFuture);
        Fields.Income(member, prefix, issues);
    }
}
