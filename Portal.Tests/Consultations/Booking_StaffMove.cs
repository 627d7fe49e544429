using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

/// <summary>Staff move a booking at the caller's request (DOMAIN.md §8: "later by phone"): allowed until the start.</summary>
public sealed class Booking_StaffMove
{
    private static readonly Office TestOffice = Office();

    [Fact]
    public void StaffMayMoveAfterTheCitizenDeadlineUntilTheStart()
    {
        // Tuesday 1 December 10:00: the citizen's deadline was Monday 30 November.
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Equal("deadline", Booked(TestOffice, Jst(2026, 12, 1, 10)).CancelForChange(Jst(2026, 12, 1, 8))!.Code);
        Assert.Null(b.CancelForChangeByStaff(Jst(2026, 12, 1, 9, 59)));
        Assert.Equal(BookingStatus.Cancelled, b.Status);
        Assert.Equal(CancellationReason.Changed, b.CancellationReason);
        Assert.False(b.HoldsBooth);
        Assert.Equal("not_booked", b.CancelForChangeByStaff(Jst(2026, 12, 1, 9))!.Code);
    }

    [Fact]
    public void AStartedBookingCannotBeMoved()
    {
        var b = Booked(TestOffice, Jst(2026, 12, 1, 10));
        var error = b.CancelForChangeByStaff(Jst(2026, 12, 1, 10));
        Assert.Equal("started", error!.Code);
        Assert.Equal("Consultations.Booking.AlreadyStarted", error.MessageKey);
        Assert.Equal(BookingStatus.Booked, b.Status);
    }

    [Fact]
    public void CheckedInNoShowAndCancelledBookingsCannotBeMoved()
    {
        var checkedIn = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Null(checkedIn.CheckIn(Jst(2026, 12, 1, 9, 50)));
        Assert.Equal("not_booked", checkedIn.CancelForChangeByStaff(Jst(2026, 12, 1, 9, 55))!.Code);
        Assert.Equal(BookingStatus.CheckedIn, checkedIn.Status);

        var noShow = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Null(noShow.MarkNoShow(Jst(2026, 12, 1, 10, 20)));
        Assert.Equal("not_booked", noShow.CancelForChangeByStaff(Jst(2026, 12, 1, 10, 30))!.Code);

        var cancelled = Booked(TestOffice, Jst(2026, 12, 1, 10));
        Assert.Null(cancelled.CancelByStaff(Jst(2026, 11, 30, 10)));
        Assert.Equal("not_booked", cancelled.CancelForChangeByStaff(Jst(2026, 11, 30, 11))!.Code);
        Assert.Equal(CancellationReason.ByStaff, cancelled.CancellationReason);
    }

    [Fact]
    public void TheMovedBookingKeepsTopicHolderAttendanceAndCaller()
    {
        var caller = PhoneCaller.Parse("山田 花子", "09012345678").Value;
        var agent = Attendance.Agent("山田 花子", "09012345678", AgentRelationship.Spouse, CannotAttendReason.None, "山田 太郎",
            new DateOnly(1960, 4, 1)).Value;
        var old = Booking.CreateByPhone(Guid.NewGuid(), Slot(TestOffice, Jst(2026, 12, 1, 10), 45), ConsultationTopic.Records, caller, "user-9",
            agent, "staff-1", Jst(2026, 11, 20));
        var moved = old.MovedTo(Guid.NewGuid(), Slot(TestOffice, Jst(2026, 12, 2, 14), 45), Jst(2026, 12, 1, 9));
        Assert.Equal(BookingStatus.Booked, moved.Status);
        Assert.Equal(Jst(2026, 12, 2, 14), moved.StartsAt);
        Assert.Equal(ConsultationTopic.Records, moved.Topic);
        Assert.Equal("user-9", moved.HolderUserId);
        Assert.Equal(old.Attendance, moved.Attendance);
        Assert.True(moved.BookedByPhone);
        Assert.Equal("山田 花子", moved.CallerName);
        Assert.Equal("09012345678", moved.CallerPhone);
        Assert.Equal("staff-1", moved.BookedByStaffUserId);
        Assert.NotEqual(old.Id, moved.Id);

        // Another office or another mode is not a move.
        Assert.Throws<ArgumentException>(() => old.MovedTo(Guid.NewGuid(), Slot(Office("T02"), Jst(2026, 12, 2, 14), 45), Jst(2026, 12, 1, 9)));
        Assert.Throws<ArgumentException>(() => old.MovedTo(Guid.NewGuid(), Slot(TestOffice, Jst(2026, 12, 2, 14), 45, BoothMode.Video), Jst(2026, 12, 1, 9)));
    }

    [Fact]
    public void AMovedVideoBookingGetsANewJoinToken()
    {
        var old = Booked(TestOffice, Jst(2026, 12, 1, 10), mode: BoothMode.Video);
        var moved = old.MovedTo(Guid.NewGuid(), Slot(TestOffice, Jst(2026, 12, 2, 10), 45, BoothMode.Video), Jst(2026, 11, 30));
        Assert.Equal(BoothMode.Video, moved.Mode);
        Assert.NotNull(moved.VideoJoinToken);
        Assert.NotEqual(old.VideoJoinToken, moved.VideoJoinToken);
    }
}
