using Portal.Domain.Common;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ExemptionRules_Validate
{
    private static readonly DateOnly Today = D(2026, 11, 23);

    [Fact]
    public void ACompleteApplicationHasNoIssues() =>
        Assert.Empty(ExemptionRules.Validate(Exemption(), Facts(), Today));

    [Fact]
    public void AnEmptyDraftListsEveryMissingAnswer()
    {
        var issues = ExemptionRules.Validate(new ExemptionApplication(), Facts(), Today);
        SingleError(issues, "type", IssueCodes.Required);
        SingleError(issues, "period", IssueCodes.Required);
        SingleError(issues, "applicant", IssueCodes.Required);
        SingleError(issues, "hasSpouse", IssueCodes.Required);
        SingleError(issues, "applicantIsHouseholder", IssueCodes.Required);
        Assert.All(issues, i => Assert.Equal(ApplicationMessageKeys.Required, i.MessageKey));
    }

    // ---- the July–June year and the window ----

    [Theory]
    [InlineData("2026-07", "2027-06")]
    [InlineData("2026-09", "2026-12")]
    [InlineData("2027-06", "2027-06")]
    public void MonthsWithinOneJulyToJuneYearAreAccepted(string start, string end) =>
        NoErrors(ExemptionRules.Validate(Exemption(start: start, end: end), Facts(), Today));

    [Theory]
    [InlineData("2026-06", "2026-07")]
    [InlineData("2025-07", "2026-07")]
    public void APeriodCrossingJulyIsRefusedWithTheYearsBounds(string start, string end)
    {
        var issue = SingleError(ExemptionRules.Validate(Exemption(start: start, end: end), Facts(), Today), "period.end", IssueCodes.CrossesYear);
        Assert.Equal(ApplicationMessageKeys.PeriodCrossesJulyYear, issue.MessageKey);
        var yearStart = ApplicationPeriods.ExemptionYearStart(Domain.Common.YearMonth.Parse(start).Value);
        Assert.Equal([yearStart.ToString(), yearStart.AddMonths(11).ToString()], issue.Args);
    }

    [Fact]
    public void StartAfterEndIsRefused() =>
        SingleError(ExemptionRules.Validate(Exemption(start: "2027-01", end: "2026-12"), Facts(), Today), "period.end", IssueCodes.StartAfterEnd);

    [Theory]
    [InlineData("2026.07")]
    [InlineData("July")]
    [InlineData("2026-13")]
    public void AnUnreadableMonthIsAFormatError(string start)
    {
        var issue = SingleError(ExemptionRules.Validate(Exemption(start: start), Facts(), Today), "period.start", IssueCodes.Format);
        Assert.Equal(ApplicationMessageKeys.MonthFormat, issue.MessageKey);
    }

    [Fact]
    public void AppliedInAugust2025TheWindowReachesJuly2023()
    {
        var today = D(2025, 8, 15);
        NoErrors(ExemptionRules.Validate(Exemption(start: "2023-07", end: "2024-06"), Facts(), today));

        var issue = SingleError(ExemptionRules.Validate(Exemption(start: "2023-06", end: "2023-06"), Facts(), today), "period.start", IssueCodes.OutOfWindow);
        Assert.Equal(ApplicationMessageKeys.PeriodOutOfWindow, issue.MessageKey);
        Assert.Equal(["2023-07", "2026-06"], issue.Args); // the allowed range: earliest month to the end of the open year
    }

    [Fact]
    public void OneMonthLaterJuly2023IsOutsideTheWindow()
    {
        var issue = SingleError(ExemptionRules.Validate(Exemption(start: "2023-07", end: "2024-06"), Facts(), D(2025, 9, 1)), "period.start", IssueCodes.OutOfWindow);
        Assert.Equal(["2023-08", "2026-06"], issue.Args);
        NoErrors(ExemptionRules.Validate(Exemption(start: "2023-08", end: "2024-06"), Facts(), D(2025, 9, 1)));
    }

    [Fact]
    public void TheNextYearOpensInItsJuly()
    {
        var issue = SingleError(ExemptionRules.Validate(Exemption(start: "2026-07", end: "2027-06"), Facts(), D(2026, 6, 30)), "period.end", IssueCodes.NotYetOpen);
        Assert.Equal(ApplicationMessageKeys.PeriodNotYetOpen, issue.MessageKey);
        Assert.Equal(["2026-06", "2026-07-01"], issue.Args);
        NoErrors(ExemptionRules.Validate(Exemption(start: "2026-07", end: "2027-06"), Facts(), D(2026, 7, 1)));
    }

    [Fact]
    public void FutureMonthsOfTheOpenYearAreAccepted() =>
        NoErrors(ExemptionRules.Validate(Exemption(start: "2027-03", end: "2027-06"), Facts(), D(2026, 7, 1)));

    // ---- categories ----

    [Theory]
    [InlineData(InsuredCategory.Category2, IssueCodes.EmployerRoute, ApplicationMessageKeys.EligibilityEmployerRouteCategory2)]
    [InlineData(InsuredCategory.Category3, IssueCodes.EmployerRoute, ApplicationMessageKeys.EligibilityEmployerRouteCategory3)]
    [InlineData(InsuredCategory.None, IssueCodes.Category, ApplicationMessageKeys.EligibilityCategory1Only)]
    [InlineData(InsuredCategory.Voluntary, IssueCodes.VoluntaryMember, ApplicationMessageKeys.EligibilityNotForVoluntary)]
    [InlineData(InsuredCategory.SpecialVoluntary, IssueCodes.VoluntaryMember, ApplicationMessageKeys.EligibilityNotForVoluntary)]
    public void OnlyCategory1NonVoluntaryMayApply(InsuredCategory category, string code, string key)
    {
        var issue = SingleError(ExemptionRules.Validate(Exemption(), Facts(category), Today), "", code);
        Assert.Equal(key, issue.MessageKey);
    }

    [Fact]
    public void AVoluntaryFlagRefusesEvenWithCategory1() =>
        SingleError(ExemptionRules.Validate(Exemption(), Facts(voluntary: true), Today), "", IssueCodes.VoluntaryMember);

    // ---- payment deferral: under 50 at the start ----

    [Theory]
    [InlineData(1976, 8, 2, true)]   // reaches 50 on 2026-08-01: July 2026 still covered
    [InlineData(1976, 7, 2, false)]  // reaches 50 on 2026-07-01: not covered from July
    [InlineData(1976, 7, 1, false)]  // reaches 50 on 2026-06-30
    [InlineData(1980, 1, 1, true)]
    public void DeferralNeedsTheApplicantUnder50AtTheStart(int y, int m, int d, bool accepted)
    {
        var issues = ExemptionRules.Validate(Exemption(ExemptionType.Deferral), Facts(birthDate: D(y, m, d)), Today);
        if (accepted)
        {
            NoErrors(issues);
        }
        else
        {
            var issue = SingleError(issues, "type", IssueCodes.Age);
            Assert.Equal(ApplicationMessageKeys.ExemptionDeferralAge, issue.MessageKey);
        }
    }

    [Fact]
    public void ReachingFiftyInsideThePeriodWarnsFromThatMonth()
    {
        var issue = SingleWarning(ExemptionRules.Validate(Exemption(ExemptionType.Deferral), Facts(birthDate: D(1976, 8, 2)), Today), "period.end", IssueCodes.Age);
        Assert.Equal(["2026-08"], issue.Args);
        Assert.Equal(M(2026, 8), ExemptionRules.DeferralEndsBefore(D(1976, 8, 2)));
    }

    [Fact]
    public void TheAgeLimitDoesNotApplyToExemptions() =>
        NoErrors(ExemptionRules.Validate(Exemption(ExemptionType.Full), Facts(birthDate: D(1970, 1, 1)), Today));

    // ---- category 1 ends at 60 ----

    [Theory]
    [InlineData(1966, 12, 2, null)]          // reaches 60 on 2026-12-01: July–November still category 1
    [InlineData(1966, 7, 2, IssueCodes.Age)]  // reaches 60 on 2026-07-01: nothing left
    [InlineData(1967, 7, 2, null)]            // reaches 60 on 2027-07-01: after the period
    public void MonthsFromReachingSixtyAreNotCovered(int y, int m, int d, string? error)
    {
        var issues = ExemptionRules.Validate(Exemption(), Facts(birthDate: D(y, m, d)), Today);
        if (error is not null)
        {
            Assert.Equal(["2026-07"], SingleError(issues, "period.start", error).Args);
            return;
        }
        NoErrors(issues);
        var warned = issues.SingleOrDefault(i => i.Field == "period.end" && i.Code == IssueCodes.Age);
        Assert.Equal(y == 1966, warned is not null);
        if (warned is not null)
        {
            Assert.Equal(["2026-12"], warned.Args);
            Assert.Equal(ApplicationMessageKeys.PeriodEndsAtSixty, warned.MessageKey);
        }
    }

    // ---- assessed persons ----

    [Fact]
    public void ASpouseIsRequiredWhenThereIsOne()
    {
        var app = Exemption();
        app.HasSpouse = true;
        SingleError(ExemptionRules.Validate(app, Facts(), Today), "spouse", IssueCodes.Required);

        app.Spouse = new HouseholdMember();
        var issues = ExemptionRules.Validate(app, Facts(), Today);
        SingleError(issues, "spouse.name", IssueCodes.Required);
        SingleError(issues, "spouse.income", IssueCodes.Required);
        SingleError(issues, "spouse.dependantCount", IssueCodes.Required);

        app.Spouse = new HouseholdMember { Name = "年金 太郎", Income = 2_000_000, DependantCount = 1 };
        NoErrors(ExemptionRules.Validate(app, Facts(), Today));
    }

    [Fact]
    public void AHouseholderOtherThanTheApplicantIsRequiredForExemptions()
    {
        var app = Exemption();
        app.ApplicantIsHouseholder = false;
        SingleError(ExemptionRules.Validate(app, Facts(), Today), "householder", IssueCodes.Required);

        app.Householder = new Householder { Name = "年金 一郎", Income = 3_000_000, DependantCount = 2 };
        SingleError(ExemptionRules.Validate(app, Facts(), Today), "householder.relationship", IssueCodes.Required);

        app.Householder.Relationship = "父";
        NoErrors(ExemptionRules.Validate(app, Facts(), Today));
    }

    [Fact]
    public void DeferralAssessesApplicantAndSpouseOnly()
    {
        var app = Exemption(ExemptionType.Deferral);
        app.ApplicantIsHouseholder = null;
        app.Householder = null;
        Assert.Empty(ExemptionRules.Validate(app, Facts(), Today));

        app.ApplicantIsHouseholder = false; // a householder is not asked: nothing required
        NoErrors(ExemptionRules.Validate(app, Facts(), Today));
    }

    [Fact]
    public void NegativeOrAbsurdFiguresAreRefused()
    {
        var app = Exemption();
        app.Applicant!.Income = -1;
        app.Applicant.DependantCount = 100;
        app.Applicant.SocialInsuranceDeduction = 20_000_000_000;
        var issues = ExemptionRules.Validate(app, Facts(), Today);
        SingleError(issues, "applicant.income", IssueCodes.Range);
        Assert.Equal(["0", "99"], SingleError(issues, "applicant.dependantCount", IssueCodes.Range).Args);
        SingleError(issues, "applicant.socialInsuranceDeduction", IssueCodes.Range);
    }

    [Fact]
    public void ASpouseBornInTheFutureIsRefused()
    {
        var app = Exemption();
        app.HasSpouse = true;
        app.Spouse = new HouseholdMember { Name = "年金 太郎", BirthDate = Today.AddDays(1), Income = 0, DependantCount = 0 };
        SingleError(ExemptionRules.Validate(app, Facts(), Today), "spouse.birthDate", IssueCodes.FutureDate);
    }

    // ---- job loss ----

    [Fact]
    public void JobLossNeedsADateButNoApplicantIncome()
    {
        var app = Exemption();
        app.Applicant = new ExemptionApplicant { JobLoss = true };
        var issues = ExemptionRules.Validate(app, Facts(), Today);
        SingleError(issues, "applicant.jobLossDate", IssueCodes.Required);
        Assert.DoesNotContain(issues, i => i.Field is "applicant.income" or "applicant.dependantCount");

        app.Applicant.JobLossDate = D(2026, 3, 31);
        issues = ExemptionRules.Validate(app, Facts(), Today);
        NoErrors(issues);
        Assert.Equal(ApplicationMessageKeys.ExemptionJobLossProof, SingleWarning(issues, "applicant.jobLoss", IssueCodes.Required).MessageKey);
    }

    [Fact]
    public void AJobLossInTheFutureIsRefusedAndOneBeforeTheIncomeYearWarns()
    {
        var app = Exemption();
        app.Applicant = new ExemptionApplicant { JobLoss = true, DependantCount = 0, JobLossDate = Today.AddDays(1) };
        SingleError(ExemptionRules.Validate(app, Facts(), Today), "applicant.jobLossDate", IssueCodes.FutureDate);

        app.Applicant.JobLossDate = D(2024, 12, 31); // year 2026-07 is judged on 2025 income
        var w = SingleWarning(ExemptionRules.Validate(app, Facts(), Today), "applicant.jobLossDate", IssueCodes.NotApplicable);
        Assert.Equal(["2025-01-01"], w.Args);
        app.Applicant.JobLossDate = D(2025, 1, 1);
        Assert.DoesNotContain(ExemptionRules.Validate(app, Facts(), Today), i => i.Code == IssueCodes.NotApplicable);
    }

    // ---- continuation, duplicates, additional premium ----

    [Theory]
    [InlineData(ExemptionType.Full, true)]
    [InlineData(ExemptionType.Deferral, true)]
    [InlineData(ExemptionType.Half, false)]
    [InlineData(ExemptionType.Quarter, false)]
    public void ContinuationOnlyForFullAndDeferral(ExemptionType type, bool allowed)
    {
        var app = Exemption(type);
        app.ContinuationRequested = true;
        var issues = ExemptionRules.Validate(app, Facts(), Today);
        if (allowed) NoErrors(issues);
        else SingleError(issues, "continuationRequested", IssueCodes.NotApplicable);
    }

    [Fact]
    public void TheSameTypeAndYearOpenOrApprovedIsADuplicate()
    {
        var key = $"citizen.exemption|{P}|full|2026-07";
        // any months of the same year collide: the key uses the year's July
        var issue = SingleError(ExemptionRules.Validate(Exemption(start: "2026-10", end: "2027-03"),
            Facts(active: new ActiveSubmission(key, "EXM-2026-000123")), Today), "", IssueCodes.Duplicate);
        Assert.Equal(ApplicationMessageKeys.Duplicate, issue.MessageKey);
        Assert.Equal(["EXM-2026-000123"], issue.Args);
    }

    [Fact]
    public void AnotherYearOrAnotherPersonIsNoDuplicate()
    {
        var facts = Facts(active:
        [
            new ActiveSubmission($"citizen.exemption|{P}|full|2025-07", "EXM-1"),
            new ActiveSubmission($"citizen.exemption|{Guid.NewGuid():N}|full|2026-07", "EXM-2"),
        ]);
        Assert.Empty(ExemptionRules.Validate(Exemption(), facts, Today));
    }

    [Fact]
    public void AnotherTypeForTheSameYearWarns()
    {
        var facts = Facts(active: new ActiveSubmission($"citizen.exemption|{P}|half|2026-07", "EXM-9"));
        var issues = ExemptionRules.Validate(Exemption(), facts, Today);
        NoErrors(issues);
        Assert.Equal(["EXM-9"], SingleWarning(issues, "", IssueCodes.OtherTypeOpen).Args);
    }

    [Fact]
    public void AnApprovalWouldEndAnActiveAdditionalPremium()
    {
        var issues = ExemptionRules.Validate(Exemption(), Facts(additionalPremium: true), Today);
        NoErrors(issues);
        Assert.Equal(ApplicationMessageKeys.ExemptionEndsAdditionalPremium, SingleWarning(issues, "", IssueCodes.Conflict).MessageKey);
    }
}
