using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>What the rules compute for a 算定基礎届 or 月額変更届 line.</summary>
/// <param name="Average">The counted months and their average.</param>
/// <param name="NewGrade">The decided grade: the average's grade, or the previous grade when no month counted.</param>
/// <param name="EffectiveFrom">First month of the new standard pay.</param>
/// <param name="GradeDifference">New grade minus previous grade, or null when the previous pay is unknown.</param>
public sealed record PayDecision(PayAverage Average, StandardMonthlyPayGrade? NewGrade, YearMonth EffectiveFrom, int? GradeDifference);

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

/// <summary>月額変更届 rules (DOMAIN §7 #4): fixed pay changed, 3 months with enough paid days, 2 grades or more.</summary>
public static class MonthlyChangeRules
{
    public static IReadOnlyList<FormIssue> ValidateLine(MonthlyChangeLine line, EmployerFilingContext context)
    {
        var c = new LineChecks(context);
        c.Employee(line, referenceRequired: true, kanaRequired: false, birthRequired: false, identityRequired: false);
        var change = c.Month(nameof(line.ChangeMonth), line.ChangeMonth, required: true);
        var fixedChanged = c.Required(nameof(line.FixedPayChanged), line.FixedPayChanged);
        if (fixedChanged == false) c.Add(FilingRules.NoFixedPayChange.Error("fixedPayChanged"));
        var previous = c.Amount(nameof(line.PreviousStandardPay), line.PreviousStandardPay, required: true);
        c.ShortTime(nameof(line.ShortTime), line.ShortTime);
        var shortTime = line.ShortTime == true;
        c.Amount(nameof(line.Month1Pay), line.Month1Pay, true);
        var d1 = c.Days(nameof(line.Month1Days), line.Month1Days, change);
        c.Amount(nameof(line.Month2Pay), line.Month2Pay, true);
        var d2 = c.Days(nameof(line.Month2Days), line.Month2Days, change?.AddMonths(1));
        c.Amount(nameof(line.Month3Pay), line.Month3Pay, true);
        var d3 = c.Days(nameof(line.Month3Days), line.Month3Days, change?.AddMonths(2));
        var threshold = PaidDays.Threshold(shortTime).ToString();
        if (d1 is { } a && !PaidDays.Counts(a, shortTime)) c.Add(FilingRules.PaidDaysShort.Error("month1Days", threshold));
        if (d2 is { } b && !PaidDays.Counts(b, shortTime)) c.Add(FilingRules.PaidDaysShort.Error("month2Days", threshold));
        if (d3 is { } e && !PaidDays.Counts(e, shortTime)) c.Add(FilingRules.PaidDaysShort.Error("month3Days", threshold));
        if (change is not { } month) return c.Issues;

        var table = StandardMonthlyPayGrades.For(MonthlyChange.EffectiveFrom(month));
        if (table is null) { c.Add(FilingRules.NoGradeTable.Error("changeMonth")); return c.Issues; }
        if (previous is { } p && StandardMonthlyPayGrades.For(month)?.FindByStandardPay(p) is null && table.FindByStandardPay(p) is null)
            c.Add(FilingRules.UnknownStandardPay.Error("previousStandardPay"));
        else if (!c.HasErrorOn("month1Days") && !c.HasErrorOn("month2Days") && !c.HasErrorOn("month3Days")
                 && Calculate(line) is { GradeDifference: { } diff } && Math.Abs(diff) < MonthlyChange.MinimumGradeDifference)
            c.Add(FilingRules.GradeDifferenceTooSmall.Error("previousStandardPay", diff.ToString()));

        if (context.Today < month.AddMonths(2).FirstDay) c.Add(FilingRules.MonthsNotComplete.Error("changeMonth"));
        else c.Deadline(nameof(line.ChangeMonth), FilingDeadlines.MonthlyChange(month));
        c.Aged70(line, MonthlyChange.EffectiveFrom(month).FirstDay);
        return c.Issues;
    }

    public static IReadOnlyList<FormIssue> Validate(MonthlyChangeFiling filing, EmployerFilingContext context) =>
        FilingValidation.Validate(filing, filing.Lines, context, ValidateLine, DuplicateKey);

    public static LineKey? DuplicateKey(MonthlyChangeLine line) => FilingValidation.EmployeeKey(line);

    /// <summary>The 3-month average, its grade (from the 4th month) and the difference to the previous grade.</summary>
    public static PayDecision? Calculate(MonthlyChangeLine line)
    {
        if (YearMonth.Parse(line.ChangeMonth) is not { IsValid: true } parsed) return null;
        var effective = MonthlyChange.EffectiveFrom(parsed.Value);
        if (StandardMonthlyPayGrades.For(effective) is not { } table) return null;
        var months = new List<MonthPay>(3);
        AnnualBaseReportRules.Add(months, line.Month1Pay, line.Month1Days);
        AnnualBaseReportRules.Add(months, line.Month2Pay, line.Month2Days);
        AnnualBaseReportRules.Add(months, line.Month3Pay, line.Month3Days);
        var average = months.Count == 3 ? PayAverages.Calculate(months, line.ShortTime == true, table) : new PayAverage(0, null, null);
        int? difference = average.Grade is { } g && line.PreviousStandardPay is { } p ? table.GradeDifference(p, g.StandardPay) : null;
        return new PayDecision(average, average.Grade, effective, difference);
    }

    /// <summary>True when the line shows a monthly change that is due (DOMAIN §7).</summary>
    public static bool IsDue(MonthlyChangeLine line)
    {
        if (YearMonth.Parse(line.ChangeMonth) is not { IsValid: true } parsed
            || StandardMonthlyPayGrades.For(MonthlyChange.EffectiveFrom(parsed.Value)) is not { } table
            || line.PreviousStandardPay is not { } previous) return false;
        var months = new List<MonthPay>(3);
        AnnualBaseReportRules.Add(months, line.Month1Pay, line.Month1Days);
        AnnualBaseReportRules.Add(months, line.Month2Pay, line.Month2Days);
        AnnualBaseReportRules.Add(months, line.Month3Pay, line.Month3Days);
        return MonthlyChange.IsDue(line.FixedPayChanged == true, months, line.ShortTime == true, previous, table);
    }
}
