using Microsoft.EntityFrameworkCore;
using Portal.Domain.Consultations;
using Portal.Domain.Notices;
using Portal.Infrastructure.Consultations;

namespace Portal.Tests.Consultations;

/// <summary>Every booking event reaches the holder's inbox, written with the change itself.</summary>
public sealed class BookingStore_Notices
{
    // Monday 2026-11-23 10:00 JST.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    private static async Task<(ConsultationStoreFixture Store, Office Office)> StoreAsync()
    {
        var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = new Office(Guid.NewGuid(), "N1", "通知年金事務所", "Notice Office", "東京都", "千代田区", "100-0001", "東京都千代田区1", offersVideo: false);
        office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, "相談ブース1", BoothMode.InPerson));
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            office.OpeningHours.Add(new OpeningHours(office.Id, day, new TimeOnly(8, 30), new TimeOnly(17, 15)));
        await store.AddAsync(office);
        return (store, office);
    }

    private static async Task<List<Notice>> NoticesAsync(ConsultationStoreFixture store, string user)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.Notices.Where(n => n.RecipientUserId == user).ToListAsync();
    }

    [Fact]
    public async Task Booking_changing_and_cancelling_each_leave_a_notice_linking_to_the_booking()
    {
        var (store, office) = await StoreAsync();
        await using var _ = store;
        var slots = await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records);
        var booked = await store.Bookings.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, slots[0].StartsAt, ConsultationTopic.Records, "u1", Attendance.Self));
        var changed = await store.Bookings.ChangeAsync(booked.Booking!.Id,
            new BookingRequest(office.Id, BoothMode.InPerson, slots[3].StartsAt, ConsultationTopic.Records, "u1", Attendance.Self));
        Assert.Null(await store.Bookings.CancelAsync(changed.Booking!.Id, "u1"));

        var notices = await NoticesAsync(store, "u1");
        Assert.Equal([BookingNotices.Booked, BookingNotices.Changed, BookingNotices.Cancelled], notices.OrderBy(n => n.CreatedAt).ThenBy(n => n.SubjectKey == BookingNotices.Cancelled).Select(n => n.SubjectKey));
        Assert.All(notices, n => Assert.Equal(NoticeKind.Booking, n.Kind));
        Assert.Equal(BookingNotices.Link(changed.Booking.Id), notices.Single(n => n.SubjectKey == BookingNotices.Cancelled).Link);
        Assert.Contains("通知年金事務所", notices[0].Args);
    }

    [Fact]
    public async Task A_site_closure_notifies_each_person_with_the_alternatives()
    {
        var (store, office) = await StoreAsync();
        await using var _ = store;
        var slots = await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records);
        var date = slots[0].Date;
        await store.Bookings.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, slots[0].StartsAt, ConsultationTopic.Records, "u1", Attendance.Self));
        await store.Bookings.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, slots[1].StartsAt, ConsultationTopic.Records, "u2", Attendance.Self));

        var offers = await store.Bookings.CloseOfficeAsync(office.Id, date, "停電");

        Assert.Equal(2, offers.Count);
        foreach (var user in new[] { "u1", "u2" })
        {
            var closure = (await NoticesAsync(store, user)).Single(n => n.SubjectKey == BookingNotices.SiteClosed);
            Assert.Equal(3, closure.Args.Count);
            Assert.Contains("通知年金事務所", closure.Args[2]); // the same office on another day
        }
    }
}
