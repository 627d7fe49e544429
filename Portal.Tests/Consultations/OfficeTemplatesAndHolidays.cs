using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>An office's own slot templates and holidays in the pure domain: slot generation, booking rules, the no-drop rule.</summary>
public sealed class OfficeTemplatesAndHolidays
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly DateTimeOffset Now = Jst(2026, 11, 16, 10);

    private static OfficeSlotTemplate Template(Office office, ConsultationTopic topic, int minutes, bool offered = true) =>
        OfficeSlotTemplate.Create(office.Id, topic, minutes, offered).Value;

    [Fact]
    public void An_office_template_overrides_the_national_length_and_slot_generation_follows_it()
    {
        var office = Office(inPerson: 1, video: 0);
        var topics = TopicCatalogue.Default.WithOfficeTemplates([Template(office, ConsultationTopic.Records, 30)]);

        Assert.Equal(TimeSpan.FromMinutes(30), topics.DurationOf(ConsultationTopic.Records));
        Assert.Equal(TimeSpan.FromMinutes(45), topics.DurationOf(ConsultationTopic.OldAgeClaim)); // no template: national default
        Assert.Equal(TimeSpan.FromMinutes(60), topics.DurationOf(ConsultationTopic.Disability));
        var slots = SlotGenerator.FreeSlots(OfficeSchedule.Of(office), topics.DurationOf(ConsultationTopic.Records), Tuesday, Tuesday, []);
        Assert.Equal(17, slots.Count); // 8:30, 9:00 … 16:30 (17:00 would end after 17:15)
        Assert.Equal(Jst(2026, 11, 24, 8, 30), slots[0].StartsAt);
        Assert.Equal(Jst(2026, 11, 24, 9, 0), slots[1].StartsAt);
        Assert.Equal(Jst(2026, 11, 24, 16, 30), slots[^1].StartsAt);
    }

    [Fact]
    public void A_topic_the_office_does_not_offer_cannot_be_booked_there()
    {
        var office = Office(inPerson: 1, video: 0);
        var topics = TopicCatalogue.Default.WithOfficeTemplates([Template(office, ConsultationTopic.Disability, 60, offered: false)]);
        Assert.False(topics.IsOffered(ConsultationTopic.Disability));
        Assert.True(topics.IsOffered(ConsultationTopic.Records));
        Assert.True(TopicCatalogue.Default.IsOffered(ConsultationTopic.Disability));

        var slot = Slot(office, Jst(2026, 11, 24, 10), 60);
        Assert.Equal(BookingRules.TopicNotOffered, BookingRules.CheckNew(slot, ConsultationTopic.Disability, [], Now, topics: topics));
        Assert.Null(BookingRules.CheckNew(slot, ConsultationTopic.Disability, [], Now));
    }

    [Fact]
    public void The_booking_rules_check_the_office_length_not_the_national_one()
    {
        var office = Office(inPerson: 1, video: 0);
        var topics = TopicCatalogue.Default.WithOfficeTemplates([Template(office, ConsultationTopic.Records, 30)]);
        Assert.Null(BookingRules.CheckNew(Slot(office, Jst(2026, 11, 24, 9), 30), ConsultationTopic.Records, [], Now, topics: topics));
        Assert.Equal(BookingRules.WrongDuration,
            BookingRules.CheckNew(Slot(office, Jst(2026, 11, 24, 9), 45), ConsultationTopic.Records, [], Now, topics: topics));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(195)]
    [InlineData(-15)]
    public void A_template_length_must_be_whole_quarter_hours_from_15_to_180_minutes(int minutes)
    {
        var result = OfficeSlotTemplate.Create(Guid.NewGuid(), ConsultationTopic.Records, minutes, true);
        Assert.Equal("template_length", result.Error?.Code);
        Assert.Equal("Consultations.Template.LengthInvalid", result.Error?.MessageKey);
    }

    [Fact]
    public void An_office_holiday_closes_the_day_in_slot_generation()
    {
        var office = Office(inPerson: 1, video: 0);
        var schedule = OfficeSchedule.Of(office, closedDates: null, officeHolidays: [Tuesday]);
        Assert.Null(schedule.HoursOn(Tuesday));
        Assert.NotNull(schedule.HoursOn(Tuesday.AddDays(1)));
        var slots = SlotGenerator.FreeSlots(schedule, TimeSpan.FromMinutes(45), Tuesday, Tuesday.AddDays(1), []);
        Assert.DoesNotContain(slots, s => s.Date == Tuesday);
        Assert.Contains(slots, s => s.Date == Tuesday.AddDays(1));
    }

    [Fact]
    public void An_office_holiday_needs_a_reason_and_a_future_date()
    {
        var office = Guid.NewGuid();
        Assert.Equal("holiday_reason", OfficeHoliday.Create(office, Tuesday, "  ", Now).Error?.Code);
        Assert.Equal("holiday_reason", OfficeHoliday.Create(office, Tuesday, new string('x', 201), Now).Error?.Code);
        Assert.Equal("holiday_past", OfficeHoliday.Create(office, new DateOnly(2026, 11, 16), "研修", Now).Error?.Code);
        var ok = OfficeHoliday.Create(office, Tuesday, " 庁舎点検 ", Now);
        Assert.True(ok.IsValid);
        Assert.Equal("庁舎点検", ok.Value.Reason);
    }

    [Fact]
    public void Stopping_a_topic_with_bookings_to_come_would_drop_them_and_is_listed()
    {
        var office = Office(inPerson: 1, video: 0);
        var disability = Booked(office, Jst(2026, 11, 24, 10), ConsultationTopic.Disability, bookedAt: Now.AddDays(-1));
        var records = Booked(office, Jst(2026, 11, 24, 14), ConsultationTopic.Records, bookedAt: Now.AddDays(-1));
        var past = Booked(office, Jst(2026, 11, 13, 10), ConsultationTopic.Disability, bookedAt: Now.AddDays(-10));
        var schedule = OfficeSchedule.Of(office);

        var notOffered = TopicCatalogue.Default.WithOfficeTemplates([Template(office, ConsultationTopic.Disability, 60, offered: false)]);
        Assert.Equal([disability.Id], CapacityRules.NoLongerFitting(schedule, notOffered, [disability, records, past], Now).Select(b => b.Id));

        // A length change alone drops nothing: the booking keeps the booth time it was booked with.
        var longer = TopicCatalogue.Default.WithOfficeTemplates([Template(office, ConsultationTopic.Records, 90)]);
        Assert.Empty(CapacityRules.NoLongerFitting(schedule, longer, [disability, records], Now));
    }

    [Fact]
    public void A_holiday_on_a_day_with_bookings_would_drop_them_and_is_listed()
    {
        var office = Office(inPerson: 2, video: 0);
        var onTheDay = Booked(office, Jst(2026, 11, 24, 10), bookedAt: Now.AddDays(-1));
        var nextDay = Booked(office, Jst(2026, 11, 25, 10), bookedAt: Now.AddDays(-1));
        var cancelled = Booked(office, Jst(2026, 11, 24, 11), bookedAt: Now.AddDays(-1));
        Assert.Null(cancelled.CancelByCitizen(Now));

        var withHoliday = OfficeSchedule.Of(office, officeHolidays: [Tuesday]);
        Assert.Equal([onTheDay.Id],
            CapacityRules.NoLongerFitting(withHoliday, TopicCatalogue.Default, [onTheDay, nextDay, cancelled], Now).Select(b => b.Id));
        Assert.Empty(CapacityRules.NoLongerFitting(withHoliday, TopicCatalogue.Default, [nextDay, cancelled], Now));
    }

    [Fact]
    public void A_phone_caller_needs_a_name_and_a_number_to_call_back()
    {
        Assert.Equal("caller_name", PhoneCaller.Parse(" ", "03-1234-5678").Error?.Code);
        Assert.Equal("caller_phone", PhoneCaller.Parse("山田 花子", "12345").Error?.Code);
        Assert.Equal("caller_phone", PhoneCaller.Parse("山田 花子", "03-1234-567x").Error?.Code);
        var ok = PhoneCaller.Parse(" 山田 花子 ", "090-1234-5678");
        Assert.Equal("山田 花子", ok.Value.Name);
        Assert.Equal("09012345678", ok.Value.Phone);
        // A form gets every error at once, so each shows next to its field.
        Assert.Equal([PhoneCaller.NameRequired, PhoneCaller.PhoneInvalid], PhoneCaller.Check("", "12"));
        Assert.Empty(PhoneCaller.Check("山田 花子", "03-1234-5678"));
    }

    [Fact]
    public void A_phone_booking_without_an_account_has_no_holder_and_no_video_join()
    {
        var office = Office(inPerson: 1, video: 0);
        var caller = PhoneCaller.Parse("山田 花子", "09012345678").Value;
        var booking = Booking.CreateByPhone(Guid.NewGuid(), Slot(office, Jst(2026, 11, 24, 10)), ConsultationTopic.Records, caller, null,
            Attendance.Self, "staff-1", Now);
        Assert.Null(booking.HolderUserId);
        Assert.True(booking.BookedByPhone);
        Assert.Equal("09012345678", booking.CallerPhone);
        Assert.Equal("staff-1", booking.BookedByStaffUserId);
        var linked = Booking.CreateByPhone(Guid.NewGuid(), Slot(office, Jst(2026, 11, 24, 11)), ConsultationTopic.Records, caller, "user-9",
            Attendance.Self, "staff-1", Now);
        Assert.Equal("user-9", linked.HolderUserId);
    }
}
