using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

public sealed class Booking_Transitions
{
    private static readonly Office TestOffice = Office();

    [Fact]
    public void ANewBookingIsBookedAndHoldsItsBooth()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Equal(BookingStatus.Booked, b.Status);
        Assert.True(b.HoldsBooth);
        Assert.Equal(new DateOnly(2026, 12, 1), b.Date);
        Assert.Equal("Consultations.Status.Booked", b.StatusMessageKey);
        Assert.Null(b.VideoJoinToken);
    }

    [Fact]
    public void TheCitizenMayCancelUntilThePreviousWorkingDay()
    {
        // Tuesday 1 December: the previous working day is Monday 30 November.
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.True(b.CitizenMayChange(Jst(2026, 11, 30, 23, 59)));
        Assert.False(b.CitizenMayChange(Jst(2026, 12, 1, 0, 0)));
        Assert.Equal("deadline", Booked(TestOffice, Jst(2026, 12, 1, 10)).CancelByCitizen(Jst(2026, 12, 1, 8))!.Code);
        Assert.Null(b.CancelByCitizen(Jst(2026, 11, 30, 17)));
        Assert.Equal(BookingStatus.Cancelled, b.Status);
        Assert.Equal(CancellationReason.ByCitizen, b.CancellationReason);
        Assert.False(b.HoldsBooth);
    }

    [Fact]
    public void AMondayBookingMustBeChangedByTheFridayBefore()
    {
        var b = Booked(TestOffice, Jst(2026, 11, 30, 10));
        Assert.True(b.CitizenMayChange(Jst(2026, 11, 27, 17)));
        Assert.False(b.CitizenMayChange(Jst(2026, 11, 28, 9))); // Saturday
        Assert.Equal("deadline", b.CancelForChange(Jst(2026, 11, 29, 9))!.Code);
        // A booking after a holiday Monday: Tuesday 24 November's previous working day is Friday 20th.
        Assert.False(Booked(TestOffice, Jst(2026, 11, 24, 10)).CitizenMayChange(Jst(2026, 11, 21, 9)));
    }

    [Fact]
    public void StaffMayCancelUntilTheEnd()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Equal("ended", Booked(TestOffice, Jst(2026, 12, 1, 10)).CancelByStaff(Jst(2026, 12, 1, 11))!.Code);
        Assert.Null(b.CancelByStaff(Jst(2026, 12, 1, 9)));
        Assert.Equal(CancellationReason.ByStaff, b.CancellationReason);
        Assert.Equal("not_booked", b.CancelByStaff(Jst(2026, 12, 1, 9))!.Code);
    }

    [Fact]
    public void CheckInOnlyOnTheDayThenComplete()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Equal("not_today", b.CheckIn(Jst(2026, 11, 30, 10))!.Code);
        Assert.Equal("not_checked_in", b.Complete(Jst(2026, 12, 1, 10, 50))!.Code);
        Assert.Null(b.CheckIn(Jst(2026, 12, 1, 9, 50)));
        Assert.Equal(BookingStatus.CheckedIn, b.Status);
        Assert.Equal("not_booked", b.CheckIn(Jst(2026, 12, 1, 9, 55))!.Code);
        Assert.Equal("not_booked", b.CancelByCitizen(Jst(2026, 11, 1))!.Code);
        Assert.Equal("not_booked", b.MarkNoShow(Jst(2026, 12, 1, 11))!.Code);
        Assert.Null(b.Complete(Jst(2026, 12, 1, 10, 45)));
        Assert.Equal(BookingStatus.Completed, b.Status);
        Assert.True(b.HoldsBooth);
    }

    [Fact]
    public void NoShowOnlyFifteenMinutesAfterTheStart()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Equal("too_early", b.MarkNoShow(Jst(2026, 12, 1, 10, 14))!.Code);
        Assert.Null(b.MarkNoShow(Jst(2026, 12, 1, 10, 15)));
        Assert.Equal(BookingStatus.NoShow, b.Status);
        Assert.Equal("not_booked", b.CheckIn(Jst(2026, 12, 1, 10, 20))!.Code);
    }

    [Fact]
    public void TheDayBeforeReminderIsMarkedOnce()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.True(b.MarkDayBeforeReminderSent(Jst(2026, 11, 30, 9)));
        Assert.False(b.MarkDayBeforeReminderSent(Jst(2026, 11, 30, 10)));
        Assert.Equal(Jst(2026, 11, 30, 9), b.DayBeforeReminderSentAt);
    }
}

public sealed class Booking_VideoJoin
{
    private static readonly Office TestOffice = Office(video: 1);

    private static Booking VideoBooking() => Booked(TestOffice, Jst(2026, 12, 1, 10), holder: "alice", mode: BoothMode.Video);

    [Fact]
    public void OnlyTheBookedUserWithTheTokenAroundTheSlot()
    {
        var b = VideoBooking();
        Assert.NotNull(b.VideoJoinToken);
        Assert.True(b.VideoJoinToken!.Length >= 32);
        Assert.Null(b.CheckVideoJoin("alice", b.VideoJoinToken, Jst(2026, 12, 1, 9, 45)));
        Assert.Null(b.CheckVideoJoin("alice", b.VideoJoinToken, Jst(2026, 12, 1, 11, 0)));
        Assert.Equal("too_early", b.CheckVideoJoin("alice", b.VideoJoinToken, Jst(2026, 12, 1, 9, 44))!.Code);
        Assert.Equal("expired", b.CheckVideoJoin("alice", b.VideoJoinToken, Jst(2026, 12, 1, 11, 1))!.Code);
        Assert.Equal("not_yours", b.CheckVideoJoin("mallory", b.VideoJoinToken, Jst(2026, 12, 1, 10))!.Code);
        Assert.Equal("not_yours", b.CheckVideoJoin(null, b.VideoJoinToken, Jst(2026, 12, 1, 10))!.Code);
        Assert.Equal("invalid_link", b.CheckVideoJoin("alice", "guess", Jst(2026, 12, 1, 10))!.Code);
    }

    [Fact]
    public void EveryBookingHasItsOwnToken() => Assert.NotEqual(VideoBooking().VideoJoinToken, VideoBooking().VideoJoinToken);

    [Fact]
    public void ACancelledOrInPersonBookingCannotBeJoined()
    {
        var b = VideoBooking();
        b.CancelByCitizen(Jst(2026, 11, 25));
        Assert.Equal("not_active", b.CheckVideoJoin("alice", b.VideoJoinToken, Jst(2026, 12, 1, 10))!.Code);
        var inPerson = Booked(TestOffice, Jst(2026, 12, 1, 10), holder: "alice");
        Assert.Equal("not_video", inPerson.CheckVideoJoin("alice", "x", Jst(2026, 12, 1, 10))!.Code);
    }
}

public sealed class Consultations_MessageKeys
{
    [Fact]
    public void EveryEnumValueTheViewsShowHasTextInBothLanguages()
    {
        var keys = Enum.GetValues<ConsultationTopic>().Select(TopicCatalogue.MessageKeyOf)
            .Concat(Enum.GetValues<BookingStatus>().Select(BookingRules.StatusMessageKey))
            .Concat(Enum.GetValues<CancellationReason>().Select(BookingRules.CancellationMessageKey))
            .Concat(Enum.GetValues<AlternativeKind>().Select(BookingRules.AlternativeMessageKey))
            .Concat(Enum.GetValues<WalkInStatus>().Select(BookingRules.WalkInStatusMessageKey))
            .Concat(Enum.GetValues<BoothMode>().Select(BookingRules.ModeMessageKey))
            .Concat(Enum.GetValues<AgentRelationship>().Select(BookingRules.RelationshipMessageKey))
            .Concat(Enum.GetValues<CannotAttendReason>().Select(BookingRules.ReasonMessageKey))
            .Append(BookingRules.NoAlternativeMessageKey)
            .ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Empty(Portal.Tests.TestSupport.UiResources.MissingOrEmpty(keys));
    }
}
