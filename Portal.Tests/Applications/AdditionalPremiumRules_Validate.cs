using Portal.Domain.Common;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class AdditionalPremiumRules_Validate
{
    private static readonly DateOnly Today = D(2026, 11, 23);
    private static AdditionalPremiumApplication App(string start = "2026-11") => new() { StartMonth = start };

    [Fact]
    public void Category1MayApply() => Assert.Empty(AdditionalPremiumRules.Validate(App(), Facts(), Today));

    [Theory]
    [InlineData(InsuredCategory.Voluntary, false, null)]
    [InlineData(InsuredCategory.Category1, true, null)]
    [InlineData(InsuredCategory.SpecialVoluntary, false, IssueCodes.Category)]
    [InlineData(InsuredCategory.Category2, false, IssueCodes.EmployerRoute)]
    [InlineData(InsuredCategory.Category3, false, IssueCodes.EmployerRoute)]
    [InlineData(InsuredCategory.None, false, IssueCodes.Category)]
    public void Category1AndVoluntaryOnly(InsuredCategory category, bool voluntaryFlag, string? code)
    {
        var issues = AdditionalPremiumRules.Validate(App(), Facts(category, voluntary: voluntaryFlag), Today);
        if (code is null) Assert.Empty(issues);
        else SingleError(issues, "", code);
    }

    [Fact]
    public void RefusedForNationalPensionFundMembers() =>
        Assert.Equal(ApplicationMessageKeys.AdditionalPremiumFundMember,
            SingleError(AdditionalPremiumRules.Validate(App(), Facts(fundMember: true), Today), "", IssueCodes.Conflict).MessageKey);

    [Fact]
    public void RefusedWhileAnExemptionIsInForceThisMonth()
    {
        var issue = SingleError(AdditionalPremiumRules.Validate(App(), Facts(exemptMonths: [M(2026, 11)]), Today), "", IssueCodes.Conflict);
        Assert.Equal(ApplicationMessageKeys.AdditionalPremiumWhileExempt, issue.MessageKey);
        Assert.Equal(["2026-11"], issue.Args);
    }

    [Fact]
    public void RefusedWhenTheStartMonthIsExempt()
    {
        var issue = SingleError(AdditionalPremiumRules.Validate(App("2027-01"), Facts(exemptMonths: [M(2027, 1)]), Today), "", IssueCodes.Conflict);
        Assert.Equal(["2027-01"], issue.Args);
    }

    [Fact]
    public void AnExemptionThatEndedEarlierDoesNotBlock() =>
        Assert.Empty(AdditionalPremiumRules.Validate(App(), Facts(exemptMonths: [M(2026, 6), M(2026, 10)]), Today));

    [Fact]
    public void RefusedWhenAlreadyPaying() =>
        SingleError(AdditionalPremiumRules.Validate(App(), Facts(additionalPremium: true), Today), "", IssueCodes.AlreadyActive);

    [Theory]
    [InlineData("2026-10", false)]
    [InlineData("2026-11", true)]
    [InlineData("2027-11", true)]
    [InlineData("2027-12", false)]
    public void StartsFromThisMonthUpToTwelveAhead(string start, bool ok)
    {
        var issues = AdditionalPremiumRules.Validate(App(start), Facts(), Today);
        if (ok) Assert.Empty(issues);
        else Assert.Equal(["2026-11", "2027-11"], SingleError(issues, "startMonth", IssueCodes.Range).Args);
    }

    [Fact]
    public void KeyPrefillAndDuplicate()
    {
        Assert.Equal($"citizen.additional-premium|{P}|2026-11", AdditionalPremiumRules.BusinessKey(App(), Facts()));
        Assert.Null(AdditionalPremiumRules.BusinessKey(new AdditionalPremiumApplication(), Facts()));
        Assert.Equal("2026-11", AdditionalPremiumRules.Prefill(Facts(), Today).StartMonth);
        SingleError(AdditionalPremiumRules.Validate(App(), Facts(active: new ActiveSubmission($"citizen.additional-premium|{P}|2026-11", "ADP-1")), Today), "", IssueCodes.Duplicate);
        SingleError(AdditionalPremiumRules.Validate(new AdditionalPremiumApplication(), Facts(), Today), "startMonth", IssueCodes.Required);
    }
}
