using Microsoft.EntityFrameworkCore;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>Office slot templates, office holidays and phone bookings on the real store.</summary>
public sealed class BookingStore_TemplatesHolidaysPhone
{
    private static readonly DateTimeOffset Now = Jst(2026, 11, 30, 10);
    private static readonly DateOnly Day = new(2026, 12, 9); // a Wednesday in the window

    private static BookingRequest Request(Office office, DateTimeOffset start, string holder, ConsultationTopic topic = ConsultationTopic.Records) =>
        new(office.Id, BoothMode.InPerson, start, topic, holder, Attendance.Self);

    private static PhoneBookingRequest Phone(Office office, DateTimeOffset start, string? linkedUserId = null, string phone = "09012345678",
        ConsultationTopic topic = ConsultationTopic.Records) =>
        new(office.Id, start, topic, PhoneCaller.Parse("電話 太郎", phone).Value, linkedUserId, Attendance.Self, "staff-1");

    [Fact]
    public async Task Free_slots_and_bookings_follow_the_office_template()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var other = await store.AddAsync(Office("T02", inPerson: 1, video: 0));
        var applied = await store.Bookings.TryChangeTemplatesAsync(office.Id, [new(ConsultationTopic.Records, TimeSpan.FromMinutes(30))]);
        Assert.True(applied.Applied);

        var slots = await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records, from: Day, to: Day);
        Assert.Equal(17, slots.Count);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(30), s.EndsAt - s.StartsAt));
        Assert.Equal(11, (await store.Bookings.FreeSlotsAsync(other.Id, ConsultationTopic.Records, from: Day, to: Day)).Count); // national 45
        var booked = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 9, 9), "alice"));
        Assert.Equal(BookingOutcome.Booked, booked.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(30), booked.Booking!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(30), (await store.Bookings.TopicsOfAsync(office.Id)).DurationOf(ConsultationTopic.Records));
    }

    [Fact]
    public async Task A_topic_not_offered_has_no_slots_and_cannot_be_booked()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        Assert.True((await store.Bookings.TryChangeTemplatesAsync(office.Id,
            [new(ConsultationTopic.Disability, TimeSpan.FromMinutes(60), Offered: false)])).Applied);

        Assert.Empty(await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Disability));
        var refused = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 9, 9), "alice", ConsultationTopic.Disability));
        Assert.Equal(BookingOutcome.Refused, refused.Outcome);
        Assert.Equal(BookingRules.TopicNotOffered, refused.Error);
    }

    [Fact]
    public async Task Stopping_a_topic_that_has_bookings_to_come_is_refused_with_the_bookings_and_nothing_is_saved()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 9, 10, 30), "alice", ConsultationTopic.Disability))).Booking!;

        var refused = await store.Bookings.TryChangeTemplatesAsync(office.Id,
        [
            new(ConsultationTopic.Records, TimeSpan.FromMinutes(30)),
            new(ConsultationTopic.Disability, TimeSpan.FromMinutes(60), Offered: false),
        ]);

        Assert.False(refused.Applied);
        Assert.Equal(CapacityRules.TemplateWouldDropBookings, refused.Error);
        Assert.Equal([booking.Id], refused.NoLongerFitting.Select(b => b.Id));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.OfficeSlotTemplates.CountAsync()); // not half-saved: the Records change is not kept either
        Assert.Equal(BookingStatus.Booked, (await db.Bookings.SingleAsync(b => b.Id == booking.Id)).Status);

        // A length change alone is applied: the booking keeps its booth time.
        Assert.True((await store.Bookings.TryChangeTemplatesAsync(office.Id, [new(ConsultationTopic.Disability, TimeSpan.FromMinutes(90))])).Applied);
        Assert.Equal(TimeSpan.FromMinutes(60), (await store.Bookings.ForHolderAsync("alice")).Single().Duration);
    }

    [Fact]
    public async Task An_invalid_template_length_is_refused_before_anything_is_saved()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var refused = await store.Bookings.TryChangeTemplatesAsync(office.Id, [new(ConsultationTopic.Records, TimeSpan.FromMinutes(20))]);
        Assert.Equal("template_length", refused.Error?.Code);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.OfficeSlotTemplates.CountAsync());
    }

    [Fact]
    public async Task An_office_holiday_closes_the_day_and_removing_it_opens_it_again()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        Assert.True((await store.Bookings.TryAddHolidayAsync(office.Id, Day, "庁舎点検")).Applied);
        Assert.Equal(BookingStore.HolidayExists, (await store.Bookings.TryAddHolidayAsync(office.Id, Day, "二回目")).Error);

        Assert.DoesNotContain(await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records), s => s.Date == Day);
        Assert.Null((await store.Bookings.DayAsync(office.Id, Day)).Hours);
        var refused = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 9, 10), "alice"));
        Assert.Equal(BookingRules.SlotNotOffered, refused.Error);

        var holiday = Assert.Single(await store.Bookings.HolidaysAsync(office.Id, Day.AddDays(-1)));
        Assert.Equal("庁舎点検", holiday.Reason);
        Assert.True(await store.Bookings.RemoveHolidayAsync(office.Id, holiday.Id));
        Assert.Contains(await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records), s => s.Date == Day);
    }

    [Fact]
    public async Task A_holiday_on_a_day_with_bookings_is_refused_with_the_bookings_and_nothing_is_dropped()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var other = await store.AddAsync(Office("T02", inPerson: 1, video: 0));
        var booking = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 9, 10), "alice"))).Booking!;

        var refused = await store.Bookings.TryAddHolidayAsync(office.Id, Day, "庁舎点検");
        Assert.False(refused.Applied);
        Assert.Equal(CapacityRules.HolidayHasBookings, refused.Error);
        Assert.Equal([booking.Id], refused.NoLongerFitting.Select(b => b.Id));
        Assert.Empty(await store.Bookings.HolidaysAsync(office.Id, Day.AddDays(-30)));
        Assert.Equal(BookingStatus.Booked, (await store.Bookings.ForHolderAsync("alice")).Single().Status);
        // Another office's bookings do not stand in the way; a removed other-office holiday id does nothing here.
        Assert.True((await store.Bookings.TryAddHolidayAsync(other.Id, Day, "庁舎点検")).Applied);
        var otherHoliday = Assert.Single(await store.Bookings.HolidaysAsync(other.Id, Day));
        Assert.False(await store.Bookings.RemoveHolidayAsync(office.Id, otherHoliday.Id));
    }

    [Fact]
    public async Task A_phone_booking_of_a_slot_just_taken_answers_just_taken_with_the_next_free_times()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(ConsultationStoreFixture.OneSlotATuesday());
        var tuesday = Jst(2026, 12, 8, 9);
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, tuesday, "alice"))).Outcome);

        var taken = await store.Bookings.TryBookByPhoneAsync(Phone(office, tuesday));

        Assert.Equal(BookingOutcome.JustTaken, taken.Outcome);
        Assert.Equal(BookingRules.SlotTaken, taken.Error);
        Assert.Equal(Jst(2026, 12, 15, 9), taken.NextFreeSlots.First().StartsAt);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task A_caller_without_an_account_is_booked_without_a_holder_and_held_to_the_limits_by_phone_number()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 2, video: 0));
        var booked = await store.Bookings.TryBookByPhoneAsync(Phone(office, Jst(2026, 12, 9, 10)));
        Assert.Equal(BookingOutcome.Booked, booked.Outcome);
        Assert.Null(booked.Booking!.HolderUserId);
        Assert.True(booked.Booking.BookedByPhone);

        // The same caller cannot hold two bookings that overlap, nor two of one topic …
        Assert.Equal(BookingRules.Overlap, (await store.Bookings.TryBookByPhoneAsync(Phone(office, Jst(2026, 12, 9, 10), topic: ConsultationTopic.Other))).Error);
        Assert.Equal(BookingRules.TopicAlreadyBooked, (await store.Bookings.TryBookByPhoneAsync(Phone(office, Jst(2026, 12, 10, 10)))).Error);
        // … but another caller can book the other booth at the same time.
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookByPhoneAsync(Phone(office, Jst(2026, 12, 9, 10), phone: "0311112222"))).Outcome);

        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Notices.CountAsync()); // no account, no inbox
        var day = await store.Bookings.DayAsync(office.Id, Day);
        Assert.Equal(2, day.Booths.Sum(c => c.Bookings.Count(b => b.BookedByPhone)));
        // Staff can cancel it like any booking (no notice to send).
        Assert.Null(await store.Bookings.CancelByStaffAsync(booked.Booking.Id));
    }

    [Fact]
    public async Task A_linked_phone_booking_belongs_to_the_account_and_sends_it_the_confirmation()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booked = await store.Bookings.TryBookByPhoneAsync(Phone(office, Jst(2026, 12, 9, 10), linkedUserId: "alice"));
        Assert.Equal(BookingOutcome.Booked, booked.Outcome);
        Assert.Equal(booked.Booking!.Id, Assert.Single(await store.Bookings.ForHolderAsync("alice")).Id);
        await using var db = await store.Contexts.CreateDbContextAsync();
        var notice = await db.Notices.SingleAsync();
        Assert.Equal("alice", notice.RecipientUserId);
        Assert.Equal(BookingNotices.Booked, notice.SubjectKey);
        // The account's own limits count it.
        Assert.Equal(BookingRules.TopicAlreadyBooked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 10, 10), "alice"))).Error);
    }
}
