using System.Globalization;
using Portal.Domain.Benefits;
using Portal.Domain.Common;

namespace Portal.Web.Features.Benefits;

/// <summary>
/// Reads what a person types into the simulator forms: each reader returns the value or records the message key of a
/// plain-language error under the field's id (shown next to the field). Nothing here throws on user input.
/// </summary>
public sealed class SimulatorInputs
{
    public const string Required = "Simulator.Error.Required";
    public const string WholeYen = "Simulator.Error.WholeYen";
    public const string WholeMonths = "Simulator.Error.WholeMonths";
    public const string MonthFormat = "Simulator.Error.MonthFormat";
    public const string DateFormat = "Simulator.Error.DateFormat";
    public const string AgeRange = "Simulator.Error.AgeRange";
    public const string PayRequired = "Simulator.Error.PayRequired";

    /// <summary>Most yen accepted in one amount (a typing slip rather than a pay).</summary>
    public const long MaximumYen = 100_000_000_000;

    /// <summary>Field id → message key of the first problem found.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    public void Add(string field, string messageKey) => Errors.TryAdd(field, messageKey);

    /// <summary>A whole, non-negative number of yen (commas and a trailing 円 allowed); empty gives <paramref name="whenEmpty"/> or an error.</summary>
    public long? Yen(string field, string? text, long? whenEmpty = null)
    {
        var cleaned = (text ?? "").Trim().Replace(",", "").Replace("，", "").TrimEnd('円').Trim();
        if (cleaned.Length == 0)
        {
            if (whenEmpty is null) Add(field, Required);
            return whenEmpty;
        }
        if (!long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var yen) || yen > MaximumYen)
        {
            Add(field, WholeYen);
            return null;
        }
        return yen;
    }

    /// <summary>A whole number of months from 0 to <paramref name="maximum"/>; empty is 0.</summary>
    public int? Months(string field, string? text, int maximum)
    {
        var cleaned = (text ?? "").Trim();
        if (cleaned.Length == 0) return 0;
        if (!int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months > maximum)
        {
            Add(field, WholeMonths);
            return null;
        }
        return months;
    }

    /// <summary>An age in whole years from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Age(string field, string? text, int min, int max)
    {
        var cleaned = (text ?? "").Trim();
        if (cleaned.Length == 0)
        {
            Add(field, Required);
            return null;
        }
        if (!int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age < min || age > max)
        {
            Add(field, AgeRange);
            return null;
        }
        return age;
    }

    /// <summary>A month as typed in a month input (<c>2027-04</c>, also <c>2027/4</c>).</summary>
    public YearMonth? Month(string field, string? text)
    {
        var cleaned = (text ?? "").Trim().Replace('/', '-');
        if (cleaned.Length == 0)
        {
            Add(field, Required);
            return null;
        }
        var parts = cleaned.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12)
            return new YearMonth(year, month);
        Add(field, MonthFormat);
        return null;
    }

    /// <summary>A date as typed in a date input (<c>1970-06-15</c>, also <c>1970/6/15</c>).</summary>
    public DateOnly? Date(string field, string? text)
    {
        var cleaned = (text ?? "").Trim().Replace('/', '-');
        if (cleaned.Length == 0)
        {
            Add(field, Required);
            return null;
        }
        if (DateOnly.TryParseExact(cleaned, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 1900)
            return date;
        Add(field, DateFormat);
        return null;
    }

    /// <summary>The future-work kind of a select value.</summary>
    public static FutureWorkType WorkType(string? value) => value switch
    {
        "employee" => FutureWorkType.Employee,
        "self" => FutureWorkType.SelfEmployedPaying,
        "spouse" => FutureWorkType.DependentSpouse,
        _ => FutureWorkType.NotWorking,
    };
}

/// <summary>The declared facts that route a case to a consultation (DOMAIN.md §5.8), as checkboxes.</summary>
public sealed class Declarations
{
    public bool MutualAid { get; set; }
    public bool DisabilityOrSurvivor { get; set; }
    public bool AlreadyReceiving { get; set; }
    public bool CreditedOrAbroad { get; set; }
    public bool SpecialPeriods { get; set; }

    public ExclusionFlags ToFlags() => new(MutualAid, DisabilityOrSurvivor, AlreadyReceiving, CreditedOrAbroad, SpecialPeriods);

    /// <summary>Ticks the boxes named by exclusion codes (e.g. from a query string); unknown codes are ignored.</summary>
    public void Tick(IEnumerable<string> codes)
    {
        foreach (var code in codes.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            switch (code.ToUpperInvariant())
            {
                case ExclusionRules.MutualAid: MutualAid = true; break;
                case ExclusionRules.DisabilitySurvivor: DisabilityOrSurvivor = true; break;
                case ExclusionRules.AlreadyReceiving: AlreadyReceiving = true; break;
                case ExclusionRules.CreditedOrAbroad: CreditedOrAbroad = true; break;
                case ExclusionRules.SpecialPeriods: SpecialPeriods = true; break;
            }
        }
    }
}
