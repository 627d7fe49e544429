using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>資格喪失届 rules (DOMAIN §7 #2): the loss date is the day after leaving; deadline 5 days after it.</summary>
public static class LossRules
{
    public static IReadOnlyList<FormIssue> ValidateLine(LossLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: line.Reason == LossReason.Age70, identityRequired: true);
        var reason = c.Required(nameof(line.Reason), line.Reason);
        if (reason is not LossReason.Age70)
        {
            var leaving = c.Required(nameof(line.LeavingDate), line.LeavingDate);
            if (leaving > context.Today) c.Add(FilingRules.DateInFuture.Error("leavingDate"));
        }
        var lossDate = LossDate(line);
        if (lossDate is { } computed && line.LossDate is { } entered && entered != computed)
            c.Add(FilingRules.LossDateMismatch.Error("lossDate", computed.ToString("yyyy-MM-dd")));
        if (lossDate is { } loss)
            c.Deadline(nameof(line.LossDate), FilingDeadlines.After(loss, FilingDeadlines.FiveDays));
        if (reason is not LossReason.Age70 && line.LeavingDate is { } l) c.Aged70(line, l);
        return c.Issues;
    }

    public static IReadOnlyList<FormIssue> Validate(LossFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    public static LineKey? DuplicateKey(LossLine line) => FilingValidation.EmployeeKey(line);

    /// <summary>The loss date the rules compute (day after leaving or death; the day before the 70th birthday), else the entered one.</summary>
    public static DateOnly? LossDate(LossLine line) =>
        line.Reason is { } reason ? LossDates.For(reason, line.LeavingDate, line.BirthDate) ?? line.LossDate : line.LossDate;
}
