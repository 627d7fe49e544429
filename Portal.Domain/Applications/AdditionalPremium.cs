using Portal.Domain.Submissions;
using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>Payload of 付加保険料納付申出 (<see cref="Submissions.SubmissionKind.AdditionalPremium"/>).</summary>
public sealed class AdditionalPremiumApplication
{
    /// <summary>First month to pay the additional premium for, <c>yyyy-MM</c> (<c>startMonth</c>).</summary>
    public string? StartMonth { get; set; }
}

/// <summary>
/// Rules of 付加保険料納付申出 (DOMAIN §6.5): category 1 or voluntary (not special voluntary, verify); refused while an
/// exemption or deferral is in force and for National Pension Fund members; refused when already active. Decisions:
/// it starts from the application month (no retroactive start) and at most 12 months ahead; "in force" means the
/// start month or today's month is exempt or deferred.
/// </summary>
public static class AdditionalPremiumRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.AdditionalPremium.Code;

    /// <summary>How many months ahead a start may lie.</summary>
    public const int MaxMonthsAhead = 12;

    /// <summary><c>citizen.additional-premium|{personId:N}|{startMonth}</c>; null without a readable start month.</summary>
    public static string? BusinessKey(AdditionalPremiumApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        return YearMonth.Parse(app.StartMonth).TryGetValue(out var m) ? $"{KeyPrefix}|{facts.PersonId:N}|{m}" : null;
    }

    /// <summary>A new draft starting in the application month.</summary>
    public static AdditionalPremiumApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new AdditionalPremiumApplication { StartMonth = YearMonth.From(today).ToString() };
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(AdditionalPremiumApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Eligibility.Category1OrVoluntary(facts, issues, specialVoluntaryAllowed: false);
        if (facts.NationalPensionFundMember)
            issues.Error("", IssueCodes.Conflict, ApplicationMessageKeys.AdditionalPremiumFundMember);
        if (facts.AdditionalPremiumActive)
            issues.Error("", IssueCodes.AlreadyActive, ApplicationMessageKeys.AdditionalPremiumAlreadyActive);

        var thisMonth = YearMonth.From(today);
        YearMonth? start = null;
        if (issues.Required("startMonth", app.StartMonth))
        {
            if (!YearMonth.Parse(app.StartMonth).TryGetValue(out var m))
                issues.Error("startMonth", IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
            else if (m < thisMonth || m > thisMonth.AddMonths(MaxMonthsAhead))
                issues.Error("startMonth", IssueCodes.Range, ApplicationMessageKeys.AdditionalPremiumStartRange,
                    Text.Month(thisMonth), Text.Month(thisMonth.AddMonths(MaxMonthsAhead)));
            else
                start = m;
        }

        var exemptMonth = facts.IsExemptOrDeferred(thisMonth) ? thisMonth
            : start is { } s && facts.IsExemptOrDeferred(s) ? s
            : (YearMonth?)null;
        if (exemptMonth is { } em)
            issues.Error("", IssueCodes.Conflict, ApplicationMessageKeys.AdditionalPremiumWhileExempt, Text.Month(em));

        issues.Duplicate(BusinessKey(app, facts), facts);
        return issues.Issues;
    }
}
