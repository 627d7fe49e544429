using Microsoft.Extensions.Logging;
using Portal.Domain.Consultations;

namespace Portal.Infrastructure.Consultations;

/// <summary>
/// Sends the booking reminders that are due (DOMAIN.md §8: three days and one day before) as inbox notices. Called by the
/// scheduled job; safe to run again or twice at once: each reminder is marked and its notice written in one transaction,
/// and only the call that marked it writes the notice.
/// </summary>
public sealed class BookingReminders(BookingStore store, ILogger<BookingReminders> logger)
{
    /// <summary>Sends every reminder due at <paramref name="now"/>; answers how many notices were created.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var kind in new[] { ReminderKind.DayBefore, ReminderKind.ThreeDaysBefore })
        {
            foreach (var booking in await store.DueRemindersAsync(kind, now, ct: ct))
                if (await store.MarkReminderSentAsync(booking.Id, kind, now, ct))
                    sent++;
        }
        if (sent > 0) logger.LogInformation("Sent {Count} booking reminders", sent);
        return sent;
    }
}
