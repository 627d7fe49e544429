using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

public sealed class SlotGenerator_FreeSlots
{
    private static readonly TimeSpan Min45 = TimeSpan.FromMinutes(45);
    private static readonly TimeSpan Min60 = TimeSpan.FromMinutes(60);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Fact]
    public void FortyFiveMinuteSlotsStartAtOpeningAndEndByClosing()
    {
        var office = Office(inPerson: 1, video: 0);
        var slots = SlotGenerator.FreeSlots(OfficeSchedule.Of(office), Min45, Tuesday, Tuesday, []);
        Assert.Equal(11, slots.Count);
        Assert.Equal(Jst(2026, 11, 24, 8, 30), slots[0].StartsAt);
        Assert.Equal(Jst(2026, 11, 24, 16, 0), slots[^1].StartsAt);
        Assert.Equal(Jst(2026, 11, 24, 16, 45), slots[^1].EndsAt);
    }

    [Fact]
    public void DisabilityAndSurvivorsGetSixtyMinutes()
    {
        Assert.Equal(Min60, TopicCatalogue.Default.DurationOf(ConsultationTopic.Disability));
        Assert.Equal(Min60, TopicCatalogue.Default.DurationOf(ConsultationTopic.Survivors));
        Assert.All(new[] { ConsultationTopic.OldAgeClaim, ConsultationTopic.ExemptionAndPayment, ConsultationTopic.Records, ConsultationTopic.Other },
            t => Assert.Equal(Min45, TopicCatalogue.Default.DurationOf(t)));
        var slots = SlotGenerator.FreeSlots(OfficeSchedule.Of(Office(inPerson: 1, video: 0)), Min60, Tuesday, Tuesday, []);
        Assert.Equal(8, slots.Count); // 8:30 … 15:30; 16:30 would end after 17:15
        Assert.Equal(Jst(2026, 11, 24, 16, 30), slots[^1].EndsAt);
    }

    [Fact]
    public void EveryBoothGivesItsOwnSlotsAndTheModeFilters()
    {
        var schedule = OfficeSchedule.Of(Office(inPerson: 3, video: 2));
        Assert.Equal(5 * 11, SlotGenerator.FreeSlots(schedule, Min45, Tuesday, Tuesday, []).Count);
        Assert.Equal(2 * 11, SlotGenerator.FreeSlots(schedule, Min45, Tuesday, Tuesday, [], BoothMode.Video).Count);
        var offered = SlotGenerator.Offer(SlotGenerator.FreeSlots(schedule, Min45, Tuesday, Tuesday, [], BoothMode.InPerson));
        Assert.Equal(11, offered.Count);
        Assert.All(offered, o => Assert.Equal(3, o.FreeBooths));
    }

    [Fact]
    public void VideoSlotsOnlyWhereTheOfficeOffersVideo()
    {
        var office = new Office(Guid.NewGuid(), "NV", "名", "Name", "東京都", "区", "100-0001", "住所", offersVideo: false);
        office.Booths.Add(new Booth(Guid.NewGuid(), office.Id, "ビデオ1", BoothMode.Video));
        office.OpeningHours.Add(new OpeningHours(office.Id, DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0)));
        Assert.Empty(SlotGenerator.FreeSlots(OfficeSchedule.Of(office), Min45, Tuesday, Tuesday, []));
    }

    [Fact]
    public void HolidaysWeekendsAndClosuresHaveNoSlots()
    {
        var office = Office(inPerson: 1, video: 0, saturday: true);
        var closed = new DateOnly(2026, 11, 26);
        var schedule = OfficeSchedule.Of(office, [closed]);
        var slots = SlotGenerator.FreeSlots(schedule, Min45, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 29), []);
        var days = slots.Select(s => s.Date).Distinct().ToList();
        // Sat 21 (Saturday hours), Sun 22 closed, Mon 23 holiday, Tue 24, Wed 25, Thu 26 closed, Fri 27, Sat 28, Sun 29 closed.
        Assert.Equal(new[] { 21, 24, 25, 27, 28 }, days.Select(d => d.Day));
        Assert.Equal(8, slots.Count(s => s.Date.Day == 21)); // 9:30–16:00: 9:30 … 15:00
    }

    [Fact]
    public void TheYearEndBreakIsClosed()
    {
        var slots = SlotGenerator.FreeSlots(OfficeSchedule.Of(Office(inPerson: 1, video: 0)), Min45,
            new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 5), []);
        Assert.Equal(new[] { new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5) }, slots.Select(s => s.Date).Distinct());
    }

    [Fact]
    public void ABookingOfAnotherLengthBlocksEveryOverlappingSlot()
    {
        var office = Office(inPerson: 1, video: 0);
        var booth = office.Booths[0].Id;
        // A 60-minute survivors' booking 9:30–10:30 overlaps the 45-minute slots 9:15 and 10:00.
        var busy = new[] { new BoothBusy(booth, Jst(2026, 11, 24, 9, 30), Jst(2026, 11, 24, 10, 30)) };
        var slots = SlotGenerator.FreeSlots(OfficeSchedule.Of(office), Min45, Tuesday, Tuesday, busy);
        Assert.DoesNotContain(slots, s => s.StartsAt == Jst(2026, 11, 24, 9, 15));
        Assert.DoesNotContain(slots, s => s.StartsAt == Jst(2026, 11, 24, 10, 0));
        Assert.Contains(slots, s => s.StartsAt == Jst(2026, 11, 24, 8, 30));
        Assert.Contains(slots, s => s.StartsAt == Jst(2026, 11, 24, 10, 45));
        Assert.Equal(9, slots.Count);
    }

    [Fact]
    public void TheWindowRunsFromTheFirstDayStillBookableByThePreviousWorkingDayToThirtyDays()
    {
        // Monday 23 November 2026 is a holiday: Tuesday's previous working day (Friday 20th) has passed.
        var (first, last) = SlotGenerator.BookingWindow(Jst(2026, 11, 23, 10), BookingPolicy.Default);
        Assert.Equal(new DateOnly(2026, 11, 25), first);
        Assert.Equal(new DateOnly(2026, 12, 23), last);
        // On a Friday, Saturday and Monday are still bookable (their previous working day is today).
        Assert.Equal(new DateOnly(2026, 11, 21), SlotGenerator.BookingWindow(Jst(2026, 11, 20, 16), BookingPolicy.Default).First);
        // Late at night in Japan is already the next day (UTC 15:30 on the 24th is 00:30 on the 25th in Japan).
        Assert.Equal(new DateOnly(2026, 11, 26), SlotGenerator.BookingWindow(new DateTimeOffset(2026, 11, 24, 15, 30, 0, TimeSpan.Zero), BookingPolicy.Default).First);
        Assert.Equal(new DateOnly(2026, 12, 9), SlotGenerator.BookingWindow(Jst(2026, 11, 24), new BookingPolicy { HorizonDays = 15 }).Last);
    }

    [Fact]
    public void TopicLengthsMustBeWholeBlocks()
    {
        Assert.Throws<ArgumentException>(() => new TopicCatalogue(
            Enum.GetValues<ConsultationTopic>().Select(t => new TopicDefinition(t, TimeSpan.FromMinutes(50)))));
        Assert.Throws<ArgumentException>(() => new TopicCatalogue([new TopicDefinition(ConsultationTopic.Records, Min45)]));
    }

    [Fact]
    public void ACapacityChangeThatRemovesABoothOrShortensHoursNoLongerFitsItsBookings()
    {
        var office = Office(inPerson: 2, video: 0);
        var schedule = OfficeSchedule.Of(office);
        var booth = office.Booths[1].Id;
        var late = (Jst(2026, 11, 24, 16, 0), Jst(2026, 11, 24, 16, 45));
        Assert.True(SlotGenerator.Fits(schedule, booth, late.Item1, late.Item2));
        var fewerBooths = schedule with { Booths = schedule.Booths.Take(1).ToList() };
        Assert.False(SlotGenerator.Fits(fewerBooths, booth, late.Item1, late.Item2));
        var shorter = schedule with { Hours = schedule.Hours.Select(h => h with { Closes = new TimeOnly(16, 30) }).ToList() };
        Assert.False(SlotGenerator.Fits(shorter, booth, late.Item1, late.Item2));
        var closed = schedule with { ClosedDates = new HashSet<DateOnly> { new(2026, 11, 24) } };
        Assert.False(SlotGenerator.Fits(closed, booth, late.Item1, late.Item2));
    }
}
