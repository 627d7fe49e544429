using Portal.Domain.Submissions;
using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>Payload of 産前産後期間の免除届 (<see cref="Submissions.SubmissionKind.MaternityExemption"/>).</summary>
public sealed class MaternityExemptionApplication
{
    /// <summary>Expected date of delivery (<c>dueDate</c>).</summary>
    public DateOnly? DueDate { get; set; }
    /// <summary>Twins or more (<c>multipleBirth</c>).</summary>
    public bool? MultipleBirth { get; set; }
    /// <summary>Date of birth when the child is already born (<c>childBirthDate</c>); it then governs the months.</summary>
    public DateOnly? ChildBirthDate { get; set; }
}

/// <summary>
/// Rules of 産前産後免除 (DOMAIN §6.2): category 1 (not voluntary); the 4 months from the month before the due month
/// (multiple births: 6 months from 3 months before); filed from 6 months before the due date. Decisions where DOMAIN is
/// silent: after the birth the actual birth date governs the months (as the official form does); months before the
/// 2-year-1-month window are not covered (all of them outside: error; some: warning); one filing per person and
/// due month. Additional premium may go on during these months (they count as paid), so no conflict is raised.
/// </summary>
public static class MaternityRules
{
    /// <summary>Key prefix of the duplicate rule.</summary>
    public static readonly string KeyPrefix = SubmissionKind.MaternityExemption.Code;

    /// <summary>How long before the due date a filing opens.</summary>
    public const int FilingOpensMonthsBefore = 6;

    /// <summary>
    /// The exempt months for a delivery expected (or happened) on <paramref name="dueDate"/>: single birth, the month
    /// before the due month and the 3 after it (4 months); multiple birth, from 3 months before for 6 months.
    /// Due 2026-08-15 → 2026-07…2026-10; multiple → 2026-05…2026-10.
    /// </summary>
    public static IReadOnlyList<YearMonth> ExemptMonths(DateOnly dueDate, bool multiple)
    {
        var due = YearMonth.From(dueDate);
        return multiple
            ? [.. YearMonth.Range(due.AddMonths(-3), due.AddMonths(2))]
            : [.. YearMonth.Range(due.AddMonths(-1), due.AddMonths(2))];
    }

    /// <summary>The first day a filing for <paramref name="dueDate"/> is accepted: 6 months before it.</summary>
    public static DateOnly FilingOpens(DateOnly dueDate) => dueDate.AddMonths(-FilingOpensMonthsBefore);

    /// <summary>The date that governs the months: the birth date once born, else the due date.</summary>
    public static DateOnly? BaseDate(MaternityExemptionApplication app) => app.ChildBirthDate ?? app.DueDate;

    /// <summary><c>citizen.maternity-exemption|{personId:N}|{due month}</c>; null without a due date.</summary>
    public static string? BusinessKey(MaternityExemptionApplication app, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        return app.DueDate is { } due ? Key(facts.PersonId, YearMonth.From(due)) : null;
    }

    private static string Key(Guid personId, YearMonth dueMonth) => $"{KeyPrefix}|{personId:N}|{dueMonth}";

    /// <summary>A new draft: single birth, nothing else assumed.</summary>
    public static MaternityExemptionApplication Prefill(ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new MaternityExemptionApplication { MultipleBirth = false };
    }

    /// <summary>Checks the application; errors block submission, warnings do not.</summary>
    public static IReadOnlyList<FormIssue> Validate(MaternityExemptionApplication app, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList();
        Eligibility.Category1Only(facts, issues);
        issues.Required("multipleBirth", app.MultipleBirth);
        if (!issues.Required("dueDate", app.DueDate)) return issues.Issues;
        var due = app.DueDate!.Value;

        if (app.ChildBirthDate is { } born && born > today)
        {
            issues.Error("childBirthDate", IssueCodes.FutureDate, ApplicationMessageKeys.DateInFuture);
            return issues.Issues;
        }
        if (app.ChildBirthDate is null && today < FilingOpens(due))
        {
            issues.Error("dueDate", IssueCodes.TooEarly, ApplicationMessageKeys.MaternityTooEarly, Text.Date(FilingOpens(due)));
            return issues.Issues;
        }
        if (app.ChildBirthDate is null && due < today)
            issues.Warning("childBirthDate", IssueCodes.Required, ApplicationMessageKeys.MaternityEnterBirthDate);

        var months = ExemptMonths(BaseDate(app)!.Value, app.MultipleBirth == true);
        var earliest = ApplicationPeriods.EarliestRetroactiveMonth(today);
        if (months[^1] < earliest)
            issues.Error("dueDate", IssueCodes.OutOfWindow, ApplicationMessageKeys.MaternityOutOfWindow, Text.Month(earliest));
        else if (months[0] < earliest)
            issues.Warning("dueDate", IssueCodes.PartlyOutOfWindow, ApplicationMessageKeys.MaternityPartlyOutOfWindow, Text.Month(earliest));

        issues.Duplicate(Key(facts.PersonId, YearMonth.From(due)), facts);
        return issues.Issues;
    }
}
