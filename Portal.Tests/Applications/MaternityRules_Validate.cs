using Portal.Domain.Applications;
using Portal.Domain.Common;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class MaternityRules_Validate
{
    private static MaternityExemptionApplication App(DateOnly due, bool multiple = false, DateOnly? born = null) =>
        new() { DueDate = due, MultipleBirth = multiple, ChildBirthDate = born };

    [Fact]
    public void SingleBirthIsFourMonthsFromTheMonthBeforeTheDueMonth() =>
        Assert.Equal([M(2026, 7), M(2026, 8), M(2026, 9), M(2026, 10)], MaternityRules.ExemptMonths(D(2026, 8, 15), multiple: false));

    [Fact]
    public void MultipleBirthIsSixMonthsFromThreeMonthsBefore() =>
        Assert.Equal([M(2026, 5), M(2026, 6), M(2026, 7), M(2026, 8), M(2026, 9), M(2026, 10)],
            MaternityRules.ExemptMonths(D(2026, 8, 15), multiple: true));

    [Fact]
    public void MonthsCrossTheYearEnd()
    {
        Assert.Equal([M(2025, 12), M(2026, 1), M(2026, 2), M(2026, 3)], MaternityRules.ExemptMonths(D(2026, 1, 1), false));
        Assert.Equal(M(2025, 10), MaternityRules.ExemptMonths(D(2026, 1, 31), true)[0]);
        Assert.Equal(M(2026, 3), MaternityRules.ExemptMonths(D(2026, 1, 31), true)[^1]);
    }

    [Fact]
    public void FilingOpensSixMonthsBeforeTheDueDate()
    {
        var due = D(2026, 8, 15);
        Assert.Equal(D(2026, 2, 15), MaternityRules.FilingOpens(due));
        var issue = SingleError(MaternityRules.Validate(App(due), Facts(), D(2026, 2, 14)), "dueDate", IssueCodes.TooEarly);
        Assert.Equal(ApplicationMessageKeys.MaternityTooEarly, issue.MessageKey);
        Assert.Equal(["2026-02-15"], issue.Args);
        Assert.Empty(MaternityRules.Validate(App(due), Facts(), D(2026, 2, 15)));
    }

    [Fact]
    public void AMonthEndDueDateOpensOnTheLastDayOfTheShorterMonth() =>
        Assert.Equal(D(2026, 2, 28), MaternityRules.FilingOpens(D(2026, 8, 31)));

    [Fact]
    public void AfterTheBirthTheBirthDateGovernsTheMonths()
    {
        var app = App(D(2026, 8, 15), born: D(2026, 9, 2));
        Assert.Equal(D(2026, 9, 2), MaternityRules.BaseDate(app));
        Assert.Empty(MaternityRules.Validate(app, Facts(), D(2026, 11, 23)));
    }

    [Fact]
    public void ABirthInTheFutureIsRefusedAndAPassedDueDateAsksForIt()
    {
        SingleError(MaternityRules.Validate(App(D(2026, 12, 1), born: D(2026, 11, 24)), Facts(), D(2026, 11, 23)), "childBirthDate", IssueCodes.FutureDate);
        var issues = MaternityRules.Validate(App(D(2026, 11, 1)), Facts(), D(2026, 11, 23));
        NoErrors(issues);
        SingleWarning(issues, "childBirthDate", IssueCodes.Required);
    }

    [Fact]
    public void MonthsBeforeTheWindowAreNotCovered()
    {
        // filed 2026-11: earliest month 2024-10
        var today = D(2026, 11, 23);
        var partly = MaternityRules.Validate(App(D(2024, 10, 20), born: D(2024, 10, 20)), Facts(), today); // 2024-09..2024-12
        Assert.Equal(["2024-10"], SingleWarning(partly, "dueDate", IssueCodes.PartlyOutOfWindow).Args);
        var outside = MaternityRules.Validate(App(D(2024, 7, 20), born: D(2024, 7, 20)), Facts(), today); // 2024-06..2024-09
        Assert.Equal(["2024-10"], SingleError(outside, "dueDate", IssueCodes.OutOfWindow).Args);
    }

    [Theory]
    [InlineData(InsuredCategory.Category3, IssueCodes.EmployerRoute)]
    [InlineData(InsuredCategory.Voluntary, IssueCodes.VoluntaryMember)]
    public void OnlyCategory1(InsuredCategory category, string code) =>
        SingleError(MaternityRules.Validate(App(D(2027, 2, 1)), Facts(category), D(2026, 11, 23)), "", code);

    [Fact]
    public void RequiredAnswers()
    {
        var issues = MaternityRules.Validate(new MaternityExemptionApplication(), Facts(), D(2026, 11, 23));
        SingleError(issues, "multipleBirth", IssueCodes.Required);
        SingleError(issues, "dueDate", IssueCodes.Required);
    }

    [Fact]
    public void OneFilingPerDueMonth()
    {
        var app = App(D(2027, 2, 1));
        Assert.Equal($"citizen.maternity-exemption|{P}|2027-02", MaternityRules.BusinessKey(app, Facts()));
        Assert.Null(MaternityRules.BusinessKey(new MaternityExemptionApplication(), Facts()));
        SingleError(MaternityRules.Validate(app, Facts(active: new ActiveSubmission($"citizen.maternity-exemption|{P}|2027-02", "MAT-1")), D(2026, 11, 23)), "", IssueCodes.Duplicate);
    }

    [Fact]
    public void PrefillAssumesASingleBirth() =>
        Assert.Equal(false, MaternityRules.Prefill(Facts(), D(2026, 11, 23)).MultipleBirth);
}
