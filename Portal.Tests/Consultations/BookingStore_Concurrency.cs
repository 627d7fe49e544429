using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using Xunit.Abstractions;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>The last free slot asked for by 200 people at the same moment, on the real SQLite store.</summary>
public sealed class BookingStore_Concurrency(ITestOutputHelper output)
{
    private const int People = 200;

    [Theory]
    [InlineData(true)]   // the default: each booking in one serialised write transaction
    [InlineData(false)]  // optimistic: only the database's unique keys stop the second booking
    public async Task TheLastFreeSlotGivesExactlyOneBookingAnd199JustTakenAnswers(bool serialize)
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Jst(2026, 11, 30, 10),
            new BookingStoreOptions { SerializeBookings = serialize });
        var office = await store.AddAsync(ConsultationStoreFixture.OneSlotATuesday());
        var slot = Jst(2026, 12, 1, 9, 0);
        var offered = await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records);
        Assert.Equal(new[] { slot, Jst(2026, 12, 8, 9), Jst(2026, 12, 15, 9), Jst(2026, 12, 22, 9) }, offered.Select(s => s.StartsAt));

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, People).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await store.Bookings.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, slot,
                ConsultationTopic.Records, $"citizen-{i}", Attendance.Self));
        })).ToList();
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        var results = await Task.WhenAll(attempts);
        clock.Stop();

        Assert.Single(results, r => r.Outcome == BookingOutcome.Booked);
        var taken = results.Where(r => r.Outcome == BookingOutcome.JustTaken).ToList();
        Assert.Equal(People - 1, taken.Count);
        Assert.All(taken, r =>
        {
            Assert.Equal("Consultations.Booking.SlotTaken", r.Error!.MessageKey);
            Assert.Equal(new[] { Jst(2026, 12, 8, 9), Jst(2026, 12, 15, 9), Jst(2026, 12, 22, 9) }, r.NextFreeSlots.Select(s => s.StartsAt));
        });

        await using var db = await store.Contexts.CreateDbContextAsync();
        var stored = await db.Bookings.Where(b => b.OfficeId == office.Id).ToListAsync();
        var booking = Assert.Single(stored);
        Assert.Equal(slot, booking.StartsAt);
        Assert.Equal(results.Single(r => r.Booking is not null).Booking!.HolderUserId, booking.HolderUserId);
        Assert.Equal(3, await db.BoothBlocks.CountAsync(x => x.BookingId == booking.Id));
        output.WriteLine($"serialize={serialize}: {People} simultaneous attempts answered in {clock.ElapsedMilliseconds} ms " +
            $"({People / clock.Elapsed.TotalSeconds:F0} answers/s); unique-key conflicts caught: {store.Bookings.ConflictsDetected}");
    }

    [Fact]
    public async Task ManyPeopleBookingDifferentSlotsAtOnceAllSucceed()
    {
        await using var store = await ConsultationStoreFixture.CreateAsync(Jst(2026, 11, 30, 10));
        var office = await store.AddAsync(Office("BUSY", inPerson: 10, video: 0));
        var slots = (await store.Bookings.FreeSlotsAsync(office.Id, ConsultationTopic.Records, BoothMode.InPerson))
            .SelectMany(s => Enumerable.Repeat(s.StartsAt, s.FreeBooths)).Take(People).ToList();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = slots.Select((start, i) => Task.Run(async () =>
        {
            await gate.Task;
            return await store.Bookings.TryBookAsync(new BookingRequest(office.Id, BoothMode.InPerson, start,
                ConsultationTopic.Records, $"citizen-{i}", Attendance.Self));
        })).ToList();
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        var results = await Task.WhenAll(attempts);
        clock.Stop();
        Assert.All(results, r => Assert.Equal(BookingOutcome.Booked, r.Outcome));
        Assert.Equal(People, results.Select(r => (r.Booking!.BoothId, r.Booking.StartsAt)).Distinct().Count());
        output.WriteLine($"{People} concurrent bookings of distinct slots in {clock.ElapsedMilliseconds} ms: " +
            $"{People / clock.Elapsed.TotalSeconds:F0} bookings/s on the embedded store");
    }
}
