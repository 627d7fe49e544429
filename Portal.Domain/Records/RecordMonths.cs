using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// The month list the record's rules work on: the stored months, plus 厚生年金 months that an employment period
/// covers but the list lacks, cut at the month of "today" (later months are not part of the record yet).
/// </summary>
public static class RecordMonths
{
    /// <summary>
    /// The months an employment period covers (DOMAIN.md §4.2): from the acquisition month to the month before the
    /// loss date's month (leave 31 March → loss 1 April → March counts), up to <paramref name="upTo"/> for a period
    /// still open or ending later. Acquisition and loss in the same month give no month here.
    /// </summary>
    public static IEnumerable<YearMonth> CoveredBy(EmploymentPeriod period, YearMonth upTo)
    {
        ArgumentNullException.ThrowIfNull(period);
        var first = YearMonth.From(period.AcquiredOn);
        var last = period.LostOn is { } lost ? YearMonth.From(lost).AddMonths(-1) : upTo;
        if (last > upTo) last = upTo;
        return YearMonth.Range(first, last);
    }

    /// <summary>
    /// The stored months up to the month of <paramref name="today"/>, oldest first, with a synthesised
    /// <see cref="MonthStatus.EmployeesPension"/> month (category 2, linked to its period) for every month an employment
    /// period covers that the list lacks. A stored month always wins over a period.
    /// </summary>
    /// <exception cref="ArgumentException">The list holds the same month twice.</exception>
    public static IReadOnlyList<PensionMonth> Merge(IEnumerable<PensionMonth> months, IEnumerable<EmploymentPeriod> periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(periods);
        var upTo = YearMonth.From(today);
        var byMonth = new SortedDictionary<YearMonth, PensionMonth>();
        Guid personId = Guid.Empty;
        foreach (var month in months)
        {
            if (month.Month > upTo) continue;
            if (!byMonth.TryAdd(month.Month, month))
                throw new ArgumentException($"The record holds month {month.Month} twice.", nameof(months));
            personId = month.PersonId;
        }

        foreach (var period in periods)
        {
            var owner = period.PersonId == Guid.Empty ? personId : period.PersonId;
            foreach (var m in CoveredBy(period, upTo))
                if (!byMonth.ContainsKey(m))
                    byMonth[m] = new PensionMonth(owner, m, MonthStatus.EmployeesPension, InsuredCategory.Category2,
                        employmentPeriodId: period.Id);
        }
        return [.. byMonth.Values];
    }

    /// <summary>True when an exempt or deferred month was paid back (追納) on or before <paramref name="today"/>; it then counts as paid.</summary>
    public static bool IsLatePaid(PensionMonth month, DateOnly today) =>
        month.LatePaidOn is { } paid && paid <= today && MonthStatusInfo.For(month.Status).IsLatePaymentCandidateType;

    /// <summary>
    /// The month's basic-pension weight in 24ths (DOMAIN.md §5.2): 24 once paid back by 追納; 0 for 厚生年金 months
    /// outside ages 20–59 (DOMAIN.md Assumption 3); otherwise the status weight on its side of April 2009.
    /// </summary>
    public static int WeightIn24ths(PensionMonth month, DateOnly birthDate, DateOnly today)
    {
        if (IsLatePaid(month, today)) return MonthStatusInfo.WeightDenominator;
        if (month.Status == MonthStatus.EmployeesPension && !RecordCalendar.IsAged20To59(birthDate, month.Month)) return 0;
        return MonthStatusInfo.For(month.Status).WeightIn24thsFor(month.Month);
    }
}
