using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>Paid-day counting (支払基礎日数): a month counts with ≥ 17 paid days, ≥ 11 for short-time workers.</summary>
public static class PaidDays
{
    /// <summary>Days for an ordinary employee.</summary>
    public const int Ordinary = 17;
    /// <summary>Days for a short-time worker (短時間労働者).</summary>
    public const int ShortTime = 11;

    /// <summary>The threshold for the worker.</summary>
    public static int Threshold(bool shortTime) => shortTime ? ShortTime : Ordinary;

    /// <summary>True when a month with <paramref name="days"/> paid days counts.</summary>
    public static bool Counts(int days, bool shortTime) => days >= Threshold(shortTime);
}

/// <summary>One month of pay (報酬月額) and its paid days.</summary>
public readonly record struct MonthPay(long Pay, int PaidDays);

/// <summary>Average of the counted months and the grade it falls in.</summary>
/// <param name="CountedMonths">How many months counted (0–3).</param>
/// <param name="Average">Average pay of the counted months, yen rounded down; null when no month counted.</param>
/// <param name="Grade">Grade of the average, or null when no month counted.</param>
public sealed record PayAverage(int CountedMonths, long? Average, StandardMonthlyPayGrade? Grade);

/// <summary>The 3-month average used by 算定基礎届 and 月額変更届.</summary>
public static class PayAverages
{
    /// <summary>
    /// Average of the months with enough paid days, rounded down to the yen, and its grade in <paramref name="table"/>.
    /// </summary>
    public static PayAverage Calculate(IReadOnlyList<MonthPay> months, bool shortTime, StandardMonthlyPayGradeTable table)
    {
        long sum = 0;
        var count = 0;
        foreach (var m in months)
        {
            if (!PaidDays.Counts(m.PaidDays, shortTime)) continue;
            sum += m.Pay;
            count++;
        }
        if (count == 0) return new PayAverage(0, null, null);
        var average = sum / count;
        return new PayAverage(count, average, table.GradeFor(average));
    }
}

/// <summary>算定基礎届 rules: who is a target, and when the result applies.</summary>
public static class AnnualBase
{
    /// <summary>
    /// True when an employee insured on 1 July of <paramref name="year"/> is a target: not when they joined on or after
    /// 1 June of that year, nor when their grade changes (月額変更) in July, August or September.
    /// </summary>
    public static bool IsTarget(int year, DateOnly? insuredSince, YearMonth? monthlyChangeFrom)
    {
        if (insuredSince is { } since && since >= new DateOnly(year, 6, 1)) return false;
        if (monthlyChangeFrom is { } change && change.Year == year && change.Month is >= 7 and <= 9) return false;
        return true;
    }

    /// <summary>The new standard pay applies from September of the report year to the next August.</summary>
    public static YearMonth EffectiveFrom(int year) => new(year, 9);

    /// <summary>The filing period: 1 to 10 July.</summary>
    public static (DateOnly From, DateOnly To) FilingPeriod(int year) => (new DateOnly(year, 7, 1), new DateOnly(year, 7, 10));
}

/// <summary>月額変更 (随時改定) rules.</summary>
public static class MonthlyChange
{
    /// <summary>Grades the average must move by.</summary>
    public const int MinimumGradeDifference = 2;

    /// <summary>The new grade applies from the 4th month (an April change → July).</summary>
    public static YearMonth EffectiveFrom(YearMonth changeMonth) => changeMonth.AddMonths(3);

    /// <summary>
    /// True when a monthly change is due: fixed pay changed, every one of the 3 months has enough paid days, and the
    /// average's grade differs from the current grade by 2 or more.
    /// </summary>
    public static bool IsDue(bool fixedPayChanged, IReadOnlyList<MonthPay> months, bool shortTime, long currentStandardPay,
        StandardMonthlyPayGradeTable table)
    {
        if (!fixedPayChanged || months.Count != 3) return false;
        foreach (var m in months)
            if (!PaidDays.Counts(m.PaidDays, shortTime)) return false;
        var average = PayAverages.Calculate(months, shortTime, table);
        return Math.Abs(table.GradeDifference(currentStandardPay, average.Grade!.StandardPay)) >= MinimumGradeDifference;
    }
}

/// <summary>Standard bonus (標準賞与額) for 厚生年金.</summary>
public static class StandardBonus
{
    /// <summary>Cap per payment for 厚生年金, yen.</summary>
    public const long CapPerPayment = 1_500_000;

    /// <summary>Bonus paid this many times a year or more is pay, not bonus.</summary>
    public const int PaymentsPerYearThatArePay = 4;

    /// <summary>
    /// The bonus (cash + in kind) rounded down to 1,000 yen, capped at 1,500,000 per payment. The health-insurance annual
    /// cap is not applied: this portal files 厚生年金 only.
    /// </summary>
    public static long Compute(long cash, long inKind)
    {
        var total = Math.Max(0, cash) + Math.Max(0, inKind);
        var rounded = total / 1000 * 1000;
        return Math.Min(rounded, CapPerPayment);
    }
}

/// <summary>Why insurance is lost (資格喪失の理由).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LossReason>))]
public enum LossReason
{
    /// <summary>退職: left the employer.</summary>
    Retirement = 1,
    /// <summary>死亡: died.</summary>
    Death = 2,
    /// <summary>70歳到達: reached 70 (厚生年金 only).</summary>
    Age70 = 3,
    /// <summary>その他: e.g. became ineligible (working hours reduced), moved to another establishment.</summary>
    Other = 4,
}

/// <summary>資格喪失日: the day after leaving (or death); for the age limit, the day before the 70th birthday.</summary>
public static class LossDates
{
    /// <summary>The loss date for the event on <paramref name="eventDate"/>; for <see cref="LossReason.Age70"/> the birth date is needed.</summary>
    public static DateOnly? For(LossReason reason, DateOnly? eventDate, DateOnly? birthDate) => reason switch
    {
        LossReason.Age70 => birthDate is { } b ? Birthday(b, 70).AddDays(-1) : null,
        _ => eventDate?.AddDays(1),
    };

    /// <summary>The <paramref name="age"/>th birthday (29 February → 1 March in other years).</summary>
    public static DateOnly Birthday(DateOnly birthDate, int age)
    {
        var year = birthDate.Year + age;
        return birthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, birthDate.Month, birthDate.Day);
    }

    /// <summary>Age in whole years on <paramref name="date"/> (Japanese law: one reaches an age the day before the birthday).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        if (Birthday(birthDate, age).AddDays(-1) > date) age--;
        return age;
    }
}

/// <summary>
/// Filing deadlines. A late filing is still accepted: deadlines give warnings. A deadline that falls on a Saturday or
/// Sunday moves to the Monday (public holidays are not modelled yet).
/// </summary>
public static class FilingDeadlines
{
    /// <summary>Days after the event for 資格取得届, 資格喪失届, 賞与支払届 and 被扶養者(異動)届.</summary>
    public const int FiveDays = 5;
    /// <summary>Days after the event for 第3号被保険者関係届 (legal limit, DOMAIN "verify").</summary>
    public const int Category3Days = 14;

    /// <summary>The deadline <paramref name="days"/> days after <paramref name="eventDate"/> (the event day not counted).</summary>
    public static DateOnly After(DateOnly eventDate, int days) => NextWorkingDay(eventDate.AddDays(days));

    /// <summary>The 算定基礎届 deadline: 10 July.</summary>
    public static DateOnly AnnualBase(int year) => NextWorkingDay(new DateOnly(year, 7, 10));

    /// <summary>The 月額変更届 deadline (project rule for "promptly"): end of the month the new grade applies from.</summary>
    public static DateOnly MonthlyChange(YearMonth changeMonth) => NextWorkingDay(EmployerFilings.MonthlyChange.EffectiveFrom(changeMonth).LastDay);

    /// <summary>The date itself, or the Monday after when it is a Saturday or Sunday.</summary>
    public static DateOnly NextWorkingDay(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
