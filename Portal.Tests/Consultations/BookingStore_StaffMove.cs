using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Consultations;
using Portal.Domain.Operations;
using Portal.Infrastructure.Consultations;
using Portal.Infrastructure.Operations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>
/// Staff move a booking of their office to another free time (DOMAIN.md §8: after the self-service deadline "by phone"), on
/// the real store: one transaction, the limits, "just taken", the office check and the change notice.
/// </summary>
public sealed class BookingStore_StaffMove
{
    private static readonly DateTimeOffset Now = Jst(2026, 11, 30, 10); // Monday
    private static readonly DateOnly Tuesday = new(2026, 12, 1), Thursday = new(2026, 12, 3);

    private static BookingRequest Request(Office office, DateTimeOffset start, string holder) =>
        new(office.Id, BoothMode.InPerson, start, ConsultationTopic.Records, holder, Attendance.Self);

    private static async Task<DateTimeOffset> FirstFreeAsync(ConsultationStoreFixture store, Office office, DateOnly day, int index = 0) =>
        (await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records, BoothMode.InPerson, day, day))[index].StartsAt;

    private static async Task<Booking> ReadAsync(ConsultationStoreFixture store, Guid id)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    [Fact]
    public async Task Staff_move_a_booking_after_the_citizen_deadline_in_one_go_and_the_holder_is_told()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var start = await FirstFreeAsync(store, office, Tuesday);
        var booking = (await store.Bookings.TryBookAsync(Request(office, start, "alice"))).Booking!;

        store.Clock.Now = start.AddHours(-2); // the consultation day: the citizen can no longer change it online
        var target = await FirstFreeAsync(store, office, Thursday);
        Assert.Equal(BookingRules.DeadlinePassed, (await store.Bookings.ChangeAsync(booking.Id, Request(office, target, "alice"))).Error);

        // Same topic: the old booking does not count against alice's one-per-topic limit.
        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, office.Id, target, "staff-1");

        Assert.Equal(BookingOutcome.Booked, moved.Outcome);
        var fresh = moved.Booking!;
        Assert.Equal(target, fresh.StartsAt);
        Assert.Equal(ConsultationTopic.Records, fresh.Topic);
        Assert.Equal(BoothMode.InPerson, fresh.Mode);
        Assert.Equal("alice", fresh.HolderUserId);
        var old = await ReadAsync(store, booking.Id);
        Assert.Equal(BookingStatus.Cancelled, old.Status);
        Assert.Equal(CancellationReason.Changed, old.CancellationReason);
        Assert.Equal(BookingStatus.Booked, (await ReadAsync(store, fresh.Id)).Status);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.BoothBlocks.CountAsync(x => x.BookingId == booking.Id)); // the old time is free again
        Assert.Contains(await db.Notices.Where(n => n.RecipientUserId == "alice").Select(n => n.SubjectKey).ToListAsync(),
            k => k == BookingNotices.Changed);
    }

    [Fact]
    public async Task A_phone_booking_keeps_its_caller_when_moved()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var start = await FirstFreeAsync(store, office, Tuesday);
        var booking = (await store.Bookings.TryBookByPhoneAsync(new PhoneBookingRequest(office.Id, start, ConsultationTopic.Records,
            PhoneCaller.Parse("電話 太郎", "09012345678").Value, null, Attendance.Self, "staff-1"))).Booking!;

        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, office.Id, await FirstFreeAsync(store, office, Thursday), "staff-2");

        Assert.Equal(BookingOutcome.Booked, moved.Outcome);
        Assert.Null(moved.Booking!.HolderUserId);
        Assert.True(moved.Booking.BookedByPhone);
        Assert.Equal("電話 太郎", moved.Booking.CallerName);
        Assert.Equal("09012345678", moved.Booking.CallerPhone);
        Assert.Equal(BookingStatus.Cancelled, (await ReadAsync(store, booking.Id)).Status);
    }

    [Fact]
    public async Task Moving_into_a_taken_time_answers_just_taken_and_keeps_the_old_booking()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, await FirstFreeAsync(store, office, Tuesday), "alice"))).Booking!;
        var taken = await FirstFreeAsync(store, office, Thursday);
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, taken, "bob"))).Outcome);

        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, office.Id, taken, "staff-1");

        Assert.Equal(BookingOutcome.JustTaken, moved.Outcome);
        Assert.Equal(BookingRules.SlotTaken, moved.Error);
        Assert.NotEmpty(moved.NextFreeSlots);
        Assert.DoesNotContain(moved.NextFreeSlots, s => s.StartsAt == taken);
        Assert.Equal(BookingStatus.Booked, (await ReadAsync(store, booking.Id)).Status);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.True(await db.BoothBlocks.AnyAsync(x => x.BookingId == booking.Id));
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.HolderUserId == "alice"));
        Assert.DoesNotContain(await db.Notices.Where(n => n.RecipientUserId == "alice").Select(n => n.SubjectKey).ToListAsync(),
            k => k == BookingNotices.Changed);
    }

    [Fact]
    public async Task Another_offices_booking_is_not_found_and_unchanged()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var other = await store.AddAsync(Office("T02", inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, await FirstFreeAsync(store, office, Tuesday), "alice"))).Booking!;

        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, other.Id, await FirstFreeAsync(store, other, Thursday), "staff-2");

        Assert.Equal(BookingOutcome.Refused, moved.Outcome);
        Assert.Equal(BookingRules.NotFound, moved.Error);
        var unchanged = await ReadAsync(store, booking.Id);
        Assert.Equal(BookingStatus.Booked, unchanged.Status);
        Assert.Equal(booking.StartsAt, unchanged.StartsAt);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task A_started_or_checked_in_booking_cannot_be_moved()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var first = await FirstFreeAsync(store, office, Tuesday);
        var second = await FirstFreeAsync(store, office, Tuesday, 1);
        var started = (await store.Bookings.TryBookAsync(Request(office, first, "alice"))).Booking!;
        var checkedIn = (await store.Bookings.TryBookAsync(Request(office, second, "bob"))).Booking!;
        var target = await FirstFreeAsync(store, office, Thursday);

        store.Clock.Now = first;
        Assert.Null(await store.Bookings.CheckInAsync(checkedIn.Id));
        var late = await store.Bookings.MoveByStaffAsync(started.Id, office.Id, target, "staff-1");
        var arrived = await store.Bookings.MoveByStaffAsync(checkedIn.Id, office.Id, target, "staff-1");

        Assert.Equal(BookingRules.AlreadyStarted, late.Error);
        Assert.Equal(BookingRules.NotBooked, arrived.Error);
        Assert.Equal(BookingStatus.Booked, (await ReadAsync(store, started.Id)).Status);
        Assert.Equal(BookingStatus.CheckedIn, (await ReadAsync(store, checkedIn.Id)).Status);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task A_moved_booking_takes_the_offices_current_length_for_the_topic()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, await FirstFreeAsync(store, office, Tuesday), "alice"))).Booking!;
        Assert.True((await store.Bookings.TryChangeTemplatesAsync(office.Id, [new(ConsultationTopic.Records, TimeSpan.FromMinutes(30))])).Applied);

        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, office.Id, await FirstFreeAsync(store, office, Thursday), "staff-1");

        Assert.Equal(BookingOutcome.Booked, moved.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(45), booking.Duration);
        Assert.Equal(TimeSpan.FromMinutes(30), moved.Booking!.Duration);
    }

    [Fact]
    public async Task Read_only_mode_refuses_a_move()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, await FirstFreeAsync(store, office, Tuesday), "alice"))).Booking!;
        var target = await FirstFreeAsync(store, office, Thursday);
        var switches = store.Services.GetRequiredService<KillSwitchStore>();
        await switches.SetAsync(KillSwitchNames.ReadOnly, true, "test", "test-admin");

        var moved = await store.Bookings.MoveByStaffAsync(booking.Id, office.Id, target, "staff-1");

        Assert.Equal(BookingOutcome.Refused, moved.Outcome);
        Assert.NotNull(moved.Error);
        Assert.Equal(BookingStatus.Booked, (await ReadAsync(store, booking.Id)).Status);
    }
}
