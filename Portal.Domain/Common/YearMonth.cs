using System.Globalization;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Common;

/// <summary>
/// A calendar month (年月), the unit of the pension record. Years 1900–2200, months 1–12.
/// Stored as the integer <c>yyyyMM</c> (<see cref="ToInt"/>); shown as <c>2026-04</c>.
/// <c>default(YearMonth)</c> is not a valid month (0000-00): always construct one.
/// </summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Earliest year accepted.</summary>
    public const int MinYear = 1900;
    /// <summary>Latest year accepted.</summary>
    public const int MaxYear = 2200;

    /// <summary>The year, 1900–2200.</summary>
    public int Year { get; } = Year is >= MinYear and <= MaxYear
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, $"Year must be between {MinYear} and {MaxYear}.");

    /// <summary>The month, 1–12.</summary>
    public int Month { get; } = Month is >= 1 and <= 12
        ? Month
        : throw new ArgumentOutOfRangeException(nameof(Month), Month, "Month must be between 1 and 12.");

    /// <summary>The month that contains <paramref name="date"/>.</summary>
    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside 1900–2200.</exception>
    public YearMonth AddMonths(int months)
    {
        var index = (long)MonthIndex + months;
        if (index < MinYear * 12L || index > MaxYear * 12L + 11)
            throw new ArgumentOutOfRangeException(nameof(months), months, $"The result must fall between {MinYear} and {MaxYear}.");
        return new YearMonth((int)(index / 12), (int)(index % 12) + 1);
    }

    /// <summary>
    /// Number of months from this month up to <paramref name="other"/>, this month included and <paramref name="other"/>
    /// excluded: 2026-04 → 2026-07 is 3. Negative when <paramref name="other"/> is earlier.
    /// </summary>
    public int MonthsUntil(YearMonth other) => other.MonthIndex - MonthIndex;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>The fiscal year (年度, April to March): January–March 2026 belong to fiscal year 2025.</summary>
    public int FiscalYear => Month >= 4 ? Year : Year - 1;

    /// <summary>The storage form <c>Year * 100 + Month</c>, e.g. 202604.</summary>
    public int ToInt() => Year * 100 + Month;

    /// <summary>The month from its storage form <c>Year * 100 + Month</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a valid year and month.</exception>
    public static YearMonth FromInt(int value) => new(value / 100, value % 100);

    /// <summary>Every month from <paramref name="from"/> to <paramref name="toInclusive"/>, in order; empty when <paramref name="toInclusive"/> is earlier.</summary>
    public static IEnumerable<YearMonth> Range(YearMonth from, YearMonth toInclusive)
    {
        var count = from.MonthsUntil(toInclusive) + 1;
        for (var i = 0; i < count; i++) yield return from.AddMonths(i);
    }

    /// <summary>
    /// Parses user input <c>2026-04</c>, <c>2026/04</c> or <c>202604</c> (also <c>2026-4</c>; full-width characters and
    /// surrounding white space accepted). Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c> or <c>format</c> (including a month or year out of range).</returns>
    public static ParseResult<YearMonth> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0)
            return ParseResult<YearMonth>.Fail(IdentifierText.Required, "Identifier.YearMonth.Required");

        ReadOnlySpan<char> year, month;
        if (text.Length is 6 or 7 && text[4] is '-' or '/')
        {
            year = text.AsSpan(0, 4);
            month = text.AsSpan(5);
        }
        else if (text.Length == 6)
        {
            year = text.AsSpan(0, 4);
            month = text.AsSpan(4);
        }
        else
        {
            return FormatError();
        }

        if (!IdentifierText.AllAsciiDigits(year) || !IdentifierText.AllAsciiDigits(month))
            return FormatError();
        var y = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
        var m = int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture);
        if (y is < MinYear or > MaxYear || m is < 1 or > 12)
            return FormatError();
        return ParseResult<YearMonth>.Ok(new YearMonth(y, m));

        static ParseResult<YearMonth> FormatError() =>
            ParseResult<YearMonth>.Fail(IdentifierText.Format, "Identifier.YearMonth.Format");
    }

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => MonthIndex.CompareTo(other.MonthIndex);

    /// <summary>Earlier than.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;
    /// <summary>Earlier than or the same month.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;
    /// <summary>Later than.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;
    /// <summary>Later than or the same month.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary>ISO-like form <c>2026-04</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    private int MonthIndex => Year * 12 + Month - 1;
}
