using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.Consultations;
using Portal.Domain.Notices;
using Portal.Infrastructure.Submissions;

namespace Portal.Infrastructure.Consultations;

/// <summary>
/// The inbox notices of a booking (DOMAIN.md §10): confirmation, change, cancellation, office cancellation, site closure,
/// reminders, written-consultation replies. Subjects are message keys <c>Consultations.Notice.*</c>; arguments are the time
/// (Japan time, yyyy-MM-dd HH:mm) and the office name; the link opens the booking.
/// </summary>
public static class BookingNotices
{
    public const string Booked = "Consultations.Notice.Booked";
    public const string Changed = "Consultations.Notice.Changed";
    public const string Cancelled = "Consultations.Notice.Cancelled";
    public const string CancelledByOffice = "Consultations.Notice.CancelledByOffice";
    public const string SiteClosed = "Consultations.Notice.SiteClosed";
    public const string SiteClosedNoAlternative = "Consultations.Notice.SiteClosedNoAlternative";
    public const string Reminder = "Consultations.Notice.Reminder";
    public const string WrittenReply = "Consultations.Notice.WrittenReply";

    /// <summary>The booking's page.</summary>
    public static string Link(Guid bookingId) => $"/consultations/{bookingId:D}";

    /// <summary>A time as notices show it (Japan time, language-neutral).</summary>
    public static string When(DateTimeOffset at) =>
        at.ToOffset(JapanTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static Notice For(Booking booking, string subjectKey, string officeName, DateTimeOffset now, params string[] more) =>
        new(Guid.NewGuid(), booking.HolderUserId ?? throw new InvalidOperationException("A booking without an account has no inbox."),
            NoticeKind.Booking, subjectKey, [When(booking.StartsAt), officeName, .. more], now, link: Link(booking.Id));

    /// <summary>Adds the notice to the holder's inbox; a phone booking without a portal account has none (staff tell the caller).</summary>
    public static void AddTo(Persistence.PortalDbContext db, Booking booking, Func<Notice> notice)
    {
        if (booking.HolderUserId is not null) db.Notices.Add(notice());
    }

    /// <summary>The site-closure notice, with the alternatives offered written out (time, office, mode).</summary>
    public static Notice Closure(Booking booking, string officeName, IReadOnlyList<ClosureAlternative> alternatives,
        IReadOnlyDictionary<Guid, string> officeNames, DateTimeOffset now)
    {
        if (alternatives.Count == 0) return For(booking, SiteClosedNoAlternative, officeName, now);
        var text = string.Join(" / ", alternatives.Select(a =>
            $"{When(a.Slot.StartsAt)} {officeNames.GetValueOrDefault(a.Slot.OfficeId, "")}" +
            (a.Slot.Mode == BoothMode.Video ? "（ビデオ / video）" : "")));
        return For(booking, SiteClosed, officeName, now, text);
    }

    /// <summary>A reminder: it only says there is a booking, when and where.</summary>
    public static Notice ReminderOf(Booking booking, string officeName, DateTimeOffset now) => For(booking, Reminder, officeName, now);

    /// <summary>The resource-key argument helper, re-exported for callers that add translated words.</summary>
    public static string KeyArg(string key) => NoticeLinks.KeyArg(key);
}
