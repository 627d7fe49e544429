using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>算定基礎届 rules (DOMAIN §7 #3): targets, paid days, average; filing period 1–10 July.</summary>
public static class AnnualBaseReportRules
{
    /// <summary>Checks one line for the report year of the context (<see cref="EmployerFilingContext.EffectiveReportYear"/>).</summary>
    public static IReadOnlyList<FormIssue> ValidateLine(AnnualBaseReportLine line, EmployerFilingContext context)
    {
        var year = context.EffectiveReportYear;
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: false, identityRequired: false);
        var previous = c.Amount(nameof(line.PreviousStandardPay), line.PreviousStandardPay, required: true);
        var changeFrom = c.Month(nameof(line.MonthlyChangeFrom), line.MonthlyChangeFrom, required: false);
        if (line.InsuredSince is { } since && since >= new DateOnly(year, 6, 1))
            c.Add(FilingRules.NotAnnualBaseTarget.Error("insuredSince", year.ToString()));
        else if (changeFrom is { } change && !AnnualBase.IsTarget(year, null, change))
            c.Add(FilingRules.NotAnnualBaseTarget.Error("monthlyChangeFrom", year.ToString()));
        c.ShortTime(nameof(line.ShortTime), line.ShortTime);
        c.Amount(nameof(line.AprilPay), line.AprilPay, true);
        c.Days(nameof(line.AprilDays), line.AprilDays, new YearMonth(year, 4));
        c.Amount(nameof(line.MayPay), line.MayPay, true);
        c.Days(nameof(line.MayDays), line.MayDays, new YearMonth(year, 5));
        c.Amount(nameof(line.JunePay), line.JunePay, true);
        c.Days(nameof(line.JuneDays), line.JuneDays, new YearMonth(year, 6));
        var oldTable = StandardMonthlyPayGrades.For(new DateOnly(year, 7, 1));
        var newTable = StandardMonthlyPayGrades.For(AnnualBase.EffectiveFrom(year));
        if (newTable is null) c.Add(FilingRules.NoGradeTable.Error("previousStandardPay"));
        else if (previous is { } p && oldTable?.FindByStandardPay(p) is null && newTable.FindByStandardPay(p) is null)
            c.Add(FilingRules.UnknownStandardPay.Error("previousStandardPay"));
        if (newTable is not null && Calculate(line, year) is { Average.CountedMonths: 0 })
            c.Add(FilingRules.NoQualifyingMonth.Warning("aprilDays", PaidDays.Threshold(line.ShortTime == true).ToString()));
        c.Aged70(line, new DateOnly(year, 7, 1));
        return c.Issues;
    }

    /// <summary>Checks the filing: the report year, the filing period (warnings) and every line.</summary>
    public static IReadOnlyList<FormIssue> Validate(AnnualBaseReportFiling filing, EmployerFilingContext context)
    {
        if (filing.Year is { } y && y is >= 2000 and <= 2200) context = context with { ReportYear = y };
        var issues = FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);
        if (filing.Year is null) issues.Add(FilingRules.Required.Error("year"));
        else if (filing.Year is < 2000 or > 2200) issues.Add(FilingRules.ReportYearMismatch.Error("year"));
        issues.AddRange(FilingPeriod(context));
        return issues;
    }

    /// <summary>Filing-period warnings for the context's report year (field <c>year</c>): before 1 July or after 10 July.</summary>
    public static IReadOnlyList<FormIssue> FilingPeriod(EmployerFilingContext context)
    {
        var year = context.EffectiveReportYear;
        var (from, _) = AnnualBase.FilingPeriod(year);
        var deadline = FilingDeadlines.AnnualBase(year);
        if (context.Today < from) return [FilingRules.BeforeFilingPeriod.Warning("year", from.ToString("yyyy-MM-dd"))];
        if (context.Today > deadline) return [FilingRules.Late.Warning("year", deadline.ToString("yyyy-MM-dd"))];
        return [];
    }

    public static LineKey? DuplicateKey(AnnualBaseReportLine line) => FilingValidation.EmployeeKey(line);

    /// <summary>The average of the months with enough paid days and the grade from September; null without a grade table.</summary>
    public static PayDecision? Calculate(AnnualBaseReportLine line, int year)
    {
        if (StandardMonthlyPayGrades.For(AnnualBase.EffectiveFrom(year)) is not { } table) return null;
        var shortTime = line.ShortTime == true;
        var months = new List<MonthPay>(3);
        Add(months, line.AprilPay, line.AprilDays);
        Add(months, line.MayPay, line.MayDays);
        Add(months, line.JunePay, line.JuneDays);
        var average = PayAverages.Calculate(months, shortTime, table);
        var previous = line.PreviousStandardPay is { } p ? table.FindByStandardPay(p) ?? table.GradeFor(p) : null;
        var grade = average.Grade ?? previous;
        int? difference = previous is not null && grade is not null ? grade.Grade - previous.Grade : null;
        return new PayDecision(average, grade, AnnualBase.EffectiveFrom(year), difference);
    }

    internal static void Add(List<MonthPay> months, long? pay, int? days)
    {
        if (pay is { } p && days is { } d) months.Add(new MonthPay(p, d));
    }
}
