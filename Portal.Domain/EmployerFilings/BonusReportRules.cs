using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>賞与支払届 rules (DOMAIN §7 #5): standard bonus; deadline 5 days after payment.</summary>
public static class BonusReportRules
{
    public static IReadOnlyList<FormIssue> ValidateLine(BonusReportLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: false, identityRequired: false);
        var paid = c.Required(nameof(line.PaymentDate), line.PaymentDate);
        var cash = c.Amount(nameof(line.BonusCash), line.BonusCash, required: true);
        var inKind = c.Amount(nameof(line.BonusInKind), line.BonusInKind, required: false);
        if (line.PaymentsPerYear is { } times)
        {
            if (times < 1) c.Add(FilingRules.NotANumber.Error("paymentsPerYear"));
            else if (times >= StandardBonus.PaymentsPerYearThatArePay) c.Add(FilingRules.NotABonus.Error("paymentsPerYear"));
        }
        if (paid is { } p)
        {
            if (p > context.Today) c.Add(FilingRules.DateInFuture.Error("paymentDate"));
            else c.Deadline(nameof(line.PaymentDate), FilingDeadlines.After(p, FilingDeadlines.FiveDays));
            c.Aged70(line, p);
        }
        if (cash is { } money && (money + (inKind ?? 0)) / 1000 * 1000 > StandardBonus.CapPerPayment)
            c.Add(FilingRules.BonusCapped.Warning("bonusCash", StandardBonus.CapPerPayment.ToString()));
        return c.Issues;
    }

    public static IReadOnlyList<FormIssue> Validate(BonusReportFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    /// <summary>The same person paid twice on the same date.</summary>
    public static LineKey? DuplicateKey(BonusReportLine line) =>
        FilingValidation.EmployeeKey(line) is { } k ? k with { Value = FilingValidation.Join(k.Value, line.PaymentDate) } : null;

    /// <summary>標準賞与額 of the line, or null without an amount.</summary>
    public static long? StandardBonusOf(BonusReportLine line) =>
        line.BonusCash is { } cash ? StandardBonus.Compute(cash, line.BonusInKind ?? 0) : null;
}
