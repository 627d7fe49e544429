using Portal.Domain.Common;

namespace Portal.Domain.Applications;

/// <summary>
/// The application years and the retroactive window (DOMAIN §6.1): exemption and payment deferral run July–June
/// (July Y to June Y+1 is judged on the income of year Y−1), student deferral April–March; an application reaches back
/// to 2 years 1 month before the application month (applied in August 2025 → from July 2023).
/// </summary>
public static class ApplicationPeriods
{
    /// <summary>Months an application reaches back before its application month.</summary>
    public const int RetroactiveMonths = 25;

    /// <summary>First month of the July–June exemption year that contains <paramref name="month"/>.</summary>
    public static YearMonth ExemptionYearStart(YearMonth month) => new(month.Month >= 7 ? month.Year : month.Year - 1, 7);

    /// <summary>First month of the April–March student-deferral year (fiscal year) that contains <paramref name="month"/>.</summary>
    public static YearMonth StudentYearStart(YearMonth month) => new(month.FiscalYear, 4);

    /// <summary>The income year a July–June exemption year is judged on: July Y–June Y+1 uses year Y−1.</summary>
    public static int ExemptionIncomeYear(YearMonth yearStart) => ExemptionYearStart(yearStart).Year - 1;

    /// <summary>The income year an April–March student year is judged on: April Y–March Y+1 uses year Y−1.</summary>
    public static int StudentIncomeYear(YearMonth yearStart) => StudentYearStart(yearStart).Year - 1;

    /// <summary>The earliest month an application made on <paramref name="today"/> can cover (2 years 1 month back).</summary>
    public static YearMonth EarliestRetroactiveMonth(DateOnly today) => YearMonth.From(today).AddMonths(-RetroactiveMonths);
}

/// <summary>Which yearly period a form uses.</summary>
internal enum PeriodYear
{
    JulyToJune,
    AprilToMarch,
}

/// <summary>A requested period after parsing.</summary>
internal readonly record struct ParsedPeriod(YearMonth Start, YearMonth End, YearMonth YearStart);

/// <summary>The shared period checks of the exemption and student forms.</summary>
internal static class PeriodRules
{
    public static YearMonth YearStartOf(PeriodYear kind, YearMonth month) =>
        kind == PeriodYear.JulyToJune ? ApplicationPeriods.ExemptionYearStart(month) : ApplicationPeriods.StudentYearStart(month);

    /// <summary>The period's start month as entered, parsed, or null.</summary>
    public static YearMonth? TryStart(PeriodInput? period) =>
        period?.Start is { } s && YearMonth.Parse(s).TryGetValue(out var m) ? m : null;

    /// <summary>
    /// Checks a requested period: both months present and well formed, start ≤ end, within one application year,
    /// not before the retroactive window, not in a year that is not open yet (a year opens in its first month).
    /// Returns the parsed period when it passes.
    /// </summary>
    public static ParsedPeriod? Check(PeriodInput? period, PeriodYear kind, DateOnly today, IssueList issues)
    {
        if (!issues.RequiredBlock("period", period)) return null;
        var start = Month(period!.Start, "period.start", issues);
        var end = Month(period.End, "period.end", issues);
        if (start is null || end is null) return null;

        var s = start.Value;
        var e = end.Value;
        if (s > e)
        {
            issues.Error("period.end", IssueCodes.StartAfterEnd, ApplicationMessageKeys.PeriodStartAfterEnd);
            return null;
        }
        var yearStart = YearStartOf(kind, s);
        var yearEnd = yearStart.AddMonths(11);
        if (e > yearEnd)
        {
            issues.Error("period.end", IssueCodes.CrossesYear,
                kind == PeriodYear.JulyToJune ? ApplicationMessageKeys.PeriodCrossesJulyYear : ApplicationMessageKeys.PeriodCrossesAprilYear,
                Text.Month(yearStart), Text.Month(yearEnd));
            return null;
        }

        var earliest = ApplicationPeriods.EarliestRetroactiveMonth(today);
        var currentYearStart = YearStartOf(kind, YearMonth.From(today));
        var latest = currentYearStart.AddMonths(11);
        if (s < earliest)
        {
            issues.Error("period.start", IssueCodes.OutOfWindow, ApplicationMessageKeys.PeriodOutOfWindow,
                Text.Month(earliest), Text.Month(latest));
            return null;
        }
        if (e > latest)
        {
            issues.Error("period.end", IssueCodes.NotYetOpen, ApplicationMessageKeys.PeriodNotYetOpen,
                Text.Month(latest), Text.Date(latest.AddMonths(1).FirstDay));
            return null;
        }
        return new ParsedPeriod(s, e, yearStart);
    }

    /// <summary>
    /// Category 1 ends when the person reaches 60 (the day before the 60th birthday); months from that month on cannot be
    /// exempted or deferred: an error when it is on or before the start month, a warning when it falls inside the period.
    /// </summary>
    public static void CategoryOneEndsAtSixty(ApplicantFacts facts, ParsedPeriod period, IssueList issues)
    {
        var sixty = YearMonth.From(Ages.Reached(facts.BirthDate, 60));
        if (sixty <= period.Start)
            issues.Error("period.start", IssueCodes.Age, ApplicationMessageKeys.PeriodAfterSixty, Text.Month(sixty));
        else if (sixty <= period.End)
            issues.Warning("period.end", IssueCodes.Age, ApplicationMessageKeys.PeriodEndsAtSixty, Text.Month(sixty));
    }

    private static YearMonth? Month(string? text, string field, IssueList issues)
    {
        if (!issues.Required(field, text)) return null;
        var parsed = YearMonth.Parse(text);
        if (parsed.TryGetValue(out var month)) return month;
        issues.Error(field, IssueCodes.Format, ApplicationMessageKeys.MonthFormat);
        return null;
    }
}
