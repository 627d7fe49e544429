using Portal.Domain.Common;
using Portal.Domain.Applications;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ExemptionRules_KeyAndPrefill
{
    [Theory]
    [InlineData(ExemptionType.Full, "2026-07", "full|2026-07")]
    [InlineData(ExemptionType.ThreeQuarter, "2027-02", "three-quarter|2026-07")]
    [InlineData(ExemptionType.Half, "2026-06", "half|2025-07")]
    [InlineData(ExemptionType.Quarter, "2026-12", "quarter|2026-07")]
    [InlineData(ExemptionType.Deferral, "2026-07", "deferral|2026-07")]
    public void TheKeyNamesPersonTypeAndTheYearsJuly(ExemptionType type, string start, string tail) =>
        Assert.Equal($"citizen.exemption|{P}|{tail}", ExemptionRules.BusinessKey(Exemption(type, start, start), Facts()));

    [Fact]
    public void NoKeyWithoutTypeOrReadableStart()
    {
        Assert.Null(ExemptionRules.BusinessKey(new ExemptionApplication(), Facts()));
        Assert.Null(ExemptionRules.BusinessKey(new ExemptionApplication { Type = ExemptionType.Full }, Facts()));
        Assert.Null(ExemptionRules.BusinessKey(new ExemptionApplication { Type = ExemptionType.Full, Period = new() { Start = "x" } }, Facts()));
    }

    [Theory]
    [InlineData(2026, 11, 23, "2026-07", "2027-06")]
    [InlineData(2026, 6, 30, "2025-07", "2026-06")]
    [InlineData(2026, 7, 1, "2026-07", "2027-06")]
    public void PrefillProposesTheCurrentJulyToJuneYear(int y, int m, int d, string start, string end)
    {
        var app = ExemptionRules.Prefill(Facts(), D(y, m, d));
        Assert.Equal(ExemptionType.Full, app.Type);
        Assert.Equal(start, app.Period!.Start);
        Assert.Equal(end, app.Period.End);
        // the prefilled period itself is acceptable
        Assert.DoesNotContain(ExemptionRules.Validate(app, Facts(), D(y, m, d)), i => i.Field.StartsWith("period", StringComparison.Ordinal));
    }
}

public sealed class ExemptionRules_Minimise
{
    [Fact]
    public void DropsWhatTheAnswersMakeUnnecessary()
    {
        var app = Exemption(ExemptionType.Deferral);
        app.HasSpouse = false;
        app.Spouse = new HouseholdMember { Name = "x", Income = 1 };
        app.ApplicantIsHouseholder = false;
        app.Householder = new Householder { Name = "y", Income = 2 };
        app.Applicant!.JobLossDate = D(2026, 1, 1);
        ApplicationForms.Minimise(app);
        Assert.Null(app.Spouse);
        Assert.Null(app.Householder);
        Assert.Null(app.ApplicantIsHouseholder);
        Assert.Null(app.Applicant.JobLossDate);
        Assert.Empty(ExemptionRules.Validate(app, Facts(), D(2026, 11, 23)));
    }

    [Fact]
    public void KeepsWhatIsAssessed()
    {
        var app = Exemption(ExemptionType.Full);
        app.HasSpouse = true;
        app.Spouse = new HouseholdMember { Name = "x", Income = 1, DependantCount = 0 };
        app.ApplicantIsHouseholder = false;
        app.Householder = new Householder { Name = "y", Relationship = "父", Income = 2, DependantCount = 0 };
        ExemptionRules.Minimise(app);
        Assert.NotNull(app.Spouse);
        Assert.NotNull(app.Householder);
        app.ApplicantIsHouseholder = true;
        Assert.Null(ExemptionRules.Minimise(app).Householder);
    }
}
