using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

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
