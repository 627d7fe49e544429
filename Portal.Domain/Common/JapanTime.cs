namespace Portal.Domain.Common;

/// <summary>Japan time (JST, UTC+9, no daylight saving), used for receipt dates and deadlines.</summary>
public static class JapanTime
{
    /// <summary>The fixed offset of Japan Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The calendar date in Japan at <paramref name="at"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
