using Portal.Domain.Common;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class StudentDeferralRules_Validate
{
    private static readonly DateOnly Today = D(2026, 11, 23);

    [Fact]
    public void ACompleteApplicationHasNoIssues() => Assert.Empty(StudentDeferralRules.Validate(Student(), Facts(), Today));

    [Theory]
    [InlineData("2026-04", "2027-03", true)]
    [InlineData("2027-03", "2027-03", true)]
    [InlineData("2026-03", "2026-04", false)] // crosses April
    [InlineData("2026-07", "2027-06", false)] // a July–June period is not a student year
    public void MonthsMustStayInOneAprilToMarchYear(string start, string end, bool ok)
    {
        var issues = StudentDeferralRules.Validate(Student(start, end), Facts(), Today);
        if (ok) NoErrors(issues);
        else Assert.Equal(ApplicationMessageKeys.PeriodCrossesAprilYear, SingleError(issues, "period.end", IssueCodes.CrossesYear).MessageKey);
    }

    [Fact]
    public void TheWindowIsTwoYearsAndOneMonthBack()
    {
        var student = Student("2023-07", "2024-03");
        student.School!.ExpectedGraduation = "2027-03";
        NoErrors(StudentDeferralRules.Validate(student, Facts(), D(2025, 8, 31)));
        var issue = SingleError(StudentDeferralRules.Validate(student, Facts(), D(2025, 9, 1)), "period.start", IssueCodes.OutOfWindow);
        Assert.Equal(["2023-08", "2026-03"], issue.Args);
    }

    [Fact]
    public void TheNextYearOpensInApril()
    {
        Assert.Equal(["2026-03", "2026-04-01"],
            SingleError(StudentDeferralRules.Validate(Student(), Facts(), D(2026, 3, 31)), "period.end", IssueCodes.NotYetOpen).Args);
        NoErrors(StudentDeferralRules.Validate(Student(), Facts(), D(2026, 4, 1)));
    }

    [Fact]
    public void OnlyTheApplicantIsAskedAbout()
    {
        var issues = StudentDeferralRules.Validate(new StudentDeferralApplication(), Facts(), Today);
        Assert.Equal(["period", "school", "applicant"], issues.Select(i => i.Field));
        var app = Student();
        app.Applicant = new ExemptionApplicant();
        issues = StudentDeferralRules.Validate(app, Facts(), Today);
        SingleError(issues, "applicant.income", IssueCodes.Required);
        SingleError(issues, "applicant.dependantCount", IssueCodes.Required);
    }

    [Fact]
    public void GraduationBeforeThePeriodIsRefusedAndWithinItWarns()
    {
        var app = Student();
        app.School!.ExpectedGraduation = "2026-03";
        SingleError(StudentDeferralRules.Validate(app, Facts(), Today), "school.expectedGraduation", IssueCodes.Conflict);
        app.School.ExpectedGraduation = "2026-09";
        Assert.Equal(["2026-09"], SingleWarning(StudentDeferralRules.Validate(app, Facts(), Today), "school.expectedGraduation", IssueCodes.Conflict).Args);
        app.School.ExpectedGraduation = "2027-03";
        Assert.Empty(StudentDeferralRules.Validate(app, Facts(), Today));
        app.School.ExpectedGraduation = "March";
        SingleError(StudentDeferralRules.Validate(app, Facts(), Today), "school.expectedGraduation", IssueCodes.Format);
    }

    [Theory]
    [InlineData(InsuredCategory.Category2, IssueCodes.EmployerRoute)]
    [InlineData(InsuredCategory.Voluntary, IssueCodes.VoluntaryMember)]
    public void OnlyCategory1(InsuredCategory category, string code) =>
        SingleError(StudentDeferralRules.Validate(Student(), Facts(category), Today), "", code);

    [Fact]
    public void OneApplicationPerPersonAndYear()
    {
        Assert.Equal($"citizen.student-deferral|{P}|2026-04", StudentDeferralRules.BusinessKey(Student("2026-10", "2027-03"), Facts()));
        Assert.Null(StudentDeferralRules.BusinessKey(new StudentDeferralApplication(), Facts()));
        var facts = Facts(active: new ActiveSubmission($"citizen.student-deferral|{P}|2026-04", "STD-1"));
        SingleError(StudentDeferralRules.Validate(Student("2026-10", "2027-03"), facts, Today), "", IssueCodes.Duplicate);
        NoErrors(StudentDeferralRules.Validate(Student("2025-04", "2026-03"), facts, Today));
    }

    [Fact]
    public void PrefillProposesTheCurrentAprilToMarchYear()
    {
        var app = StudentDeferralRules.Prefill(Facts(), D(2027, 2, 1));
        Assert.Equal(("2026-04", "2027-03"), (app.Period!.Start, app.Period.End));
        app = StudentDeferralRules.Prefill(Facts(), D(2027, 4, 1));
        Assert.Equal(("2027-04", "2028-03"), (app.Period!.Start, app.Period.End));
    }
}
