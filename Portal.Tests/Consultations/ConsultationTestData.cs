using Portal.Domain.Common;
using Portal.Domain.Consultations;

namespace Portal.Tests.Consultations;

/// <summary>Offices, slots and clocks for the consultation tests. 2026-11-23 is a Monday and a holiday (勤労感謝の日).</summary>
internal static class ConsultationTestData
{
    public static DateTimeOffset Jst(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, JapanTime.Offset);

    /// <summary>An office open Monday–Friday 8:30–17:15 (and Saturday 9:30–16:00 when asked) with the given booths.</summary>
    public static Office Office(string code = "T01", int inPerson = 2, int video = 1, bool saturday = false,
        string prefecture = "東京都", string city = "千代田区", string postcode = "100-0001")
    {
        var office = new Office(Guid.NewGuid(), code, code + "年金事務所", code + " Pension Office", prefecture, city, postcode, "住所", video > 0);
        for (var i = 1; i <= inPerson; i++) office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, $"ブース{i}", BoothMode.InPerson));
        for (var i = 1; i <= video; i++) office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, $"ビデオ{i}", BoothMode.Video));
        foreach (var d in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            office.OpeningHours.Add(new OpeningHours(office.Id, d, new TimeOnly(8, 30), new TimeOnly(17, 15)));
        if (saturday) office.OpeningHours.Add(new OpeningHours(office.Id, DayOfWeek.Saturday, new TimeOnly(9, 30), new TimeOnly(16, 0)));
        return office;
    }

    public static ConsultationSlot Slot(Office office, DateTimeOffset start, int minutes = 45, BoothMode mode = BoothMode.InPerson) =>
        new(office.Id, office.Booths.First(b => b.Mode == mode).Id, mode, start, start.AddMinutes(minutes));

    public static Booking Booked(Office office, DateTimeOffset start, ConsultationTopic topic = ConsultationTopic.OldAgeClaim,
        string holder = "user-1", BoothMode mode = BoothMode.InPerson, Attendance? attendance = null, DateTimeOffset? bookedAt = null) =>
        Booking.Create(Guid.NewGuid(), Slot(office, start, (int)TopicCatalogue.Default.DurationOf(topic).TotalMinutes, mode), topic, holder,
            attendance ?? Attendance.Self, bookedAt ?? start.AddDays(-7));
}

/// <summary>A clock the test sets.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
