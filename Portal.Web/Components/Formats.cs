using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Web.Components;

/// <summary>How the UI writes months, dates and yen in the current language.</summary>
public static class Formats
{
    private static bool Japanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    public static string Month(YearMonth m) =>
        Japanese ? $"{m.Year}年{m.Month}月" : new DateTime(m.Year, m.Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    public static string Date(DateOnly d) =>
        Japanese ? $"{d.Year}年{d.Month}月{d.Day}日" : d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    /// <summary>A moment shown in Japan time (the service's legal time), e.g. 2026年11月23日 10:32.</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var local = at.ToOffset(JapanTime.Offset);
        return Japanese ? $"{local.Year}年{local.Month}月{local.Day}日 {local:HH:mm}" : local.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("en")) + " JST";
    }

    public static string Yen(long yen) => Japanese ? $"{yen:N0}円" : $"¥{yen:N0}";

    public static string Months(decimal months) => months.ToString(months == decimal.Truncate(months) ? "N0" : "N2", CultureInfo.InvariantCulture);
}
