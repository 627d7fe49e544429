using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>
/// An age in whole years and months (年齢 歳・か月), used for the claim start age (受給開始年齢, 60y0m–75y0m) and
/// for break-even ages. <c>65y6m</c> means six months after the month in which 65 is reached.
/// </summary>
public readonly record struct PensionAge(int Years, int Months) : IComparable<PensionAge>
{
    /// <summary>60y0m, the earliest early claim (繰上げ).</summary>
    public static readonly PensionAge EarliestClaim = new(60, 0);
    /// <summary>65y0m, the normal start.</summary>
    public static readonly PensionAge Standard = new(65, 0);
    /// <summary>66y0m, the earliest deferred claim (繰下げ).</summary>
    public static readonly PensionAge EarliestDeferral = new(66, 0);
    /// <summary>75y0m, the latest deferred claim.</summary>
    public static readonly PensionAge LatestClaim = new(75, 0);

    /// <summary>Years × 12 + months.</summary>
    public int TotalMonths => Years * 12 + Months;

    /// <summary>The age <paramref name="totalMonths"/> months after birth.</summary>
    public static PensionAge FromTotalMonths(int totalMonths) => new(totalMonths / 12, totalMonths % 12);

    /// <summary>A whole number of years.</summary>
    public static PensionAge AtYears(int years) => new(years, 0);

    /// <inheritdoc />
    public int CompareTo(PensionAge other) => TotalMonths.CompareTo(other.TotalMonths);

    public static bool operator <(PensionAge left, PensionAge right) => left.CompareTo(right) < 0;
    public static bool operator <=(PensionAge left, PensionAge right) => left.CompareTo(right) <= 0;
    public static bool operator >(PensionAge left, PensionAge right) => left.CompareTo(right) > 0;
    public static bool operator >=(PensionAge left, PensionAge right) => left.CompareTo(right) >= 0;

    /// <summary><c>65y6m</c></summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Years}y{Months}m");
}

/// <summary>
/// Dates and cohort boundaries the benefit rules use. An age is reached on the day before the birthday
/// (as <see cref="Records.InsuredPerson.AgeOn"/>); "the month of reaching 60" is the month containing that day.
/// </summary>
public static class BenefitDates
{
    /// <summary>Earnings-related formula of §5.3 and the simulator's scope: born on/after 1946-04-02.</summary>
    public static readonly DateOnly EarningsRelatedCohortStart = new(1946, 4, 2);
    /// <summary>Full basic pension at the newer rate: born on/after 1956-04-02.</summary>
    public static readonly DateOnly NewerBasicCohortStart = new(1956, 4, 2);
    /// <summary>Early reduction 0.4%/month: born on/after 1962-04-02 (0.5% before).</summary>
    public static readonly DateOnly LowerEarlyReductionCohortStart = new(1962, 4, 2);
    /// <summary>Deferral up to 75 (+84%): born on/after 1952-04-02 (to 70, +42%, before).</summary>
    public static readonly DateOnly LongDeferralCohortStart = new(1952, 4, 2);
    /// <summary>Spouse special addition (配偶者特別加算) at the §5.1 rate: insured born on/after 1943-04-02.</summary>
    public static readonly DateOnly SpouseSpecialAdditionCohortStart = new(1943, 4, 2);
    /// <summary>Special old-age employees' pension (特別支給の老齢厚生年金): men born on/before 1961-04-01.</summary>
    public static readonly DateOnly SpecialOldAgeLastBirthDateMen = new(1961, 4, 1);
    /// <summary>Special old-age employees' pension: women born on/before 1966-04-01.</summary>
    public static readonly DateOnly SpecialOldAgeLastBirthDateWomen = new(1966, 4, 1);
    /// <summary>The exemption weights change from this month (§4.1).</summary>
    public static readonly YearMonth WeightChangeMonth = new(2009, 4);
    /// <summary>Total remuneration (総報酬制) applies from this month (§5.3).</summary>
    public static readonly YearMonth TotalRemunerationStart = new(2003, 4);

    /// <summary>The day on which <paramref name="age"/> is reached: the day before the birthday.</summary>
    public static DateOnly DateReaching(DateOnly birthDate, int age) => birthDate.AddDays(-1).AddYears(age);

    /// <summary>The month in which <paramref name="age"/> is reached.</summary>
    public static YearMonth MonthReaching(DateOnly birthDate, int age) => YearMonth.From(DateReaching(birthDate, age));

    /// <summary>The month in which <paramref name="age"/> (years and months) is reached.</summary>
    public static YearMonth MonthReaching(DateOnly birthDate, PensionAge age) =>
        MonthReaching(birthDate, age.Years).AddMonths(age.Months);

    /// <summary>Age in completed years on <paramref name="date"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var dayBefore = birthDate.AddDays(-1);
        var age = date.Year - dayBefore.Year;
        if (date < dayBefore.AddYears(age)) age--;
        return age;
    }

    /// <summary>True when <paramref name="month"/> lies at ages 20–59: from the month of reaching 20 to the month before reaching 60.</summary>
    public static bool IsAged20To59(DateOnly birthDate, YearMonth month) =>
        month >= MonthReaching(birthDate, 20) && month < MonthReaching(birthDate, 60);

    /// <summary>The age (years and months) in <paramref name="month"/>, counting the month of reaching 60 as 60y0m.</summary>
    public static PensionAge AgeInMonth(DateOnly birthDate, YearMonth month) =>
        PensionAge.FromTotalMonths(PensionAge.EarliestClaim.TotalMonths + MonthReaching(birthDate, 60).MonthsUntil(month));
}
