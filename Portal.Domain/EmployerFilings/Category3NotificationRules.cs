using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>国民年金第3号被保険者関係届 rules (DOMAIN §7 #7): spouse's My Number; deadline 14 days (verify).</summary>
public static class Category3NotificationRules
{
    public static IReadOnlyList<FormIssue> ValidateLine(Category3NotificationLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: false, identityRequired: false);
        var type = c.Required(nameof(line.EventType), line.EventType);
        c.Name(nameof(line.SpouseName), line.SpouseName, required: true, kana: false);
        c.Name(nameof(line.SpouseNameKana), line.SpouseNameKana, required: true, kana: true);
        c.BirthDate(nameof(line.SpouseBirthDate), line.SpouseBirthDate, required: true);
        c.Required(nameof(line.SpouseSex), line.SpouseSex);
        if (string.IsNullOrWhiteSpace(line.SpouseMyNumber))
        {
            if (string.IsNullOrWhiteSpace(line.SpouseBasicPensionNumber) || type == Category3EventType.Acquired)
                c.Add(FilingRules.SpouseMyNumberRequired.Error("spouseMyNumber"));
        }
        else if (MyNumber.Parse(line.SpouseMyNumber).Error is { } error)
        {
            c.Add(new FormIssue("spouseMyNumber", error.Code, error.MessageKey, IssueSeverity.Error, []));
        }
        if (!string.IsNullOrWhiteSpace(line.SpouseBasicPensionNumber) && BasicPensionNumber.Parse(line.SpouseBasicPensionNumber).Error is { } pensionError)
            c.Add(new FormIssue("spouseBasicPensionNumber", pensionError.Code, pensionError.MessageKey, IssueSeverity.Error, []));
        var income = c.Amount(nameof(line.AnnualIncome), line.AnnualIncome, required: type == Category3EventType.Acquired);
        c.FreeText(nameof(line.Reason), line.Reason, 200);
        var date = c.Required(nameof(line.EventDate), line.EventDate);
        if (date is { } d)
        {
            if (d > context.Today) c.Add(FilingRules.DateInFuture.Error("eventDate"));
            else c.Deadline(nameof(line.EventDate), FilingDeadlines.After(d, FilingDeadlines.Category3Days));
            if (type == Category3EventType.Acquired && line.SpouseBirthDate is { } b && b <= d && LossDates.AgeOn(b, d) is < 20 or >= 60)
                c.Add(FilingRules.Category3AgeRange.Error("spouseBirthDate"));
            if (type == Category3EventType.Acquired && income is { } i && i >= DependantIncome.Limit)
                c.Add(FilingRules.DependantIncomeOverLimit.Warning("annualIncome", DependantIncome.Limit.ToString()));
        }
        return c.Issues;
    }

    public static IReadOnlyList<FormIssue> Validate(Category3NotificationFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    /// <summary>The same insured person's spouse with the same event twice.</summary>
    public static LineKey? DuplicateKey(Category3NotificationLine line) =>
        FilingValidation.EmployeeKey(line) is { } k ? k with { Value = FilingValidation.Join(k.Value, line.EventType) } : null;
}
