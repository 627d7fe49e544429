using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>One grade of the 厚生年金 standard monthly pay table (標準報酬月額等級).</summary>
/// <param name="Grade">Grade number, 1 = lowest.</param>
/// <param name="StandardPay">Standard monthly pay (標準報酬月額), yen.</param>
/// <param name="PayFrom">Lowest monthly pay in the band, yen (inclusive).</param>
/// <param name="PayBelow">Pay from which the next grade starts (exclusive upper bound), or null for the top grade.</param>
public sealed record StandardMonthlyPayGrade(int Grade, long StandardPay, long PayFrom, long? PayBelow)
{
    /// <summary>True when <paramref name="pay"/> falls in this band.</summary>
    public bool Contains(long pay) => pay >= PayFrom && (PayBelow is not { } below || pay < below);
}

/// <summary>
/// One dated version of the grade table (標準報酬月額表), in force from <see cref="EffectiveFrom"/> until the next
/// version. Each band runs from its "pay from" up to the next grade's "pay from" (DOMAIN.md §7).
/// </summary>
public sealed class StandardMonthlyPayGradeTable
{
    private readonly StandardMonthlyPayGrade[] grades;

    /// <summary>A table from (standard pay, pay from) pairs, lowest grade first.</summary>
    /// <exception cref="ArgumentException">The bands are empty, do not start at 0 or do not rise.</exception>
    public StandardMonthlyPayGradeTable(DateOnly effectiveFrom, IReadOnlyList<(long Standard, long PayFrom)> bands, string rule, bool verify)
    {
        if (bands.Count == 0 || bands[0].PayFrom != 0)
            throw new ArgumentException("The lowest band must start at 0 yen.", nameof(bands));
        grades = new StandardMonthlyPayGrade[bands.Count];
        for (var i = 0; i < bands.Count; i++)
        {
            if (i > 0 && (bands[i].PayFrom <= bands[i - 1].PayFrom || bands[i].Standard <= bands[i - 1].Standard))
                throw new ArgumentException($"Band {i + 1} does not rise.", nameof(bands));
            long? below = i + 1 < bands.Count ? bands[i + 1].PayFrom : null;
            grades[i] = new StandardMonthlyPayGrade(i + 1, bands[i].Standard, bands[i].PayFrom, below);
        }
        EffectiveFrom = effectiveFrom;
        Rule = rule;
        Verify = verify;
    }

    /// <summary>First day the table applies (standard pay is decided per month: the 1st of a month).</summary>
    public DateOnly EffectiveFrom { get; }
    /// <summary>Where the figures come from.</summary>
    public string Rule { get; }
    /// <summary>True when the figures are not firmly established (DOMAIN "verify").</summary>
    public bool Verify { get; }
    /// <summary>The grades, lowest first.</summary>
    public IReadOnlyList<StandardMonthlyPayGrade> Grades => grades;
    /// <summary>The lowest grade.</summary>
    public StandardMonthlyPayGrade Lowest => grades[0];
    /// <summary>The highest grade (the ceiling).</summary>
    public StandardMonthlyPayGrade Highest => grades[^1];

    /// <summary>The grade for a monthly pay in yen (negative pay is treated as 0).</summary>
    public StandardMonthlyPayGrade GradeFor(long pay)
    {
        if (pay < 0) pay = 0;
        // Binary search on PayFrom: the last band whose PayFrom <= pay.
        int lo = 0, hi = grades.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (grades[mid].PayFrom <= pay) lo = mid; else hi = mid - 1;
        }
        return grades[lo];
    }

    /// <summary>The grade with this standard monthly pay, or null when the table has none (e.g. an old grade).</summary>
    public StandardMonthlyPayGrade? FindByStandardPay(long standardPay) =>
        Array.Find(grades, g => g.StandardPay == standardPay);

    /// <summary>The grade by number, or null.</summary>
    public StandardMonthlyPayGrade? FindByGrade(int grade) => grade >= 1 && grade <= grades.Length ? grades[grade - 1] : null;

    /// <summary>
    /// Number of grades between two standard pays (later minus earlier; positive when <paramref name="to"/> is higher).
    /// A standard pay the table does not hold is first mapped to the grade its amount falls in.
    /// </summary>
    public int GradeDifference(long fromStandardPay, long toStandardPay) =>
        GradeOfStandard(toStandardPay) - GradeOfStandard(fromStandardPay);

    private int GradeOfStandard(long standardPay) => (FindByStandardPay(standardPay) ?? GradeFor(standardPay)).Grade;
}

/// <summary>
/// The dated 厚生年金 grade tables (標準報酬月額表) as data. Lookups before the oldest table return null: the caller
/// reports "no grade table for that date" instead of guessing.
/// </summary>
public static class StandardMonthlyPayGrades
{
    private static readonly (long, long)[] Grades1To31 =
    [
        (88_000, 0), (98_000, 93_000), (104_000, 101_000), (110_000, 107_000), (118_000, 114_000), (126_000, 122_000),
        (134_000, 130_000), (142_000, 138_000), (150_000, 146_000), (160_000, 155_000), (170_000, 165_000),
        (180_000, 175_000), (190_000, 185_000), (200_000, 195_000), (220_000, 210_000), (240_000, 230_000),
        (260_000, 250_000), (280_000, 270_000), (300_000, 290_000), (320_000, 310_000), (340_000, 330_000),
        (360_000, 350_000), (380_000, 370_000), (410_000, 395_000), (440_000, 425_000), (470_000, 455_000),
        (500_000, 485_000), (530_000, 515_000), (560_000, 545_000), (590_000, 575_000), (620_000, 605_000),
    ];

    /// <summary>Every table, oldest first.</summary>
    public static IReadOnlyList<StandardMonthlyPayGradeTable> Tables { get; } =
    [
        new(new DateOnly(2016, 10, 1), Grades1To31,
            "Grades 1–31, 88,000–620,000 yen, from October 2016 (grade 1 of 88,000 added with the short-time extension)", verify: true),
        new(new DateOnly(2020, 9, 1), [.. Grades1To31, (650_000, 635_000)],
            "Grades 1–32, 88,000–650,000 yen; grade 32 since September 2020 (DOMAIN.md §7)", verify: false),
        new(new DateOnly(2027, 9, 1), [.. Grades1To31, (650_000, 635_000), (680_000, 665_000)],
            "Ceiling raised to 680,000 yen (grade 33) from September 2027 under the 2025 reform (DOMAIN.md §7, verify)", verify: true),
    ];

    /// <summary>The table in force on <paramref name="date"/>, or null before the oldest table.</summary>
    public static StandardMonthlyPayGradeTable? For(DateOnly date)
    {
        StandardMonthlyPayGradeTable? found = null;
        foreach (var table in Tables)
            if (table.EffectiveFrom <= date) found = table;
        return found;
    }

    /// <summary>The table in force in <paramref name="month"/> (its first day), or null.</summary>
    public static StandardMonthlyPayGradeTable? For(YearMonth month) => For(month.FirstDay);
}
