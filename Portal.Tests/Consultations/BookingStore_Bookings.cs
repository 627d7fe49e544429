using Microsoft.EntityFrameworkCore;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>The booking store on a real SQLite file. "Now" is Monday 30 November 2026, 10:00 in Japan.</summary>
public sealed class BookingStore_Bookings
{
    private static readonly DateTimeOffset Now = Jst(2026, 11, 30, 10);

    private static BookingRequest Request(Office office, DateTimeOffset start, string holder = "alice",
        ConsultationTopic topic = ConsultationTopic.Records, BoothMode mode = BoothMode.InPerson, Attendance? attendance = null) =>
        new(office.Id, mode, start, topic, holder, attendance ?? Attendance.Self);

    [Fact]
    public async Task ABookingTakesAFreeBoothAndTheNextRequestTakesTheOther()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 2, video: 0));
        var start = Jst(2026, 12, 2, 10, 0);
        var first = await store.Bookings.TryBookAsync(Request(office, start, "alice"));
        var second = await store.Bookings.TryBookAsync(Request(office, start, "bob"));
        var third = await store.Bookings.TryBookAsync(Request(office, start, "carol"));
        Assert.Equal(BookingOutcome.Booked, first.Outcome);
        Assert.Equal(BookingOutcome.Booked, second.Outcome);
        Assert.NotEqual(first.Booking!.BoothId, second.Booking!.BoothId);
        Assert.Equal(BookingOutcome.JustTaken, third.Outcome);
        Assert.Equal(Jst(2026, 12, 2, 10, 45), third.NextFreeSlots[0].StartsAt);
        Assert.DoesNotContain((await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records)), s => s.StartsAt == start);
    }

    [Fact]
    public async Task CancellingFreesTheSlotForSomeoneElse()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(ConsultationStoreFixture.OneSlotATuesday());
        var start = Jst(2026, 12, 8, 9);
        var booked = await store.Bookings.TryBookAsync(Request(office, start, "alice"));
        Assert.Equal(BookingOutcome.JustTaken, (await store.Bookings.TryBookAsync(Request(office, start, "bob"))).Outcome);
        Assert.Equal("not_found", (await store.Bookings.CancelAsync(booked.Booking!.Id, "bob"))!.Code);
        Assert.Null(await store.Bookings.CancelAsync(booked.Booking.Id, "alice"));
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, start, "bob"))).Outcome);
        var alice = await store.Bookings.ForHolderAsync("alice");
        Assert.Equal(BookingStatus.Cancelled, Assert.Single(alice).Status);
    }

    [Fact]
    public async Task CancelAfterThePreviousWorkingDayIsRefused()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office());
        var booked = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10)));
        store.Clock.Now = Jst(2026, 12, 2, 8);
        Assert.Equal("deadline", (await store.Bookings.CancelAsync(booked.Booking!.Id, "alice"))!.Code);
    }

    [Fact]
    public async Task TheHoldersLimitsAreEnforced()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 3, video: 0));
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), topic: ConsultationTopic.Records))).Outcome);
        var sameTopic = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 3, 10), topic: ConsultationTopic.Records));
        Assert.Equal("topic_booked", sameTopic.Error!.Code);
        var overlap = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), topic: ConsultationTopic.OldAgeClaim));
        Assert.Equal("overlap", overlap.Error!.Code);
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 3, 10), topic: ConsultationTopic.OldAgeClaim))).Outcome);
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 4, 10), topic: ConsultationTopic.Other))).Outcome);
        var fourth = await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 7, 10), topic: ConsultationTopic.ExemptionAndPayment));
        Assert.Equal(BookingOutcome.Refused, fourth.Outcome);
        Assert.Equal("too_many", fourth.Error!.Code);
        Assert.Equal("slot_not_offered", (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 5, 10), "bob"))).Error!.Code); // Saturday
        Assert.Equal("slot_not_offered", (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), "bob", mode: BoothMode.Video))).Error!.Code);
        Assert.Equal("outside_window", (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 11, 30, 15), "bob"))).Error!.Code);
    }

    [Fact]
    public async Task AChangeMovesTheBookingInOneStep()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(ConsultationStoreFixture.OneSlotATuesday());
        var old = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 8, 9)))).Booking!;
        var moved = await store.Bookings.ChangeAsync(old.Id, Request(office, Jst(2026, 12, 15, 9)));
        Assert.Equal(BookingOutcome.Booked, moved.Outcome); // not refused as "topic already booked"
        var mine = await store.Bookings.ForHolderAsync("alice");
        Assert.Equal(CancellationReason.Changed, mine.Single(b => b.Id == old.Id).CancellationReason);
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 8, 9), "bob"))).Outcome);
        Assert.Equal("not_yours", (await store.Bookings.ChangeAsync(moved.Booking!.Id, Request(office, Jst(2026, 12, 22, 9), "bob"))).Error!.Code);
    }

    [Fact]
    public async Task TheDatabaseRefusesTwoActiveBookingsOfOneBoothAndStart()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var slot = Slot(office, Jst(2026, 12, 2, 10));
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            db.Bookings.Add(Booking.Create(Guid.NewGuid(), slot, ConsultationTopic.Records, "alice", Attendance.Self, Now));
            await db.SaveChangesAsync();
        }
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            db.Bookings.Add(Booking.Create(Guid.NewGuid(), slot, ConsultationTopic.Records, "bob", Attendance.Self, Now));
            var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(BookingStore.IsUniqueViolation(e));
        }
        // A cancelled booking does not hold the booth: the index is filtered.
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            var first = await db.Bookings.SingleAsync();
            first.CancelByCitizen(Now);
            await db.SaveChangesAsync();
            db.Bookings.Add(Booking.Create(Guid.NewGuid(), slot, ConsultationTopic.Records, "bob", Attendance.Self, Now));
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task TheDatabaseRefusesOverlappingBlocksOfDifferentLengths()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        var booth = office.Booths[0].Id;
        await using var db = await store.Contexts.CreateDbContextAsync();
        var survivors = Booking.Create(Guid.NewGuid(), Slot(office, Jst(2026, 12, 2, 9, 30), 60), ConsultationTopic.Survivors, "alice", Attendance.Self, Now);
        db.Bookings.Add(survivors);
        for (var t = survivors.StartsAt; t < survivors.EndsAt; t += TopicCatalogue.Block) db.BoothBlocks.Add(new BoothBlock(booth, t, survivors.Id));
        await db.SaveChangesAsync();
        await using var other = await store.Contexts.CreateDbContextAsync();
        var records = Booking.Create(Guid.NewGuid(), Slot(office, Jst(2026, 12, 2, 9, 15)), ConsultationTopic.Records, "bob", Attendance.Self, Now);
        other.Bookings.Add(records);
        for (var t = records.StartsAt; t < records.EndsAt; t += TopicCatalogue.Block) other.BoothBlocks.Add(new BoothBlock(booth, t, records.Id));
        var e = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        Assert.True(BookingStore.IsUniqueViolation(e));
    }

    [Fact]
    public async Task TopicsOfDifferentLengthsShareABoothWithoutOverlap()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 0));
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 9, 30), "alice", ConsultationTopic.Survivors))).Outcome);
        var records = await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records, from: new DateOnly(2026, 12, 2), to: new DateOnly(2026, 12, 2));
        Assert.Equal(new[] { "08:30", "10:45", "11:30" }, records.Take(3).Select(s => s.StartsAt.ToOffset(TimeSpan.FromHours(9)).ToString("HH:mm")));
        Assert.Equal("slot_not_offered", (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 9, 45), "bob"))).Error!.Code);
        Assert.Equal(BookingOutcome.JustTaken, (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10, 0), "bob"))).Outcome);
    }

    [Fact]
    public async Task StaffDayListCheckInAndNoShow()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 2, video: 1));
        var a = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), "alice"))).Booking!;
        var b = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), "bob"))).Booking!;
        var c = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 13), "carol", mode: BoothMode.Video))).Booking!;

        var day = await store.Bookings.DayAsync(office.Id, new DateOnly(2026, 12, 2));
        Assert.Equal(3, day.Booths.Count);
        Assert.Equal(3, day.Booths.Sum(x => x.Bookings.Count));
        Assert.NotNull(day.Hours);
        var week = await store.Bookings.WeekAsync(office.Id, new DateOnly(2026, 11, 30));
        Assert.Equal(7, week.Count);
        Assert.Null(week[5].Hours); // Saturday

        Assert.Equal("not_today", (await store.Bookings.CheckInAsync(a.Id))!.Code);
        store.Clock.Now = Jst(2026, 12, 2, 9, 50);
        Assert.Null(await store.Bookings.CheckInAsync(a.Id));
        Assert.Equal("too_early", (await store.Bookings.MarkNoShowAsync(b.Id))!.Code);
        store.Clock.Now = Jst(2026, 12, 2, 10, 20);
        Assert.Null(await store.Bookings.MarkNoShowAsync(b.Id));
        Assert.Null(await store.Bookings.CompleteAsync(a.Id));
        var statuses = (await store.Bookings.DayAsync(office.Id, new DateOnly(2026, 12, 2))).Booths.SelectMany(x => x.Bookings)
            .ToDictionary(x => x.Id, x => x.Status);
        Assert.Equal(BookingStatus.Completed, statuses[a.Id]);
        Assert.Equal(BookingStatus.NoShow, statuses[b.Id]);
        Assert.Equal(BookingStatus.Booked, statuses[c.Id]);

        var figures = await store.Bookings.FiguresAsync(office.Id, new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2));
        Assert.Equal(1, figures.BookedVisits);
        Assert.Equal(1, figures.NoShows);
        Assert.Equal(TimeSpan.FromMinutes(3 * 45), figures.BookedBoothTime);
    }

    [Fact]
    public async Task OnlyTheBookedUserJoinsTheVideoAroundTheSlot()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 1, video: 1));
        var booking = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), "alice", mode: BoothMode.Video))).Booking!;
        var token = booking.VideoJoinToken!;
        Assert.Equal("too_early", (await store.Bookings.JoinVideoAsync(token, "alice")).Error!.Code);
        store.Clock.Now = Jst(2026, 12, 2, 9, 50);
        Assert.Equal(booking.Id, (await store.Bookings.JoinVideoAsync(token, "alice")).Booking!.Id);
        Assert.Equal("not_yours", (await store.Bookings.JoinVideoAsync(token, "bob")).Error!.Code);
        Assert.Equal("invalid_link", (await store.Bookings.JoinVideoAsync("nope", "alice")).Error!.Code);
        store.Clock.Now = Jst(2026, 12, 2, 11, 1);
        Assert.Equal("expired", (await store.Bookings.JoinVideoAsync(token, "alice")).Error!.Code);
    }

    [Fact]
    public async Task DayBeforeRemindersAreListedAndMarkedOnce()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 2, video: 0));
        var tomorrow = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 1, 10), "alice"))).Booking!;
        var later = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 10), "bob"))).Booking!;
        var cancelled = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 1, 10, 45), "carol"))).Booking!;
        await store.Bookings.CancelAsync(cancelled.Id, "carol");

        var due = await store.Bookings.DueDayBeforeRemindersAsync();
        Assert.Equal(tomorrow.Id, Assert.Single(due).Id);
        Assert.True(await store.Bookings.MarkDayBeforeReminderSentAsync(tomorrow.Id));
        Assert.False(await store.Bookings.MarkDayBeforeReminderSentAsync(tomorrow.Id));
        Assert.Empty(await store.Bookings.DueDayBeforeRemindersAsync());
        store.Clock.Now = Jst(2026, 12, 1, 9);
        Assert.Equal(later.Id, Assert.Single(await store.Bookings.DueDayBeforeRemindersAsync()).Id);
    }

    [Fact]
    public async Task ThreeDayRemindersAreSeparateAndSkippedWhenTooLate()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now); // Monday 30 November
        var office = await store.AddAsync(Office(inPerson: 2, video: 0));
        var thursday = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 3, 10), "alice"))).Booking!;
        var tuesday = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 1, 10), "bob"))).Booking!;
        await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 7, 10), "carol"));

        Assert.Equal(thursday.Id, Assert.Single(await store.Bookings.DueRemindersAsync(ReminderKind.ThreeDaysBefore)).Id);
        Assert.Equal(tuesday.Id, Assert.Single(await store.Bookings.DueRemindersAsync(ReminderKind.DayBefore)).Id);
        Assert.True(await store.Bookings.MarkReminderSentAsync(thursday.Id, ReminderKind.ThreeDaysBefore));
        Assert.False(await store.Bookings.MarkReminderSentAsync(thursday.Id, ReminderKind.ThreeDaysBefore));
        Assert.Empty(await store.Bookings.DueRemindersAsync(ReminderKind.ThreeDaysBefore));
        store.Clock.Now = Jst(2026, 12, 2, 9);
        Assert.Contains(await store.Bookings.DueRemindersAsync(ReminderKind.DayBefore), b => b.Id == thursday.Id);
    }
}
