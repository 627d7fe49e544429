namespace Portal.Domain.Consultations;

/// <summary>
/// National holidays (国民の祝日) and the offices' working days, computed by rule for 2000–2099: fixed-date holidays,
/// Happy-Monday holidays, the equinoxes by the usual approximation, substitute holidays (振替休日) and citizens'
/// holidays (国民の休日). The year-end break (年末年始, 29 December – 3 January) is not a holiday but offices are closed.
/// The one-off moves of 2020–2021 are not modelled. (DOMAIN.md assumption 11.)
/// </summary>
public static class JapaneseCalendar
{
    private static readonly Dictionary<int, HashSet<DateOnly>> Cache = new();
    private static readonly Lock CacheLock = new();

    /// <summary>A national holiday, a substitute holiday or a citizens' holiday.</summary>
    public static bool IsHoliday(DateOnly date) => HolidaysOf(date.Year).Contains(date);

    /// <summary>29 December – 3 January.</summary>
    public static bool IsYearEndBreak(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);

    /// <summary>Monday to Friday, not a holiday, not the year-end break (開庁日).</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date) && !IsYearEndBreak(date);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public static DateOnly PreviousWorkingDay(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsWorkingDay(d)) d = d.AddDays(-1);
        return d;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary>The holidays of one year.</summary>
    public static IReadOnlySet<DateOnly> HolidaysOf(int year)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(year, out var set))
                Cache[year] = set = Compute(year);
            return set;
        }
    }

    private static HashSet<DateOnly> Compute(int year)
    {
        if (year is < 2000 or > 2099)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Holidays are computed for 2000–2099 only.");
        var days = new SortedSet<DateOnly>
        {
            new(year, 1, 1),                        // 元日
            NthMonday(year, 1, 2),                  // 成人の日
            new(year, 2, 11),                       // 建国記念の日
            new(year, 3, VernalEquinoxDay(year)),   // 春分の日
            new(year, 4, 29),                       // 昭和の日
            new(year, 5, 3),                        // 憲法記念日
            new(year, 5, 4),                        // みどりの日
            new(year, 5, 5),                        // こどもの日
            NthMonday(year, 7, 3),                  // 海の日
            NthMonday(year, 9, 3),                  // 敬老の日
            new(year, 9, AutumnalEquinoxDay(year)), // 秋分の日
            NthMonday(year, 10, 2),                 // スポーツの日
            new(year, 11, 3),                       // 文化の日
            new(year, 11, 23),                      // 勤労感謝の日
        };
        if (year >= 2020) days.Add(new DateOnly(year, 2, 23)); // 天皇誕生日
        if (year >= 2016) days.Add(new DateOnly(year, 8, 11)); // 山の日

        var result = new HashSet<DateOnly>(days);
        // 国民の休日: a day between two holidays.
        foreach (var d in days)
        {
            var next = d.AddDays(2);
            if (days.Contains(next) && !days.Contains(d.AddDays(1)) && d.AddDays(1).DayOfWeek != DayOfWeek.Sunday)
                result.Add(d.AddDays(1));
        }
        // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
        foreach (var d in days.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            var substitute = d.AddDays(1);
            while (result.Contains(substitute)) substitute = substitute.AddDays(1);
            result.Add(substitute);
        }
        return result;
    }

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static int VernalEquinoxDay(int year) =>
        (int)Math.Floor(20.8431 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    private static int AutumnalEquinoxDay(int year) =>
        (int)Math.Floor(23.2488 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));
}
