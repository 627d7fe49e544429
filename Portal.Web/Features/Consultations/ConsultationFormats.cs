using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Web.Components;

namespace Portal.Web.Features.Consultations;

/// <summary>How the consultation pages write times (Japan time).</summary>
public static class ConsultationFormats
{
    public static string Time(DateTimeOffset at) => at.ToOffset(JapanTime.Offset).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>e.g. 2026年12月1日 10:00–10:45</summary>
    public static string Slot(DateTimeOffset starts, DateTimeOffset ends) =>
        $"{Formats.Date(JapanTime.DateOf(starts))} {Time(starts)}–{Time(ends)}";

    public static string Slot(Booking b) => Slot(b.StartsAt, b.EndsAt);

    public static string Slot(OfferedSlot s) => Slot(s.StartsAt, s.EndsAt);

    /// <summary>The office name in the current language.</summary>
    public static string OfficeName(Office o) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? o.Name : o.NameEn;

    public static string DayOfWeekKey(DayOfWeek d) => "Consultations.Day." + d;
}
