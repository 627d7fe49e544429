using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// The dates the record's rules turn on: the months at ages 20–59, the premium due date (納付期限) and the
/// 2-year limit for unpaid months (時効), DOMAIN.md §4.1–4.3.
/// </summary>
public static class RecordCalendar
{
    /// <summary>Months of compulsory national-pension coverage: 20 to 59 = 480 months.</summary>
    public const int MonthsAt20To59 = 480;

    /// <summary>
    /// The first month at age 20: the month of the day before the 20th birthday (an age is reached the day
    /// before the birthday, and coverage starts in the month it is reached). Born 1966-04-02 → 1986-04;
    /// born 1966-04-01 → 1986-03.
    /// </summary>
    public static YearMonth FirstMonthAt20(DateOnly birthDate) => MonthAgeReached(birthDate, 20);

    /// <summary>
    /// The last month at age 59: the month before the month in which 60 is reached (coverage is lost on the day 60
    /// is reached, and the month of loss does not count). Born 1966-04-02 → 2026-03.
    /// </summary>
    public static YearMonth LastMonthAt59(DateOnly birthDate) => MonthAgeReached(birthDate, 60).AddMonths(-1);

    /// <summary>The month in which <paramref name="age"/> is reached (the month of the day before that birthday).</summary>
    public static YearMonth MonthAgeReached(DateOnly birthDate, int age) =>
        YearMonth.From(birthDate.AddDays(-1).AddYears(age));

    /// <summary>True when <paramref name="month"/> lies in the 480 months at ages 20–59.</summary>
    public static bool IsAged20To59(DateOnly birthDate, YearMonth month) =>
        month >= FirstMonthAt20(birthDate) && month <= LastMonthAt59(birthDate);

    /// <summary>The premium due date (納付期限) of a month: the end of the following month. 2024-09 → 2024-10-31.</summary>
    public static DateOnly PremiumDueDate(YearMonth month) => month.AddMonths(1).LastDay;

    /// <summary>
    /// The last day an unpaid month can still be paid: 2 years after its due date (時効). The period runs from the day
    /// after the due date, so it ends on the last day of the month 2 years after the due month
    /// (2024-09 → due 2024-10-31 → last payable 2026-10-31; due 2026-02-28 → 2028-02-29).
    /// </summary>
    public static DateOnly UnpaidLastPayableDate(YearMonth month) => month.AddMonths(25).LastDay;

    /// <summary>True once the due date of <paramref name="month"/> has passed (the premium is overdue).</summary>
    public static bool IsOverdue(YearMonth month, DateOnly today) => today > PremiumDueDate(month);

    /// <summary>True once an unpaid <paramref name="month"/> can no longer be paid (時効): after <see cref="UnpaidLastPayableDate"/>.</summary>
    public static bool IsTimeBarred(YearMonth month, DateOnly today) => today > UnpaidLastPayableDate(month);
}
