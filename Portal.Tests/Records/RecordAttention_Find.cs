using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class RecordAttention_Find
{
    private static readonly DateOnly Born1990 = D(1990, 4, 2); // months at 20–59: 2010-04 to 2050-03

    /// <summary>Paid from the month at 20 so that no gap shows, then <paramref name="tail"/>.</summary>
    private static RecordBuilder PaidSince20Until(int year, int month) =>
        new RecordBuilder().Add(M(2010, 4), M(year, month), MonthStatus.Paid, paid: true);

    [Fact]
    public void GroupsConsecutiveUnpaidMonthsIntoRanges()
    {
        var record = PaidSince20Until(2024, 12)
            .Add(M(2025, 1), M(2025, 3), MonthStatus.Unpaid)
            .Add(M(2025, 4), MonthStatus.Paid, paid: true)
            .Add(M(2025, 5), MonthStatus.Unpaid)
            .Add(M(2025, 6), M(2025, 12), MonthStatus.Paid, paid: true);
        var items = RecordAttention.Find(Born1990, record.Months, [], D(2026, 1, 10));

        Assert.Equal(2, items.Count);
        Assert.Equal(new AttentionItem(AttentionCodes.UnpaidPayable, M(2025, 1), M(2025, 3), "Records.Attention.UnpaidPayable",
            AttentionActions.LatePayment, D(2027, 2, 28)), items[0]);
        Assert.Equal(3, items[0].Months);
        Assert.Equal((M(2025, 5), M(2025, 5)), (items[1].From, items[1].To));
    }

    [Fact]
    public void AnUnpaidMonthIsPayableUntilTwoYearsAfterItsDueDateThenTimeBarred()
    {
        var record = PaidSince20Until(2024, 8).Add(M(2024, 9), MonthStatus.Unpaid).Add(M(2024, 10), M(2026, 9), MonthStatus.Paid, paid: true);

        var payable = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2026, 10, 31)));
        Assert.Equal(AttentionCodes.UnpaidPayable, payable.Code);
        Assert.Equal(AttentionActions.LatePayment, payable.ActionCode);
        Assert.Equal(D(2026, 10, 31), payable.Deadline);

        var barred = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2026, 11, 1)));
        Assert.Equal(AttentionCodes.UnpaidTimeBarred, barred.Code);
        Assert.Equal(AttentionActions.VoluntaryEnrolment, barred.ActionCode);
        Assert.Null(barred.Deadline);
    }

    [Fact]
    public void SplitsAnUnpaidRangeAtTheTimeBar()
    {
        var record = PaidSince20Until(2024, 7).Add(M(2024, 8), M(2024, 10), MonthStatus.Unpaid)
            .Add(M(2024, 11), M(2026, 9), MonthStatus.Paid, paid: true);
        var items = RecordAttention.Find(Born1990, record.Months, [], D(2026, 10, 15));
        Assert.Equal(
            [(AttentionCodes.UnpaidTimeBarred, M(2024, 8), M(2024, 8)), (AttentionCodes.UnpaidPayable, M(2024, 9), M(2024, 10))],
            items.Select(i => (i.Code, i.From, i.To)));
    }

    [Fact]
    public void DoesNotListAnUnpaidMonthBeforeItsDueDate()
    {
        var record = PaidSince20Until(2026, 3).Add(M(2026, 4), MonthStatus.Unpaid);
        Assert.Empty(RecordAttention.Find(Born1990, record.Months, [], D(2026, 5, 20)));
    }

    [Fact]
    public void FindsAGapBetweenJobs()
    {
        var job1 = Guid.NewGuid();
        var job2 = Guid.NewGuid();
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2015, 6), MonthStatus.EmployeesPension, pay: 240_000, periodId: job1)
            .Add(M(2015, 7), M(2015, 9), MonthStatus.NotEnrolled)
            .Add(M(2015, 10), M(2026, 3), MonthStatus.EmployeesPension, pay: 240_000, periodId: job2);
        var item = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2026, 4, 10)));
        Assert.Equal(AttentionCodes.GapBetweenJobs, item.Code);
        Assert.Equal((M(2015, 7), M(2015, 9)), (item.From, item.To));
        Assert.Equal(AttentionActions.Enquiry, item.ActionCode);
        Assert.Equal("Records.Attention.GapBetweenJobs.Enquiry", item.MessageKey);
    }

    [Fact]
    public void ARecentGapAsksForEnrolmentAndAnOlderPartForAnEnquiry()
    {
        // Nothing recorded from 2024-01 (the person left category 3 and never enrolled); today 2026-04-10.
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2023, 12), MonthStatus.Category3)
            .Add(M(2024, 1), M(2026, 3), MonthStatus.NotEnrolled);
        var items = RecordAttention.Find(Born1990, record.Months, [], D(2026, 4, 10));
        // 2024-01 (last payable 2026-02-28) and 2024-02 (2026-03-31) are time-barred; from 2024-03 still payable.
        Assert.Equal(
            [(AttentionCodes.NotEnrolledGap, M(2024, 1), M(2024, 2), AttentionActions.Enquiry),
             (AttentionCodes.NotEnrolledGap, M(2024, 3), M(2026, 3), AttentionActions.Enrolment)],
            items.Select(i => (i.Code, i.From, i.To, i.ActionCode)));
        Assert.Equal(D(2026, 4, 30), items[1].Deadline);
    }

    [Fact]
    public void MonthsMissingAt20To59AreAGap()
    {
        var record = new RecordBuilder().Add(M(2012, 4), M(2026, 3), MonthStatus.Paid, paid: true);
        var item = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2026, 4, 10)));
        Assert.Equal((AttentionCodes.NotEnrolledGap, M(2010, 4), M(2012, 3)), (item.Code, item.From, item.To));
    }

    [Fact]
    public void ExplainsChangesFromCategory3And2ToCategory1()
    {
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2015, 3), MonthStatus.EmployeesPension, pay: 240_000)
            .Add(M(2015, 4), M(2018, 3), MonthStatus.Category3)
            .Add(M(2018, 4), M(2020, 3), MonthStatus.Paid, paid: true)
            .Add(M(2020, 4), M(2022, 3), MonthStatus.EmployeesPension, pay: 240_000)
            .Add(M(2022, 4), M(2026, 3), MonthStatus.Paid, paid: true);
        var items = RecordAttention.Find(Born1990, record.Months, [], D(2026, 4, 10));

        Assert.Equal(
            [("Records.Attention.CategoryChange.Category2ToCategory3", M(2015, 4)),
             ("Records.Attention.CategoryChange.Category3ToCategory1", M(2018, 4)),
             ("Records.Attention.CategoryChange.Category2ToCategory1", M(2022, 4))],
            items.Select(i => (i.MessageKey, i.From)));
        Assert.All(items, i => Assert.Equal(AttentionCodes.CategoryChange, i.Code));
        Assert.All(items, i => Assert.Equal(AttentionActions.CategoryChange, i.ActionCode));
    }

    [Fact]
    public void ExplainsACategoryChangeAcrossAGap()
    {
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2020, 3), MonthStatus.EmployeesPension, pay: 240_000)
            .Add(M(2020, 4), M(2020, 5), MonthStatus.NotEnrolled)
            .Add(M(2020, 6), M(2020, 12), MonthStatus.Paid, paid: true);
        var items = RecordAttention.Find(Born1990, record.Months, [], D(2021, 1, 10));
        Assert.Contains(items, i => i.Code == AttentionCodes.CategoryChange && i.From == M(2020, 6)
                                    && i.MessageKey.EndsWith("Category2ToCategory1", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Code == AttentionCodes.NotEnrolledGap && i.From == M(2020, 4) && i.To == M(2020, 5));
    }

    [Fact]
    public void WarnsOfLatePaymentCandidatesWithinTwelveMonthsOfTheLimit()
    {
        var record = PaidSince20Until(2016, 5)
            .Add(M(2016, 6), M(2017, 5), MonthStatus.FullExemption)
            .Add(M(2017, 6), M(2026, 3), MonthStatus.Paid, paid: true);
        var item = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2026, 4, 10)));
        // 2016-06 (last 2026-06) to 2017-03 (last 2027-03, 11 months left); 2017-04 has 12 months left.
        Assert.Equal((AttentionCodes.LatePaymentNearLimit, M(2016, 6), M(2017, 3)), (item.Code, item.From, item.To));
        Assert.Equal(AttentionActions.LatePaymentSoon, item.ActionCode);
        Assert.Equal(D(2026, 6, 30), item.Deadline);
    }

    [Fact]
    public void FlagsAPayJumpOfHalfOrMoreWithinOneEmployment()
    {
        var job = Guid.NewGuid();
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2020, 3), MonthStatus.EmployeesPension, pay: 200_000, periodId: job)
            .Add(M(2020, 4), MonthStatus.EmployeesPension, pay: 280_000, periodId: job)    // +40%: no
            .Add(M(2020, 5), MonthStatus.EmployeesPension, pay: 420_000, periodId: job)    // +50%: yes
            .Add(M(2020, 6), MonthStatus.EmployeesPension, pay: 210_000, periodId: job)    // −50%: yes
            .Add(M(2020, 7), M(2020, 12), MonthStatus.EmployeesPension, pay: 650_000, periodId: Guid.NewGuid()); // new employer: no
        var item = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2021, 1, 10)));
        Assert.Equal((AttentionCodes.PayJump, M(2020, 5), M(2020, 6), AttentionActions.Enquiry),
            (item.Code, item.From, item.To, item.ActionCode));
    }

    [Fact]
    public void FlagsNationalPensionPaymentsInEmployeesPensionMonths()
    {
        var record = new RecordBuilder()
            .Add(M(2010, 4), M(2020, 3), MonthStatus.EmployeesPension, pay: 240_000)
            .Add(M(2020, 4), M(2020, 5), MonthStatus.EmployeesPension, premiumDue: 16_540, paid: true, pay: 240_000)
            .Add(M(2020, 6), M(2020, 12), MonthStatus.EmployeesPension, pay: 240_000);
        var item = Assert.Single(RecordAttention.Find(Born1990, record.Months, [], D(2021, 1, 10)));
        Assert.Equal((AttentionCodes.NationalPensionInEmployeesPension, M(2020, 4), M(2020, 5), AttentionActions.Enquiry),
            (item.Code, item.From, item.To, item.ActionCode));
    }

    [Fact]
    public void AFullyPaidRecordNeedsNoAttention()
    {
        Assert.Empty(RecordAttention.Find(Born1990, PaidSince20Until(2026, 3).Months, [], D(2026, 4, 10)));
    }
}
