using System.Security.Cryptography;
using System.Text;

namespace Portal.Infrastructure.DemoData;

/// <summary>
/// Stable identifiers for the demo data: a name-based GUID (SHA-256 of a fixed prefix and the name,
/// version bits of a name-based UUID), so every fresh database gets the same ids.
/// </summary>
internal static class DemoIds
{
    public static Guid For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("portal-demo/" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5-like (Guid byte order: bytes 6-7 little-endian)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}

/// <summary>Months as integers (year × 12 + month − 1), the planner's working unit.</summary>
internal static class Months
{
    public static int Of(int year, int month) => year * 12 + month - 1;
    public static int Of(DateOnly date) => Of(date.Year, date.Month);
    public static int Year(int month) => month / 12;
    public static int MonthOfYear(int month) => month % 12 + 1;
    public static DateOnly FirstDay(int month) => new(Year(month), MonthOfYear(month), 1);
    public static DateOnly LastDay(int month) => FirstDay(month).AddMonths(1).AddDays(-1);
    /// <summary>Fiscal year (April–March).</summary>
    public static int FiscalYear(int month) => MonthOfYear(month) >= 4 ? Year(month) : Year(month) - 1;
}
