using Portal.Domain.Common;
using Portal.Domain.Applications;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ExemptionPreCheck_Assess
{
    private static readonly DateOnly Today = D(2026, 11, 23);

    private static TierAssessment Tier(IReadOnlyList<TierAssessment> all, ExemptionTier tier) => Assert.Single(all, a => a.Tier == tier);

    private static ExemptionApplication Household(long applicant, int dependants = 0, long? spouse = null, long? householder = null,
        long dependantDeduction = 0, long social = 0)
    {
        var app = Exemption();
        app.Applicant = new ExemptionApplicant
        {
            Income = applicant, DependantCount = dependants, DependantDeduction = dependantDeduction, SocialInsuranceDeduction = social,
        };
        if (spouse is { } s)
        {
            app.HasSpouse = true;
            app.Spouse = new HouseholdMember { Name = "配偶者", Income = s, DependantCount = 0 };
        }
        if (householder is { } h)
        {
            app.ApplicantIsHouseholder = false;
            app.Householder = new Householder { Name = "世帯主", Relationship = "父", Income = h, DependantCount = 0 };
        }
        return app;
    }

    [Fact]
    public void AssessesTheFourExemptionTiersAndDeferral() =>
        Assert.Equal([ExemptionTier.Full, ExemptionTier.ThreeQuarter, ExemptionTier.Half, ExemptionTier.Quarter, ExemptionTier.Deferral],
            ExemptionPreCheck.Assess(Household(0), Today).Select(a => a.Tier));

    [Fact]
    public void FullLimitIsDependantsPlusOneTimes350kPlus320k()
    {
        // (2 + 1) × 350,000 + 320,000 = 1,370,000
        var at = Tier(ExemptionPreCheck.Assess(Household(1_370_000, dependants: 2), Today), ExemptionTier.Full);
        Assert.True(at.Qualifies);
        var person = Assert.Single(at.Persons);
        Assert.Equal("applicant", person.Person);
        Assert.Equal(1_370_000, person.Limit);
        Assert.Equal(ApplicationMessageKeys.PreCheckFormulaFull, person.Formula.MessageKey);
        Assert.Equal(["2", "350,000", "320,000", "1,370,000"], person.Formula.Args);
        Assert.Equal(ApplicationMessageKeys.PreCheckWithinLimit, person.Comparison.MessageKey);
        Assert.Equal(["1,370,000", "1,370,000"], person.Comparison.Args);

        var over = Tier(ExemptionPreCheck.Assess(Household(1_370_001, dependants: 2), Today), ExemptionTier.Full);
        Assert.False(over.Qualifies);
        Assert.Equal(ApplicationMessageKeys.PreCheckOverLimit, over.Persons[0].Comparison.MessageKey);
    }

    [Theory]
    [InlineData(ExemptionTier.ThreeQuarter, 880_000)]
    [InlineData(ExemptionTier.Half, 1_280_000)]
    [InlineData(ExemptionTier.Quarter, 1_680_000)]
    public void PartialLimitsAddTheDeductions(ExemptionTier tier, long @base)
    {
        var limit = @base + 380_000 + 150_000;
        var ok = Tier(ExemptionPreCheck.Assess(Household(limit, dependants: 1, dependantDeduction: 380_000, social: 150_000), Today), tier);
        Assert.True(ok.Qualifies);
        Assert.Equal(limit, ok.Persons[0].Limit);
        Assert.Equal(ApplicationMessageKeys.PreCheckFormulaPartial, ok.Persons[0].Formula.MessageKey);
        Assert.Equal([@base.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "380,000", "150,000",
            limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)], ok.Persons[0].Formula.Args);

        var over = Tier(ExemptionPreCheck.Assess(Household(limit + 1, dependants: 1, dependantDeduction: 380_000, social: 150_000), Today), tier);
        Assert.False(over.Qualifies);
    }

    [Fact]
    public void EveryAssessedPersonMustPass()
    {
        var all = ExemptionPreCheck.Assess(Household(0, spouse: 0, householder: 5_000_000), Today);
        var full = Tier(all, ExemptionTier.Full);
        Assert.False(full.Qualifies);
        Assert.Equal(["applicant", "spouse", "householder"], full.Persons.Select(p => p.Person));
        Assert.Equal([true, true, false], full.Persons.Select(p => p.Passes));
        // deferral does not look at the householder
        var deferral = Tier(all, ExemptionTier.Deferral);
        Assert.True(deferral.Qualifies);
        Assert.Equal(["applicant", "spouse"], deferral.Persons.Select(p => p.Person));
    }

    [Fact]
    public void AHighEarningSpouseFailsEveryTier() =>
        Assert.All(ExemptionPreCheck.Assess(Household(0, spouse: 9_000_000), Today), t => Assert.False(t.Qualifies));

    [Fact]
    public void JobLossIgnoresTheApplicantsIncomeOnly()
    {
        var app = Household(9_000_000, spouse: 0);
        app.Applicant!.JobLoss = true;
        var full = Tier(ExemptionPreCheck.Assess(app, Today), ExemptionTier.Full);
        Assert.True(full.Qualifies);
        Assert.True(full.Persons[0].Ignored);
        Assert.Null(full.Persons[0].Income);
        Assert.Equal(ApplicationMessageKeys.PreCheckJobLossIgnored, full.Persons[0].Comparison.MessageKey);
        Assert.False(full.Persons[1].Ignored);

        app.Spouse!.Income = 9_000_000;
        Assert.False(Tier(ExemptionPreCheck.Assess(app, Today), ExemptionTier.Full).Qualifies);
    }

    [Fact]
    public void MissingFiguresGiveNoVerdict()
    {
        var app = Household(0);
        app.Applicant!.Income = null;
        var full = Tier(ExemptionPreCheck.Assess(app, Today), ExemptionTier.Full);
        Assert.Null(full.Qualifies);
        Assert.Equal(ApplicationMessageKeys.PreCheckMissingIncome, full.Persons[0].Comparison.MessageKey);
        // an empty draft never throws
        Assert.Equal(5, ExemptionPreCheck.Assess(new ExemptionApplication(), Today).Count);
    }

    [Fact]
    public void DeferralIsNotApplicableFromFifty()
    {
        var under = Tier(ExemptionPreCheck.Assess(Household(0), Today, D(1976, 8, 2)), ExemptionTier.Deferral);
        Assert.True(under.Qualifies);
        var over = Tier(ExemptionPreCheck.Assess(Household(0), Today, D(1976, 7, 2)), ExemptionTier.Deferral);
        Assert.False(over.Qualifies);
        Assert.Contains(over.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckDeferralAge && n.Args.SequenceEqual(["2026-07"]));
        var unknown = Tier(ExemptionPreCheck.Assess(Household(0), Today), ExemptionTier.Deferral);
        Assert.Contains(unknown.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckDeferralUnderFifty);
    }

    [Fact]
    public void NotesNameTheIncomeYearAndSayItIsAnIndication()
    {
        var full = Tier(ExemptionPreCheck.Assess(Household(0), Today), ExemptionTier.Full);
        Assert.Equal(new ExplanationLine(ApplicationMessageKeys.PreCheckIncomeYear, ["2026-07", "2027-06", "2025"]).Args, full.Notes[0].Args);
        Assert.Contains(full.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckIndicationOnly);
        var half = Tier(ExemptionPreCheck.Assess(Household(0), Today), ExemptionTier.Half);
        Assert.Contains(half.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckSpecificRelativeDeduction);
        var earlierHalf = Tier(ExemptionPreCheck.Assess(Exemption(start: "2025-07", end: "2026-06"), Today), ExemptionTier.Half);
        Assert.DoesNotContain(earlierHalf.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckSpecificRelativeDeduction);
    }

    [Fact]
    public void AYearWithoutCriteriaGivesNoVerdict()
    {
        var full = Tier(ExemptionPreCheck.Assess(Exemption(start: "2020-07", end: "2021-06"), Today), ExemptionTier.Full);
        Assert.Null(full.Qualifies);
        Assert.Contains(full.Notes, n => n.MessageKey == ApplicationMessageKeys.PreCheckNoCriteria);
    }

    [Fact]
    public void TheCriteriaLiveInOneDatedCatalogueMarkedVerify()
    {
        Assert.All(ExemptionIncomeCriteria.Catalogue, c => Assert.True(c.Verify));
        Assert.Equal(ExemptionIncomeCriteria.Catalogue.OrderBy(c => c.EffectiveFrom), ExemptionIncomeCriteria.Catalogue);
        Assert.Null(ExemptionIncomeCriteria.For(M(2020, 7)));
        Assert.Equal(670_000, ExemptionIncomeCriteria.For(M(2026, 7))!.FullLimit(0));
    }

    [Fact]
    public void StudentDeferralAssessesTheApplicantAgainst128kPlusDeductions()
    {
        var app = Student();
        app.Applicant!.Income = 1_280_000 + 100_000;
        app.Applicant.SocialInsuranceDeduction = 100_000;
        var at = ExemptionPreCheck.AssessStudent(app, Today);
        Assert.Equal(ExemptionTier.Student, at.Tier);
        Assert.Equal(ApplicationMessageKeys.TierStudent, at.NameKey);
        Assert.True(at.Qualifies);
        Assert.Equal(1_380_000, Assert.Single(at.Persons).Limit);
        Assert.Equal(["2026-04", "2027-03", "2025"], at.Notes[0].Args);
        app.Applicant.Income++;
        Assert.False(ExemptionPreCheck.AssessStudent(app, Today).Qualifies);
    }
}
