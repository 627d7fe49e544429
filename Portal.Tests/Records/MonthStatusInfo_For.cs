using Portal.Domain.Records;
using static Portal.Tests.Records.RecordBuilder;

namespace Portal.Tests.Records;

public sealed class MonthStatusInfo_For
{
    [Fact]
    public void HasOneRowPerStatus()
    {
        Assert.Equal(Enum.GetValues<MonthStatus>(), MonthStatusInfo.All.Select(i => i.Status));
        Assert.Equal(MonthStatusInfo.All.Count, MonthStatusInfo.All.Select(i => i.ShortCode).Distinct().Count());
    }

    [Theory]
    [InlineData(MonthStatus.Paid, "1", "1")]
    [InlineData(MonthStatus.Category3, "1", "1")]
    [InlineData(MonthStatus.EmployeesPension, "1", "1")]
    [InlineData(MonthStatus.MaternityExemption, "1", "1")]
    [InlineData(MonthStatus.ChildcareExemption, "1", "1")]
    [InlineData(MonthStatus.StatutoryExemption, "1/3", "1/2")]
    [InlineData(MonthStatus.FullExemption, "1/3", "1/2")]
    [InlineData(MonthStatus.ThreeQuarterExemption, "1/2", "5/8")]
    [InlineData(MonthStatus.HalfExemption, "2/3", "3/4")]
    [InlineData(MonthStatus.QuarterExemption, "5/6", "7/8")]
    [InlineData(MonthStatus.PaymentDeferral, "0", "0")]
    [InlineData(MonthStatus.StudentDeferral, "0", "0")]
    [InlineData(MonthStatus.Unpaid, "0", "0")]
    [InlineData(MonthStatus.NotEnrolled, "0", "0")]
    public void WeighsMonthsOnEachSideOfApril2009(MonthStatus status, string before, string from)
    {
        var info = MonthStatusInfo.For(status);
        Assert.Equal(Fraction(before), info.WeightFor(M(2009, 3)));
        Assert.Equal(Fraction(from), info.WeightFor(M(2009, 4)));
        Assert.Equal(info.WeightBeforeApril2009, info.WeightFor(M(1990, 1)));
        Assert.Equal(info.WeightFromApril2009, info.WeightFor(M(2026, 1)));
    }

    [Fact]
    public void OnlyUnpaidAndNotEnrolledFailEligibilityAndNeedAttention()
    {
        var failing = MonthStatusInfo.All.Where(i => !i.CountsTowardEligibility).Select(i => i.Status);
        var attention = MonthStatusInfo.All.Where(i => i.NeedsAttention).Select(i => i.Status);
        Assert.Equal([MonthStatus.Unpaid, MonthStatus.NotEnrolled], failing);
        Assert.Equal([MonthStatus.Unpaid, MonthStatus.NotEnrolled], attention);
    }

    [Fact]
    public void ExemptionsAndDeferralsAreLatePaymentTypesWithTheirExemptShare()
    {
        var candidates = MonthStatusInfo.All.Where(i => i.IsLatePaymentCandidateType)
            .ToDictionary(i => i.Status, i => i.ExemptShare);
        Assert.Equal(new Dictionary<MonthStatus, decimal>
        {
            [MonthStatus.StatutoryExemption] = 1m,
            [MonthStatus.FullExemption] = 1m,
            [MonthStatus.ThreeQuarterExemption] = 0.75m,
            [MonthStatus.HalfExemption] = 0.5m,
            [MonthStatus.QuarterExemption] = 0.25m,
            [MonthStatus.PaymentDeferral] = 1m,
            [MonthStatus.StudentDeferral] = 1m,
        }, candidates);
        Assert.False(MonthStatusInfo.For(MonthStatus.MaternityExemption).IsLatePaymentCandidateType);
    }

    [Fact]
    public void NamesAndShortLabelsAreMessageKeys()
    {
        var info = MonthStatusInfo.For(MonthStatus.ThreeQuarterExemption);
        Assert.Equal("Records.Status.ThreeQuarterExemption", info.NameKey);
        Assert.Equal("Records.StatusShort.ThreeQuarterExemption", info.ShortLabelKey);
    }

    private static decimal Fraction(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 1 ? decimal.Parse(parts[0]) : decimal.Parse(parts[0]) / decimal.Parse(parts[1]);
    }
}
