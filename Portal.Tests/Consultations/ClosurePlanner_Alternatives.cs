using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

public sealed class ClosurePlanner_Alternatives
{
    private static readonly Office Closed = Office("T01");
    private static readonly Office Near = Office("T02", postcode: "100-0005");
    private static readonly Office Far = Office("T03", postcode: "900-0001");
    private static readonly Dictionary<Guid, int> Rank = new() { [Near.Id] = 0 };

    private static OfferedSlot Offer(Office office, DateTimeOffset start, BoothMode mode = BoothMode.InPerson, int free = 1) =>
        new(office.Id, mode, start, start.AddMinutes(45), free);

    [Fact]
    public void SameOfficeNearestDaysFirstThenNearbyOfficesThenVideo()
    {
        var affected = Booked(Closed, Jst(2026, 12, 2, 10)); // Wednesday
        var free = new[]
        {
            Offer(Closed, Jst(2026, 12, 9, 10)),
            Offer(Closed, Jst(2026, 12, 3, 14)),
            Offer(Closed, Jst(2026, 12, 1, 10)),
            Offer(Closed, Jst(2026, 12, 2, 15)),     // the closed day itself: not offered
            Offer(Near, Jst(2026, 12, 2, 11)),
            Offer(Near, Jst(2026, 12, 2, 10)),
            Offer(Far, Jst(2026, 12, 2, 10)),        // not among the nearby offices
            Offer(Far, Jst(2026, 12, 4, 10), BoothMode.Video),
            Offer(Near, Jst(2026, 12, 2, 10), BoothMode.Video),
        };
        var alternatives = ClosurePlanner.Alternatives(affected, free, Rank);
        Assert.Equal(
            new[]
            {
                (AlternativeKind.SameOffice, Jst(2026, 12, 1, 10)),
                (AlternativeKind.SameOffice, Jst(2026, 12, 3, 14)),
                (AlternativeKind.NearbyOffice, Jst(2026, 12, 2, 10)),
                (AlternativeKind.NearbyOffice, Jst(2026, 12, 2, 11)),
                (AlternativeKind.Video, Jst(2026, 12, 2, 10)),
                (AlternativeKind.Video, Jst(2026, 12, 4, 10)),
            },
            alternatives.Select(a => (a.Kind, a.Slot.StartsAt)));
    }

    [Fact]
    public void AnotherLengthIsNotOffered()
    {
        var affected = Booked(Closed, Jst(2026, 12, 2, 10), ConsultationTopic.Disability); // 60 minutes
        Assert.Empty(ClosurePlanner.Alternatives(affected, [Offer(Closed, Jst(2026, 12, 3, 10))], Rank));
    }

    [Fact]
    public void AnOfficeThatNoLongerOffersTheTopicIsNotOfferedAndAnotherOfficesLengthIsItsOwn()
    {
        var affected = Booked(Closed, Jst(2026, 12, 2, 10), ConsultationTopic.Records); // 45 minutes
        var stopped = TopicCatalogue.Default.WithOfficeTemplates([OfficeSlotTemplate.Create(Near.Id, ConsultationTopic.Records, 45, offered: false).Value]);
        var shorter = TopicCatalogue.Default.WithOfficeTemplates([OfficeSlotTemplate.Create(Far.Id, ConsultationTopic.Records, 30, offered: true).Value]);
        var topics = new Dictionary<Guid, TopicCatalogue> { [Closed.Id] = TopicCatalogue.Default, [Near.Id] = stopped, [Far.Id] = shorter };
        var free = new[]
        {
            Offer(Closed, Jst(2026, 12, 3, 10)),
            Offer(Near, Jst(2026, 12, 2, 10)),                      // Near stopped offering records: not in person …
            Offer(Near, Jst(2026, 12, 2, 10), BoothMode.Video),     // … nor by video
            Offer(Far, Jst(2026, 12, 4, 10), BoothMode.Video),      // Far books records in 30 minutes: a 45-minute slot is not its own
            new(Far.Id, BoothMode.Video, Jst(2026, 12, 4, 11), Jst(2026, 12, 4, 11, 30), 1),
        };

        var alternatives = ClosurePlanner.Alternatives(affected, free, Rank, officeTopics: topics);

        Assert.Equal(
            new[] { (AlternativeKind.SameOffice, Closed.Id, Jst(2026, 12, 3, 10)), (AlternativeKind.Video, Far.Id, Jst(2026, 12, 4, 11)) },
            alternatives.Select(a => (a.Kind, a.Slot.OfficeId, a.Slot.StartsAt)));
        // An office the caller knows nothing of is not offered either.
        Assert.DoesNotContain(ClosurePlanner.Alternatives(affected, free, Rank, officeTopics: new Dictionary<Guid, TopicCatalogue> { [Closed.Id] = TopicCatalogue.Default }),
            a => a.Slot.OfficeId != Closed.Id);
    }

    [Fact]
    public void NoAlternativeMeansJustCancelled() =>
        Assert.Empty(ClosurePlanner.Alternatives(Booked(Closed, Jst(2026, 12, 2, 10)), [], Rank));

    [Fact]
    public void TwoAffectedBookingsAreNotBothSentToTheLastBooth()
    {
        var handedOut = new Dictionary<(Guid, BoothMode, DateTimeOffset), int>();
        var free = new[] { Offer(Closed, Jst(2026, 12, 3, 10)), Offer(Closed, Jst(2026, 12, 4, 10), free: 2) };
        var first = ClosurePlanner.Alternatives(Booked(Closed, Jst(2026, 12, 2, 10)), free, Rank, perKind: 1, handedOut: handedOut);
        var second = ClosurePlanner.Alternatives(Booked(Closed, Jst(2026, 12, 2, 10), holder: "user-2"), free, Rank, perKind: 1, handedOut: handedOut);
        var third = ClosurePlanner.Alternatives(Booked(Closed, Jst(2026, 12, 2, 10), holder: "user-3"), free, Rank, perKind: 1, handedOut: handedOut);
        var fourth = ClosurePlanner.Alternatives(Booked(Closed, Jst(2026, 12, 2, 10), holder: "user-4"), free, Rank, perKind: 1, handedOut: handedOut);
        Assert.Equal(Jst(2026, 12, 3, 10), first.Single().Slot.StartsAt);
        Assert.Equal(Jst(2026, 12, 4, 10), second.Single().Slot.StartsAt);
        Assert.Equal(Jst(2026, 12, 4, 10), third.Single().Slot.StartsAt);
        Assert.Empty(fourth);
    }
}

public sealed class WalkInQueue_Tickets
{
    private static readonly Guid OfficeId = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static WalkInTicket Ticket(int number, int issuedMinute) =>
        new(Guid.NewGuid(), OfficeId, Today, number, ConsultationTopic.Records, Jst(2026, 12, 1, 9, issuedMinute));

    [Fact]
    public void NumbersRunFromOnePerDay()
    {
        Assert.Equal(1, WalkInQueue.NextNumber([]));
        Assert.Equal(4, WalkInQueue.NextNumber([Ticket(1, 0), Ticket(3, 5), Ticket(2, 2)]));
    }

    [Fact]
    public void TheLowestWaitingNumberIsCalledNext()
    {
        var tickets = new[] { Ticket(2, 5), Ticket(1, 0), Ticket(3, 7) };
        var booth = Guid.NewGuid();
        var first = WalkInQueue.CallNext(tickets, booth, Jst(2026, 12, 1, 9, 20));
        Assert.Equal(1, first.Value.Number);
        Assert.Equal(WalkInStatus.Called, first.Value.Status);
        Assert.Equal(TimeSpan.FromMinutes(20), first.Value.Wait);
        Assert.Equal(2, WalkInQueue.CallNext(tickets, booth, Jst(2026, 12, 1, 9, 21)).Value.Number);
        tickets[2].MarkLeft(Jst(2026, 12, 1, 9, 22));
        Assert.Equal("queue_empty", WalkInQueue.CallNext(tickets, booth, Jst(2026, 12, 1, 9, 23)).Error!.Code);
    }

    [Fact]
    public void TicketTransitionsAreGuarded()
    {
        var t = Ticket(1, 0);
        Assert.Equal("not_called", t.Finish(Jst(2026, 12, 1, 9, 5))!.Code);
        Assert.Null(t.Call(Guid.NewGuid(), Jst(2026, 12, 1, 9, 5)));
        Assert.Equal("not_waiting", t.Call(Guid.NewGuid(), Jst(2026, 12, 1, 9, 6))!.Code);
        Assert.Null(t.Finish(Jst(2026, 12, 1, 9, 35)));
        Assert.Equal(WalkInStatus.Served, t.Status);
    }

    [Fact]
    public void TheEstimatedWaitCountsFreeBoothsAndRounds()
    {
        var avg = TimeSpan.FromMinutes(20);
        Assert.Equal(TimeSpan.Zero, WalkInQueue.EstimateWait(ahead: 0, boothsFreeNow: 1, boothsForWalkIns: 2, avg));
        Assert.Equal(TimeSpan.Zero, WalkInQueue.EstimateWait(1, 2, 2, avg));
        Assert.Equal(TimeSpan.FromMinutes(20), WalkInQueue.EstimateWait(0, 0, 2, avg));
        Assert.Equal(TimeSpan.FromMinutes(20), WalkInQueue.EstimateWait(1, 0, 2, avg));
        Assert.Equal(TimeSpan.FromMinutes(40), WalkInQueue.EstimateWait(2, 0, 2, avg));
        Assert.Equal(TimeSpan.FromMinutes(40), WalkInQueue.EstimateWait(3, 1, 2, avg));
        Assert.Equal(TimeSpan.FromMinutes(60), WalkInQueue.EstimateWait(2, 0, 0, avg)); // no booth: one at a time
    }

    [Fact]
    public void TheAverageServiceTimeComesFromTheDaysFinishedVisits()
    {
        Assert.Equal(WalkInQueue.DefaultServiceTime, WalkInQueue.AverageServiceTime([Ticket(1, 0)]));
        var a = Ticket(1, 0);
        a.Call(Guid.NewGuid(), Jst(2026, 12, 1, 9, 10));
        a.Finish(Jst(2026, 12, 1, 9, 30));
        var b = Ticket(2, 0);
        b.Call(Guid.NewGuid(), Jst(2026, 12, 1, 9, 10));
        b.Finish(Jst(2026, 12, 1, 9, 50));
        Assert.Equal(TimeSpan.FromMinutes(30), WalkInQueue.AverageServiceTime([a, b]));
    }
}

public sealed class OfficeFigures_Calculate
{
    [Fact]
    public void BookingRateWalkInWaitAndUtilisation()
    {
        var office = Office(inPerson: 2, video: 0);
        var day = new DateOnly(2026, 12, 1);
        var bookings = new List<Booking>();
        for (var i = 0; i < 9; i++)
        {
            var b = Booked(office, Jst(2026, 12, 1, 8, 30).AddMinutes(45 * i), holder: $"u{i}");
            b.CheckIn(Jst(2026, 12, 1, 8, 0));
            bookings.Add(b);
        }
        var noShow = Booked(office, Jst(2026, 12, 1, 16, 0), holder: "nobody");
        noShow.MarkNoShow(Jst(2026, 12, 1, 16, 30));
        var cancelled = Booked(office, Jst(2026, 12, 1, 15, 15), holder: "gone");
        cancelled.CancelByCitizen(Jst(2026, 11, 20));
        bookings.AddRange([noShow, cancelled]);

        var walkIn = new WalkInTicket(Guid.NewGuid(), office.Id, day, 1, ConsultationTopic.Other, Jst(2026, 12, 1, 9, 0));
        walkIn.Call(office.Booths[1].Id, Jst(2026, 12, 1, 9, 24));
        var left = new WalkInTicket(Guid.NewGuid(), office.Id, day, 2, ConsultationTopic.Other, Jst(2026, 12, 1, 9, 0));
        left.MarkLeft(Jst(2026, 12, 1, 10, 0));

        var f = OfficeFigures.Calculate(OfficeSchedule.Of(office), day, day, bookings, [walkIn, left]);
        Assert.Equal(9, f.BookedVisits);
        Assert.Equal(1, f.WalkInVisits);
        Assert.Equal(1, f.NoShows);
        Assert.Equal(1, f.Cancellations);
        Assert.Equal(0.9m, f.BookingRate);
        Assert.True(f.BookingRateMet);
        Assert.Equal(TimeSpan.FromMinutes(24), f.AverageWalkInWait);
        Assert.True(f.WalkInWaitMet);
        Assert.Equal(TimeSpan.FromMinutes(2 * 525), f.OpenBoothTime);     // 8:30–17:15 × 2 booths
        Assert.Equal(TimeSpan.FromMinutes(10 * 45), f.BookedBoothTime);   // 9 visits + 1 no-show
        Assert.Equal(Math.Round(450m / 1050m, 4), f.Utilisation);
    }

    [Fact]
    public void NoVisitsGiveNoRate()
    {
        var office = Office();
        var f = OfficeFigures.Calculate(OfficeSchedule.Of(office), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), [], []);
        Assert.Null(f.BookingRate);
        Assert.Null(f.AverageWalkInWait);
        Assert.Null(f.Utilisation); // a holiday: no open booth time
    }
}

public sealed class OfficeFinder_Find
{
    private static readonly Office[] Offices =
    [
        Office("OF01", postcode: "100-0001", city: "千代田区"),
        Office("OF02", postcode: "160-0001", city: "新宿区"),
        Office("OF03", prefecture: "神奈川県", city: "横浜市", postcode: "231-0001"),
        Office("OF05", prefecture: "大阪府", city: "大阪市", postcode: "530-0001"),
    ];

    [Fact]
    public void ByPrefectureAndCity()
    {
        Assert.Equal(new[] { "OF01", "OF02" }, OfficeFinder.ByPrefectureAndCity(Offices, "東京都").Select(o => o.Code));
        Assert.Equal(new[] { "OF02" }, OfficeFinder.ByPrefectureAndCity(Offices, "東京都", "新宿区").Select(o => o.Code));
        Assert.Empty(OfficeFinder.ByPrefectureAndCity(Offices, "北海道"));
    }

    [Fact]
    public void NearestToAPostcode()
    {
        Assert.Equal(new[] { "OF02", "OF01" }, OfficeFinder.NearestToPostcode(Offices, "１６０－００２３", 2).Value.Select(o => o.Code));
        Assert.Equal("OF03", OfficeFinder.NearestToPostcode(Offices, "2200012").Value[0].Code);
        Assert.Equal("OF05", OfficeFinder.NearestToPostcode(Offices, "〒541-0041").Value[0].Code);
        Assert.Equal("format", OfficeFinder.NearestToPostcode(Offices, "12-34").Error!.Code);
        Assert.Equal("required", OfficeFinder.NearestToPostcode(Offices, " ").Error!.Code);
    }
}
