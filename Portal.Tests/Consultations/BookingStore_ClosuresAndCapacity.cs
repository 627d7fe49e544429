using Microsoft.EntityFrameworkCore;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

public sealed class BookingStore_ClosuresAndCapacity
{
    private static readonly DateTimeOffset Now = Jst(2026, 11, 30, 10);

    private static BookingRequest Request(Office office, DateTimeOffset start, string holder, BoothMode mode = BoothMode.InPerson) =>
        new(office.Id, mode, start, ConsultationTopic.Records, holder, Attendance.Self);

    [Fact]
    public async Task ClosingASiteCancelsItsBookingsAndOffersTheNearestAlternatives()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var closed = await store.AddAsync(Office("C01", inPerson: 1, video: 0, postcode: "100-0001"));
        var near = await store.AddAsync(Office("C02", inPerson: 1, video: 0, postcode: "101-0001"));
        await store.AddAsync(Office("C03", inPerson: 1, video: 0, postcode: "900-0001", prefecture: "沖縄県"));
        var video = await store.AddAsync(Office("C04", inPerson: 0, video: 1, postcode: "980-0001", prefecture: "宮城県"));
        var day = new DateOnly(2026, 12, 9);
        var a = (await store.Bookings.TryBookAsync(Request(closed, Jst(2026, 12, 9, 10), "alice"))).Booking!;
        var b = (await store.Bookings.TryBookAsync(Request(closed, Jst(2026, 12, 9, 14, 30), "bob"))).Booking!;

        var offers = await store.Bookings.CloseOfficeAsync(closed.Id, day, "停電", nearbyOffices: 1);

        Assert.Equal(new[] { a.Id, b.Id }, offers.Select(o => o.BookingId));
        var first = offers[0].Alternatives;
        Assert.Equal(new[] { AlternativeKind.SameOffice, AlternativeKind.SameOffice, AlternativeKind.NearbyOffice, AlternativeKind.NearbyOffice,
            AlternativeKind.Video, AlternativeKind.Video }, first.Select(x => x.Kind));
        Assert.All(first.Where(x => x.Kind == AlternativeKind.SameOffice), x => Assert.Equal(closed.Id, x.Slot.OfficeId));
        Assert.Equal(new[] { new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 10) },
            first.Where(x => x.Kind == AlternativeKind.SameOffice).Select(x => x.Slot.Date).Order());
        Assert.All(first.Where(x => x.Kind == AlternativeKind.NearbyOffice), x => Assert.Equal(near.Id, x.Slot.OfficeId));
        Assert.Equal(Jst(2026, 12, 9, 10), first.First(x => x.Kind == AlternativeKind.NearbyOffice).Slot.StartsAt);
        Assert.All(first.Where(x => x.Kind == AlternativeKind.Video), x => Assert.Equal(video.Id, x.Slot.OfficeId));

        var mine = await store.Bookings.ForHolderAsync("alice");
        Assert.Equal(CancellationReason.SiteClosed, Assert.Single(mine).CancellationReason);
        Assert.DoesNotContain(await store.Bookings.FreeSlotsAsync(closed.Id, ConsultationTopic.Records), s => s.Date == day);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.BoothBlocks.CountAsync(x => x.BookingId == a.Id || x.BookingId == b.Id));
        Assert.Equal(1, await db.OfficeClosures.CountAsync(c => c.OfficeId == closed.Id && c.Date == day));
        // The citizen takes an offered alternative like any booking.
        var pick = first[2].Slot;
        Assert.Equal(BookingOutcome.Booked, (await store.Bookings.TryBookAsync(new BookingRequest(pick.OfficeId, pick.Mode, pick.StartsAt,
            ConsultationTopic.Records, "alice", Attendance.Self))).Outcome);
    }

    [Fact]
    public async Task ClosingASiteOffersNoAlternativeAtAnOfficeThatNoLongerOffersTheTopic()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var closed = await store.AddAsync(Office("C01", inPerson: 1, video: 0, postcode: "100-0001"));
        var stopped = await store.AddAsync(Office("C02", inPerson: 1, video: 1, postcode: "101-0001"));
        var shorter = await store.AddAsync(Office("C03", inPerson: 1, video: 0, postcode: "102-0001"));
        Assert.True((await store.Bookings.TryChangeTemplatesAsync(stopped.Id, [new(ConsultationTopic.Records, TimeSpan.FromMinutes(45), Offered: false)])).Applied);
        Assert.True((await store.Bookings.TryChangeTemplatesAsync(shorter.Id, [new(ConsultationTopic.Records, TimeSpan.FromMinutes(30))])).Applied);
        var a = (await store.Bookings.TryBookAsync(Request(closed, Jst(2026, 12, 9, 10), "alice"))).Booking!;

        var offers = await store.Bookings.CloseOfficeAsync(closed.Id, new DateOnly(2026, 12, 9), "停電", nearbyOffices: 2);

        var alternatives = Assert.Single(offers).Alternatives;
        Assert.NotEmpty(alternatives);
        Assert.DoesNotContain(alternatives, x => x.Slot.OfficeId == stopped.Id); // neither in person nor by video
        var nearby = alternatives.Where(x => x.Kind == AlternativeKind.NearbyOffice).ToList();
        Assert.NotEmpty(nearby);
        Assert.All(nearby, x => Assert.Equal(shorter.Id, x.Slot.OfficeId));
        Assert.All(nearby, x => Assert.Equal(TimeSpan.FromMinutes(30), x.Slot.EndsAt - x.Slot.StartsAt));
        // Every alternative offered can be booked as offered.
        foreach (var pick in alternatives.Select(x => x.Slot))
        {
            var attempt = await store.Bookings.TryBookAsync(new BookingRequest(pick.OfficeId, pick.Mode, pick.StartsAt, ConsultationTopic.Records, "alice", Attendance.Self));
            Assert.Equal(BookingOutcome.Booked, attempt.Outcome);
            Assert.Equal(pick.EndsAt, attempt.Booking!.EndsAt);
            Assert.Null(await store.Bookings.CancelByStaffAsync(attempt.Booking.Id));
        }
    }

    [Fact]
    public async Task ClosingADayWithoutBookingsOnlyRecordsTheClosure()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office());
        Assert.Empty(await store.Bookings.CloseOfficeAsync(office.Id, new DateOnly(2026, 12, 10), "研修"));
        Assert.Empty(await store.Bookings.CloseOfficeAsync(office.Id, new DateOnly(2026, 12, 10), "研修")); // twice: still one closure
        Assert.DoesNotContain(await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records), s => s.Date == new DateOnly(2026, 12, 10));
    }

    [Fact]
    public async Task ACapacityChangeNeverSilentlyDropsABooking()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Now);
        var office = await store.AddAsync(Office(inPerson: 3, video: 0));
        var early = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 16, 0), "alice"))).Booking!;
        var late = (await store.Bookings.TryBookAsync(Request(office, Jst(2026, 12, 2, 16, 0), "bob"))).Booking!;
        var second = late.BoothId;

        var refused = await store.Bookings.TryChangeCapacityAsync(office.Id, o => o.Booths.RemoveAll(b => b.Id == second));
        Assert.False(refused.Applied);
        Assert.Equal("bookings_dropped", refused.Error!.Code);
        Assert.Equal(late.Id, Assert.Single(refused.NoLongerFitting).Id);
        await using (var db = await store.Contexts.CreateDbContextAsync())
            Assert.Equal(3, await db.Booths.CountAsync(b => b.OfficeId == office.Id));

        var shorter = await store.Bookings.TryChangeCapacityAsync(office.Id, o =>
        {
            var wednesday = o.OpeningHours.Single(h => h.Day == DayOfWeek.Wednesday);
            o.OpeningHours.Remove(wednesday);
            o.OpeningHours.Add(new OpeningHours(o.Id, DayOfWeek.Wednesday, new TimeOnly(8, 30), new TimeOnly(12, 0)));
        });
        Assert.Equal(2, shorter.NoLongerFitting.Count);
        await using (var db = await store.Contexts.CreateDbContextAsync())
            Assert.Equal(3, await db.Booths.CountAsync(b => b.OfficeId == office.Id));

        // Once the booking is cancelled (or moved) the hours can change; a booth never booked can go.
        Assert.Null(await store.Bookings.CancelByStaffAsync(late.Id));
        Assert.Null(await store.Bookings.CancelByStaffAsync(early.Id));
        Assert.True((await store.Bookings.TryChangeCapacityAsync(office.Id, o =>
        {
            var wednesday = o.OpeningHours.Single(h => h.Day == DayOfWeek.Wednesday);
            o.OpeningHours.Remove(wednesday);
            o.OpeningHours.Add(new OpeningHours(o.Id, DayOfWeek.Wednesday, new TimeOnly(8, 30), new TimeOnly(12, 0)));
        })).Applied);
        // A booth with bookings on record (even cancelled) stays; one never booked can go.
        Assert.Equal("booth_has_history", (await store.Bookings.TryChangeCapacityAsync(office.Id, o => o.Booths.RemoveAll(b => b.Id == second))).Error!.Code);
        var unused = office.Booths.Select(b => b.Id).Except([early.BoothId, late.BoothId]).Single();
        Assert.True((await store.Bookings.TryChangeCapacityAsync(office.Id, o => o.Booths.RemoveAll(b => b.Id == unused))).Applied);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(2, await db.Booths.CountAsync(b => b.OfficeId == office.Id));
            Assert.Equal(new TimeOnly(12, 0), (await db.OpeningHours.SingleAsync(h => h.OfficeId == office.Id && h.Day == DayOfWeek.Wednesday)).Closes);
        }
    }
}

public sealed class WalkInStore_Queue
{
    [Fact]
    public async Task RegisterSeeTheQueueAndCallTheNext()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Jst(2026, 12, 2, 9, 0));
        var office = await store.AddAsync(Office(inPerson: 2, video: 0));
        // One booth is taken by a booking from 8:30 to 9:15.
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            db.Bookings.Add(Booking.Create(Guid.NewGuid(), Slot(office, Jst(2026, 12, 2, 8, 30)), ConsultationTopic.Records, "alice", Attendance.Self, Jst(2026, 11, 20)));
            await db.SaveChangesAsync();
        }
        var first = await store.WalkIns.RegisterAsync(office.Id, ConsultationTopic.Records);
        var second = await store.WalkIns.RegisterAsync(office.Id, ConsultationTopic.Other);
        var third = await store.WalkIns.RegisterAsync(office.Id, ConsultationTopic.Other);
        Assert.Equal(new[] { 1, 2, 3 }, new[] { first, second, third }.Select(v => v.Ticket.Number));

        var queue = await store.WalkIns.QueueAsync(office.Id);
        Assert.Equal(1, queue.BoothsFreeNow);
        Assert.Equal(new[] { 0, 30, 30 }, queue.Waiting.Select(v => (int)v.EstimatedWait.TotalMinutes));

        var called = await store.WalkIns.CallNextAsync(office.Id, office.Booths[1].Id);
        Assert.Equal(1, called.Value.Number);
        queue = await store.WalkIns.QueueAsync(office.Id);
        Assert.Equal(0, queue.BoothsFreeNow);
        Assert.Equal(new[] { 2, 3 }, queue.Waiting.Select(v => v.Ticket.Number));
        Assert.Single(queue.AtBooths);

        store.Clock.Now = Jst(2026, 12, 2, 9, 20);
        Assert.Null(await store.WalkIns.FinishAsync(called.Value.Id));
        Assert.Equal(2, (await store.WalkIns.CallNextAsync(office.Id, office.Booths[1].Id)).Value.Number);
        Assert.Equal(3, (await store.WalkIns.CallNextAsync(office.Id, office.Booths[0].Id)).Value.Number);
        Assert.Equal("queue_empty", (await store.WalkIns.CallNextAsync(office.Id, office.Booths[0].Id)).Error!.Code);

        var figures = await store.Bookings.FiguresAsync(office.Id, new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2));
        Assert.Equal(3, figures.WalkInVisits);
        Assert.InRange(figures.AverageWalkInWait!.Value.TotalMinutes, 13.33, 13.34); // (0 + 20 + 20) / 3
    }

    [Fact]
    public async Task DesksRegisteringAtOnceGetDistinctNumbers()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Jst(2026, 12, 2, 9, 0));
        var office = await store.AddAsync(Office());
        var tickets = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.WalkIns.RegisterAsync(office.Id, ConsultationTopic.Other))));
        Assert.Equal(Enumerable.Range(1, 10), tickets.Select(t => t.Ticket.Number).Order());
    }
}
