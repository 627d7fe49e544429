using Portal.Domain.Common;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class EnrolmentRules_Validate
{
    private static readonly DateOnly Today = D(2026, 11, 10);
    private static ApplicantFacts Cat2 => Facts(InsuredCategory.Category2);

    [Fact]
    public void ACompleteFilingHasNoIssues() => Assert.Empty(EnrolmentRules.Validate(Enrolment(), Cat2, Today));

    [Fact]
    public void WithinFourteenDaysNoWarningAfterThemAWarningNotAnError()
    {
        var app = Enrolment(date: D(2026, 11, 1));
        Assert.Equal(D(2026, 11, 15), EnrolmentRules.Deadline(D(2026, 11, 1)));
        Assert.Empty(EnrolmentRules.Validate(app, Cat2, D(2026, 11, 15)));
        var issues = EnrolmentRules.Validate(app, Cat2, D(2026, 11, 16));
        NoErrors(issues);
        var late = SingleWarning(issues, "eventDate", IssueCodes.Late);
        Assert.Equal(ApplicationMessageKeys.EnrolmentLate, late.MessageKey);
        Assert.Equal(["2026-11-15"], late.Args);
    }

    [Fact]
    public void AnEventInTheFutureIsRefusedTodayIsFine()
    {
        SingleError(EnrolmentRules.Validate(Enrolment(date: Today.AddDays(1)), Cat2, Today), "eventDate", IssueCodes.FutureDate);
        Assert.Empty(EnrolmentRules.Validate(Enrolment(date: Today), Cat2, Today));
    }

    [Fact]
    public void PensionNumberOrMyNumberIsRequiredAndValidated()
    {
        var app = Enrolment();
        app.Applicant!.PensionNumber = null;
        Assert.Equal(ApplicationMessageKeys.EnrolmentIdentifierRequired,
            SingleError(EnrolmentRules.Validate(app, Cat2, Today), "applicant.pensionNumber", IssueCodes.Required).MessageKey);

        app.Applicant.MyNumber = "1234 5678 9018";
        Assert.Empty(EnrolmentRules.Validate(app, Cat2, Today));

        app.Applicant.MyNumber = "123456789019";
        var issue = SingleError(EnrolmentRules.Validate(app, Cat2, Today), "applicant.myNumber", "check_digit");
        Assert.Equal("Identifier.MyNumber.CheckDigit", issue.MessageKey);

        app.Applicant.MyNumber = null;
        app.Applicant.PensionNumber = "123-4567890";
        Assert.Equal("Identifier.BasicPensionNumber.Format",
            SingleError(EnrolmentRules.Validate(app, Cat2, Today), "applicant.pensionNumber", "format").MessageKey);
    }

    [Theory]
    [InlineData("ネンキン　ハナコ", true)]
    [InlineData("ネンキン ハナコ", true)]
    [InlineData("ヴァン・デル・ベーク", true)]
    [InlineData("ﾈﾝｷﾝ ﾊﾅｺ", false)]   // half-width
    [InlineData("ねんきん はなこ", false)] // hiragana
    [InlineData("年金 花子", false)]
    [InlineData("NENKIN", false)]
    public void KanaMustBeFullWidthKatakana(string kana, bool ok)
    {
        var app = Enrolment();
        app.Applicant!.NameKana = kana;
        var issues = EnrolmentRules.Validate(app, Cat2, Today);
        if (ok) Assert.Empty(issues);
        else Assert.Equal(ApplicationMessageKeys.KanaFormat, SingleError(issues, "applicant.nameKana", IssueCodes.Format).MessageKey);
    }

    [Fact]
    public void EveryPersonalFieldIsRequired()
    {
        var issues = EnrolmentRules.Validate(new EnrolmentApplication { Applicant = new EnrolmentApplicant() }, Cat2, Today);
        foreach (var field in new[] { "event", "eventDate", "applicant.nameKanji", "applicant.nameKana", "applicant.sex",
                     "applicant.birthDate", "applicant.pensionNumber", "applicant.postalCode", "applicant.address" })
            SingleError(issues, field, IssueCodes.Required);
    }

    [Theory]
    [InlineData("1000001", true)]
    [InlineData("１００－０００１", true)]
    [InlineData("100-001", false)]
    [InlineData("10-00001", false)]
    public void PostalCodeIsSevenDigits(string code, bool ok)
    {
        var app = Enrolment();
        app.Applicant!.PostalCode = code;
        var issues = EnrolmentRules.Validate(app, Cat2, Today);
        if (ok) Assert.Empty(issues);
        else SingleError(issues, "applicant.postalCode", IssueCodes.Format);
    }

    [Fact]
    public void TheBirthDateMustBeTheRegisteredOne()
    {
        var app = Enrolment();
        app.Applicant!.BirthDate = D(1990, 5, 11);
        SingleError(EnrolmentRules.Validate(app, Cat2, Today), "applicant.birthDate", IssueCodes.Mismatch);
    }

    [Fact]
    public void Category1CoversAges20To59OnTheEventDate()
    {
        // born 2006-11-02: reaches 20 on 2026-11-01
        var facts = Facts(InsuredCategory.None, birthDate: D(2006, 11, 2));
        var app = Enrolment(EnrolmentEvent.TurningTwenty, D(2026, 11, 1));
        app.Applicant!.BirthDate = D(2006, 11, 2);
        Assert.Empty(EnrolmentRules.Validate(app, facts, Today));
        app.EventDate = D(2026, 10, 31);
        SingleError(EnrolmentRules.Validate(app, facts, Today), "eventDate", IssueCodes.Age);

        var sixty = Facts(InsuredCategory.Category2, birthDate: D(1966, 11, 2)); // reaches 60 on 2026-11-01
        var left = Enrolment(EnrolmentEvent.LeftJob, D(2026, 11, 1));
        left.Applicant!.BirthDate = D(1966, 11, 2);
        SingleError(EnrolmentRules.Validate(left, sixty, Today), "eventDate", IssueCodes.Age);
        left.EventDate = D(2026, 10, 31);
        Assert.Empty(EnrolmentRules.Validate(left, sixty, Today));
    }

    [Fact]
    public void TurningTwentyOnAnotherDateWarns()
    {
        var facts = Facts(InsuredCategory.None, birthDate: D(2006, 10, 2));
        var app = Enrolment(EnrolmentEvent.TurningTwenty, D(2026, 10, 20));
        app.Applicant!.BirthDate = D(2006, 10, 2);
        Assert.Equal(["2026-10-01"], SingleWarning(EnrolmentRules.Validate(app, facts, Today), "eventDate", IssueCodes.Mismatch).Args);
    }

    [Fact]
    public void AlreadyCategory1Warns() =>
        SingleWarning(EnrolmentRules.Validate(Enrolment(), Facts(InsuredCategory.Category1), Today), "", IssueCodes.AlreadyActive);

    [Fact]
    public void TheKeyIsPersonEventAndDate()
    {
        Assert.Equal($"citizen.enrolment|{P}|left-job|2026-11-01", EnrolmentRules.BusinessKey(Enrolment(), Cat2));
        Assert.Null(EnrolmentRules.BusinessKey(new EnrolmentApplication(), Cat2));
        SingleError(EnrolmentRules.Validate(Enrolment(), Facts(InsuredCategory.Category2, active: new ActiveSubmission($"citizen.enrolment|{P}|left-job|2026-11-01", "ENR-1")), Today), "", IssueCodes.Duplicate);
    }

    [Fact]
    public void PrefillProposesTurningTwentyOnlyNearTheBirthday()
    {
        var facts = Facts(InsuredCategory.None, birthDate: D(2006, 11, 2));
        var app = EnrolmentRules.Prefill(facts, Today);
        Assert.Equal(EnrolmentEvent.TurningTwenty, app.Event);
        Assert.Equal(D(2026, 11, 1), app.EventDate);
        Assert.Equal(D(2006, 11, 2), app.Applicant!.BirthDate);
        Assert.Null(EnrolmentRules.Prefill(Facts(), Today).Event);
    }
}
