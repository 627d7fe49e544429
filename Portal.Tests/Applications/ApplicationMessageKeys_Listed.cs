using Portal.Domain.Common;
using System.Reflection;
using Portal.Domain.Applications;
using Portal.Domain.Records;
using Portal.Tests.TestSupport;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ApplicationMessageKeys_Listed
{
    [Fact]
    public void EveryKeyHasAJapaneseAndAnEnglishText() =>
        Assert.Empty(UiResources.MissingOrEmpty(ApplicationMessageKeys.All));

    [Fact]
    public void EveryResourceKeyOfTheFeatureIsListed() =>
        Assert.Empty(UiResources.Japanese.Keys.Where(k => k.StartsWith("Applications.", StringComparison.Ordinal)).Except(ApplicationMessageKeys.All));

    [Fact]
    public void EveryConstantIsListed()
    {
        var constants = typeof(ApplicationMessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(ApplicationMessageKeys.FieldPrefix)).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Empty(constants.Except(ApplicationMessageKeys.Messages));
    }

    [Fact]
    public void OptionKeysFollowTheEnumNames()
    {
        Assert.Equal("Applications.Option.ExemptionType.ThreeQuarter", ApplicationMessageKeys.Option(ExemptionType.ThreeQuarter));
        Assert.Equal("Applications.Option.Sex.Female", ApplicationMessageKeys.Option(Sex.Female));
        Assert.Equal("Applications.Field.period.start", ApplicationMessageKeys.FieldLabel("period.start"));
        Assert.All(Enum.GetValues<ExemptionTier>(), t => Assert.Contains(ExemptionPreCheck.TierNameKey(t), ApplicationMessageKeys.All));
    }

    /// <summary>Many scenarios across the forms: every issue's key is listed (or an identifier key) and its field has a label.</summary>
    [Fact]
    public void IssuesUseListedKeysAndLabelledFields()
    {
        var today = D(2026, 11, 23);
        var facts = new[]
        {
            Facts(), Facts(InsuredCategory.Category2), Facts(InsuredCategory.Category3), Facts(InsuredCategory.SpecialVoluntary),
            Facts(InsuredCategory.None), Facts(voluntary: true, additionalPremium: true, fundMember: true, exemptMonths: [M(2026, 11)]),
        };
        var badEnrolment = Enrolment(EnrolmentEvent.TurningTwenty, D(2026, 1, 1));
        badEnrolment.Applicant!.NameKana = "ｶﾅ";
        badEnrolment.Applicant.MyNumber = "123456789019";
        badEnrolment.Applicant.PensionNumber = "12";
        badEnrolment.Applicant.PostalCode = "1";
        badEnrolment.Applicant.BirthDate = D(2000, 1, 1);
        var badCard = Card("2020-01");
        badCard.EarlyDebit = true;
        badCard.Card!.Last4 = "x";
        var badBank = DirectDebit();
        badBank.EarlyDebit = true;
        badBank.AdvancePayment = AdvancePayment.SixMonths;
        badBank.Bank!.BankCode = "1";
        badBank.Bank.HolderKana = "abc";
        var badExemption = Exemption(ExemptionType.Half, "2020-07", "2021-06");
        badExemption.ContinuationRequested = true;
        badExemption.Applicant!.Income = -5;
        var issues = new List<FormIssue>();
        foreach (var f in facts)
        {
            issues.AddRange(ExemptionRules.Validate(new ExemptionApplication(), f, today));
            issues.AddRange(ExemptionRules.Validate(badExemption, f, today));
            issues.AddRange(ExemptionRules.Validate(Exemption(ExemptionType.Deferral, "2027-07", "2027-08"), f, today));
            issues.AddRange(ExemptionRules.Validate(Exemption(ExemptionType.Deferral, "2026-05", "2026-08"), f, today));
            issues.AddRange(StudentDeferralRules.Validate(new StudentDeferralApplication { School = new(), Applicant = new() }, f, today));
            issues.AddRange(StudentDeferralRules.Validate(Student("2026-03", "2026-05"), f, today));
            issues.AddRange(MaternityRules.Validate(new MaternityExemptionApplication { DueDate = D(2027, 12, 1) }, f, today));
            issues.AddRange(MaternityRules.Validate(new MaternityExemptionApplication { DueDate = D(2020, 12, 1), MultipleBirth = false }, f, today));
            issues.AddRange(EnrolmentRules.Validate(new EnrolmentApplication { Applicant = new() }, f, today));
            issues.AddRange(EnrolmentRules.Validate(badEnrolment, f, today));
            issues.AddRange(AdditionalPremiumRules.Validate(new AdditionalPremiumApplication { StartMonth = "2020-01" }, f, today));
            issues.AddRange(PaymentSetupRules.Validate(badCard, f, today));
            issues.AddRange(PaymentSetupRules.Validate(badBank, f, today));
            issues.AddRange(PaymentSetupRules.Validate(new PaymentSetupApplication { Method = PaymentMethod.CreditCard, Card = new() }, f, today));
        }
        Assert.True(issues.Select(i => i.MessageKey).Distinct().Count() > 30);
        Assert.All(issues, i => Assert.True(ApplicationMessageKeys.All.Contains(i.MessageKey) || i.MessageKey.StartsWith("Identifier.", StringComparison.Ordinal), i.ToString()));
        Assert.All(issues.Where(i => i.Field.Length > 0), i => Assert.Contains(i.Field, ApplicationMessageKeys.FieldPaths));
        Assert.Empty(UiResources.MissingOrEmpty(issues.Select(i => i.MessageKey).Distinct()));
    }

    [Fact]
    public void PreCheckLinesUseListedKeys()
    {
        var app = Exemption();
        app.HasSpouse = true;
        app.Spouse = new HouseholdMember { Income = 10 };
        app.Applicant!.JobLoss = true;
        var lines = ExemptionPreCheck.Assess(app, D(2026, 11, 23))
            .Concat(ExemptionPreCheck.Assess(Exemption(start: "2019-07"), D(2026, 11, 23), D(1950, 1, 1)))
            .SelectMany(t => t.Notes.Concat(t.Persons.SelectMany(p => new[] { p.Formula, p.Comparison })).Select(l => l.MessageKey).Append(t.NameKey))
            .Distinct();
        Assert.All(lines, k => Assert.Contains(k, ApplicationMessageKeys.All));
    }
}
