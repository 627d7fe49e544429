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
