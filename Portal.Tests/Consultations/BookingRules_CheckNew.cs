using Portal.Domain.Consultations;
using static Portal.Tests.Consultations.ConsultationTestData;

namespace Portal.Tests.Consultations;

public sealed class BookingRules_CheckNew
{
    private static readonly Office TestOffice = Office();
    private static readonly DateTimeOffset Now = Jst(2026, 11, 24, 12); // Tuesday

    private static HeldBooking Held(DateTimeOffset start, ConsultationTopic topic, int minutes = 45, BookingStatus status = BookingStatus.Booked) =>
        new(Guid.NewGuid(), topic, start, start.AddMinutes(minutes), status);

    [Fact]
    public void AFreeHolderMayBook() =>
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 1, 10)), ConsultationTopic.Records, [], Now));

    [Fact]
    public void OutsideTheWindowIsRefused()
    {
        Assert.Equal("outside_window", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 11, 24, 15)), ConsultationTopic.Records, [], Now)!.Code);
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 11, 25, 15)), ConsultationTopic.Records, [], Now));
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 24, 15)), ConsultationTopic.Records, [], Now));
        Assert.Equal("outside_window", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 25, 10)), ConsultationTopic.Records, [], Now)!.Code);
    }

    [Fact]
    public void TheSlotLengthMustBeTheTopics() =>
        Assert.Equal("wrong_duration", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 1, 10), 45), ConsultationTopic.Disability, [], Now)!.Code);

    [Fact]
    public void NoOverlapWithTheHoldersOtherBookingsEvenAtAnotherOffice()
    {
        var held = new[] { Held(Jst(2026, 12, 1, 9, 30), ConsultationTopic.Disability, 60) };
        Assert.Equal("overlap", BookingRules.CheckNew(Slot(Office("T02"), Jst(2026, 12, 1, 10)), ConsultationTopic.Records, held, Now)!.Code);
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 1, 10, 30)), ConsultationTopic.Records, held, Now));
    }

    [Fact]
    public void OneFutureBookingPerTopic()
    {
        var held = new[] { Held(Jst(2026, 12, 2, 10), ConsultationTopic.Records) };
        Assert.Equal("topic_booked", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 8, 10)), ConsultationTopic.Records, held, Now)!.Code);
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 8, 10)), ConsultationTopic.OldAgeClaim, held, Now));
    }

    [Fact]
    public void AtMostTheConfiguredNumberOfFutureBookings()
    {
        var held = new[]
        {
            Held(Jst(2026, 12, 2, 10), ConsultationTopic.Records),
            Held(Jst(2026, 12, 3, 10), ConsultationTopic.OldAgeClaim),
            Held(Jst(2026, 12, 4, 10), ConsultationTopic.ExemptionAndPayment),
        };
        Assert.Equal("too_many", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 8, 10)), ConsultationTopic.Other, held, Now)!.Code);
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 8, 10)), ConsultationTopic.Other, held, Now,
            new BookingPolicy { MaxFutureBookings = 4 }));
    }

    [Fact]
    public void CancelledPastAndReplacedBookingsDoNotCount()
    {
        var replaced = Held(Jst(2026, 12, 2, 10), ConsultationTopic.Records);
        var held = new[]
        {
            Held(Jst(2026, 12, 1, 10), ConsultationTopic.Records, status: BookingStatus.Cancelled),
            Held(Jst(2026, 11, 20, 10), ConsultationTopic.Records), // past, never marked
            Held(Jst(2026, 11, 24, 10), ConsultationTopic.Records, status: BookingStatus.Completed),
            replaced,
        };
        Assert.Equal("topic_booked", BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 1, 10)), ConsultationTopic.Records, held, Now)!.Code);
        Assert.Null(BookingRules.CheckNew(Slot(TestOffice, Jst(2026, 12, 1, 10)), ConsultationTopic.Records, held, Now, replacing: replaced.BookingId));
    }
}

public sealed class Attendance_PowerOfAttorney
{
    private static Attendance Agent(AgentRelationship r, CannotAttendReason reason) =>
        Attendance.Agent("年金 次郎", "090-1234-5678", r, reason, "年金 太郎", new DateOnly(1950, 1, 1)).Value;

    [Fact]
    public void ThePersonThemselvesNeedsNoPowerOfAttorney()
    {
        Assert.False(Attendance.Self.NeedsPowerOfAttorney);
        Assert.DoesNotContain("Consultations.Bring.PowerOfAttorney", Attendance.Self.WhatToBring());
    }

    [Theory]
    [InlineData(AgentRelationship.Spouse, CannotAttendReason.Disability, "Consultations.Bring.DisabilityCertificate")]
    [InlineData(AgentRelationship.Child, CannotAttendReason.NursingCare, "Consultations.Bring.CareCertificate")]
    [InlineData(AgentRelationship.OtherRelative, CannotAttendReason.Facility, "Consultations.Bring.FacilityCertificate")]
    public void FamilyInTheDomainCasesBringProofInstead(AgentRelationship r, CannotAttendReason reason, string proof)
    {
        var a = Agent(r, reason);
        Assert.False(a.NeedsPowerOfAttorney);
        Assert.Contains(proof, a.WhatToBring());
        Assert.Contains("Consultations.Bring.AgentId", a.WhatToBring());
        Assert.DoesNotContain("Consultations.Bring.PowerOfAttorney", a.WhatToBring());
    }

    [Theory]
    [InlineData(AgentRelationship.Spouse, CannotAttendReason.None)]
    [InlineData(AgentRelationship.NotFamily, CannotAttendReason.Disability)]
    [InlineData(AgentRelationship.NotFamily, CannotAttendReason.None)]
    public void OtherwiseTheAgentBringsThePowerOfAttorney(AgentRelationship r, CannotAttendReason reason)
    {
        var a = Agent(r, reason);
        Assert.True(a.NeedsPowerOfAttorney);
        Assert.Contains("Consultations.Bring.PowerOfAttorney", a.WhatToBring());
        Assert.Contains("Consultations.Bring.AgentId", a.WhatToBring());
    }

    [Fact]
    public void TheAgentGivesTheirOwnDetails()
    {
        Assert.Equal("agent_name", Attendance.Agent(" ", "0312345678", AgentRelationship.Spouse, CannotAttendReason.None, "太郎", new DateOnly(1950, 1, 1)).Error!.Code);
        Assert.Equal("agent_phone", Attendance.Agent("次郎", "123", AgentRelationship.Spouse, CannotAttendReason.None, "太郎", new DateOnly(1950, 1, 1)).Error!.Code);
        Assert.Equal("principal_name", Attendance.Agent("次郎", "0312345678", AgentRelationship.Spouse, CannotAttendReason.None, "", new DateOnly(1950, 1, 1)).Error!.Code);
        Assert.Equal("principal_birth", Attendance.Agent("次郎", "0312345678", AgentRelationship.Spouse, CannotAttendReason.None, "太郎", null).Error!.Code);
        Assert.Equal("09012345678", Agent(AgentRelationship.Spouse, CannotAttendReason.None).AgentPhone);
    }

    [Fact]
    public void TheBookingRecordsWhoAttendsAndWhetherThePowerOfAttorneyIsNeeded()
    {
        var office = ConsultationTestData.Office();
        var agent = Agent(AgentRelationship.Child, CannotAttendReason.Facility);
        var b = Booked(office, Jst(2026, 12, 1, 10), attendance: agent);
        Assert.Equal(AttendeeKind.Agent, b.AttendeeKind);
        Assert.Equal(AgentRelationship.Child, b.AgentRelationship);
        Assert.False(b.NeedsPowerOfAttorney);
        Assert.Equal(agent, b.Attendance);
        Assert.True(Booked(office, Jst(2026, 12, 1, 10), attendance: Agent(AgentRelationship.NotFamily, CannotAttendReason.None)).NeedsPowerOfAttorney);
    }
}
