using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Consultations;
using Portal.Infrastructure.Consultations;
using Portal.Tests.DemoData;

namespace Portal.Tests.Consultations;

/// <summary>The booking store as the app composes it, on the seeded demo offices OF01–OF10 (now: Monday 23 November 2026, a holiday).</summary>
public sealed class BookingStore_DemoOffices(SeededDemoStore seeded) : IClassFixture<SeededDemoStore>
{
    private BookingStore Store => seeded.Store.Services.GetRequiredService<BookingStore>();

    [Fact]
    public async Task TheFinderAndTheSlotsWorkOnTheSeededOffices()
    {
        var offices = await Store.OfficesAsync();
        Assert.Equal(10, offices.Count);
        Assert.Equal(47, offices.Sum(o => o.Booths.Count));
        Assert.Equal("OF02", OfficeFinder.NearestToPostcode(offices, "160-0023").Value[0].Code);
        Assert.Equal(new[] { "OF01", "OF02" }, OfficeFinder.ByPrefectureAndCity(offices, "東京都").Select(o => o.Code));

        var of01 = offices.Single(o => o.Code == "OF01");
        var slots = await Store.FreeSlotsAsync(of01.Id, ConsultationTopic.OldAgeClaim);
        Assert.Equal(new DateOnly(2026, 11, 25), slots[0].Date); // Tuesday's previous working day (Friday) has passed
        Assert.Contains(slots, s => s.Date == new DateOnly(2026, 11, 28)); // OF01 opens on Saturdays
        Assert.Contains(slots, s => s.Mode == BoothMode.Video);
        Assert.True(slots.Max(s => s.Date) <= new DateOnly(2026, 12, 23));
        var of04 = offices.Single(o => o.Code == "OF04");
        Assert.DoesNotContain(await Store.FreeSlotsAsync(of04.Id, ConsultationTopic.Disability), s => s.Mode == BoothMode.Video);

        var first = slots[0];
        var booked = await Store.TryBookAsync(new BookingRequest(of01.Id, first.Mode, first.StartsAt, ConsultationTopic.OldAgeClaim,
            "demo-citizen", Attendance.Self));
        Assert.Equal(BookingOutcome.Booked, booked.Outcome);
        var after = await Store.FreeSlotsAsync(of01.Id, ConsultationTopic.OldAgeClaim);
        Assert.Equal(first.FreeBooths - 1, after.Single(s => s.StartsAt == first.StartsAt && s.Mode == first.Mode).FreeBooths);
    }
}
