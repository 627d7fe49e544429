using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>資格取得届 rules (DOMAIN §7 #1): deadline 5 days after the acquisition date.</summary>
public static class AcquisitionRules
{
    /// <summary>Checks one line; field names are relative to the line (<c>monthlyPayCash</c>).</summary>
    public static IReadOnlyList<FormIssue> ValidateLine(AcquisitionLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: false, kanaRequired: true, birthRequired: true, identityRequired: true);
        c.Required(nameof(line.Sex), line.Sex);
        var date = c.Required(nameof(line.AcquisitionDate), line.AcquisitionDate);
        c.Amount(nameof(line.MonthlyPayCash), line.MonthlyPayCash, required: true);
        c.Amount(nameof(line.MonthlyPayInKind), line.MonthlyPayInKind, required: false);
        c.ShortTime(nameof(line.ShortTime), line.ShortTime);
        if (date is { } d)
        {
            if (d > context.Today) c.Add(FilingRules.DateInFuture.Error("acquisitionDate"));
            else c.Deadline(nameof(line.AcquisitionDate), FilingDeadlines.After(d, FilingDeadlines.FiveDays));
            if (StandardMonthlyPayGrades.For(d) is null) c.Add(FilingRules.NoGradeTable.Error("acquisitionDate"));
            c.Aged70(line, d);
            if (line.BirthDate is { } b && b <= d && LossDates.AgeOn(b, d) < 15) c.Add(FilingRules.UnderMinimumAge.Warning("birthDate"));
        }
        return c.Issues;
    }

    /// <summary>Checks the whole filing, duplicates (the same person twice) included.</summary>
    public static IReadOnlyList<FormIssue> Validate(AcquisitionFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    /// <summary>The same person: insured reference, My Number or basic pension number.</summary>
    public static LineKey? DuplicateKey(AcquisitionLine line) => FilingValidation.EmployeeKey(line);

    /// <summary>The standard monthly pay at acquisition (cash + in kind), or null when pay or date is missing.</summary>
    public static StandardMonthlyPayGrade? StandardPay(AcquisitionLine line) =>
        line.AcquisitionDate is { } d && line.MonthlyPayCash is { } cash && StandardMonthlyPayGrades.For(d) is { } table
            ? table.GradeFor(cash + (line.MonthlyPayInKind ?? 0))
            : null;
}

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
