using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>Income limits for dependants (project defaults, DOMAIN is silent: a warning, the back office decides).</summary>
public static class DependantIncome
{
    /// <summary>Annual income limit, yen.</summary>
    public const long Limit = 1_300_000;
    /// <summary>Limit from age 60 (or for a disabled dependant), yen.</summary>
    public const long LimitFrom60 = 1_800_000;

    /// <summary>The limit for a dependant born on <paramref name="birthDate"/> on <paramref name="date"/>.</summary>
    public static long LimitFor(DateOnly? birthDate, DateOnly date) =>
        birthDate is { } b && b <= date && LossDates.AgeOn(b, date) >= 60 ? LimitFrom60 : Limit;
}

/// <summary>被扶養者(異動)届 rules (DOMAIN §7 #6): deadline 5 days after the event.</summary>
public static class DependantChangeRules
{
    public static IReadOnlyList<FormIssue> ValidateLine(DependantChangeLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: false, identityRequired: false);
        var type = c.Required(nameof(line.ChangeType), line.ChangeType);
        c.Name(nameof(line.DependantName), line.DependantName, required: true, kana: false);
        c.Name(nameof(line.DependantNameKana), line.DependantNameKana, required: true, kana: true);
        c.BirthDate(nameof(line.DependantBirthDate), line.DependantBirthDate, required: true);
        c.Required(nameof(line.DependantSex), line.DependantSex);
        c.Required(nameof(line.Relationship), line.Relationship);
        if (string.IsNullOrWhiteSpace(line.DependantMyNumber))
        {
            if (type == DependantChangeType.Added) c.Add(FilingRules.Required.Error("dependantMyNumber"));
        }
        else if (MyNumber.Parse(line.DependantMyNumber).Error is { } error)
        {
            c.Add(new FormIssue("dependantMyNumber", error.Code, error.MessageKey, IssueSeverity.Error, []));
        }
        var income = c.Amount(nameof(line.AnnualIncome), line.AnnualIncome, required: type is DependantChangeType.Added or DependantChangeType.Changed);
        if (line.LivesWithInsured == false && string.IsNullOrWhiteSpace(line.DependantAddress))
            c.Add(FilingRules.Required.Error("dependantAddress"));
        c.FreeText(nameof(line.DependantAddress), line.DependantAddress, 100);
        c.FreeText(nameof(line.Reason), line.Reason, 200);
        var date = c.Required(nameof(line.EventDate), line.EventDate);
        if (date is { } d)
        {
            if (d > context.Today) c.Add(FilingRules.DateInFuture.Error("eventDate"));
            else c.Deadline(nameof(line.EventDate), FilingDeadlines.After(d, FilingDeadlines.FiveDays));
            if (type != DependantChangeType.Removed && income is { } i && i >= DependantIncome.LimitFor(line.DependantBirthDate, d))
                c.Add(FilingRules.DependantIncomeOverLimit.Warning("annualIncome", DependantIncome.LimitFor(line.DependantBirthDate, d).ToString()));
        }
        return c.Issues;
    }

    public static IReadOnlyList<FormIssue> Validate(DependantChangeFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    /// <summary>The same dependant (name and birth date) of the same insured person twice.</summary>
    public static LineKey? DuplicateKey(DependantChangeLine line) =>
        FilingValidation.EmployeeKey(line) is { } k && !string.IsNullOrWhiteSpace(line.DependantName)
            ? new LineKey("dependantName", FilingValidation.Join(k.Value, FilingValidation.NameKey(line.DependantName), line.DependantBirthDate))
            : null;
}
