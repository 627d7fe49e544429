using Portal.Domain.Common;
using System.Text.Json;
using Portal.Domain.Applications;
using Portal.Domain.Submissions;
using static Portal.Tests.Applications.ApplicationFixtures;

namespace Portal.Tests.Applications;

public sealed class ApplicationForms_Json
{
    private static readonly DateOnly Today = D(2026, 11, 23);

    public static TheoryData<SubmissionKind, object> Samples()
    {
        var exemption = Exemption();
        exemption.HasSpouse = true;
        exemption.Spouse = new HouseholdMember { Name = "年金 太郎", BirthDate = D(1988, 1, 2), Income = 1_000_000, DependantCount = 1, DependantDeduction = 380_000 };
        exemption.ApplicantIsHouseholder = false;
        exemption.Householder = new Householder { Name = "年金 一郎", Relationship = "父", Income = 2_000_000, DependantCount = 2, SocialInsuranceDeduction = 200_000 };
        exemption.Applicant!.JobLoss = true;
        exemption.Applicant.JobLossDate = D(2026, 3, 31);
        exemption.ContinuationRequested = true;
        var enrolment = Enrolment();
        enrolment.Applicant!.MyNumber = "123456789018";
        return new TheoryData<SubmissionKind, object>
        {
            { SubmissionKind.Exemption, exemption },
            { SubmissionKind.StudentDeferral, Student() },
            { SubmissionKind.MaternityExemption, new MaternityExemptionApplication { DueDate = D(2027, 2, 1), MultipleBirth = true, ChildBirthDate = null } },
            { SubmissionKind.Enrolment, enrolment },
            { SubmissionKind.AdditionalPremium, new AdditionalPremiumApplication { StartMonth = "2026-12" } },
            { SubmissionKind.PaymentSetup, DirectDebit() },
            { SubmissionKind.PaymentSetup, Card() },
        };
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryPayloadRoundTripsAsCamelCaseJson(SubmissionKind kind, object payload)
    {
        var type = ApplicationForms.PayloadType(kind);
        Assert.IsType(type, payload);
        var json = JsonSerializer.Serialize(payload, type, ApplicationForms.SerializerOptions);
        var back = JsonSerializer.Deserialize(json, type, ApplicationForms.SerializerOptions);
        Assert.Equal(json, JsonSerializer.Serialize(back, type, ApplicationForms.SerializerOptions));
        using var doc = JsonDocument.Parse(json);
        Assert.All(doc.RootElement.EnumerateObject(), p => Assert.True(char.IsLower(p.Name[0]), p.Name));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheEntryPointGivesTheSameIssuesAndKeyAsTheFormsRules(SubmissionKind kind, object payload)
    {
        var json = JsonSerializer.Serialize(payload, ApplicationForms.PayloadType(kind), ApplicationForms.SerializerOptions);
        var (issues, key) = payload switch
        {
            ExemptionApplication a => (ExemptionRules.Validate(a, Facts(), Today), ExemptionRules.BusinessKey(a, Facts())),
            StudentDeferralApplication a => (StudentDeferralRules.Validate(a, Facts(), Today), StudentDeferralRules.BusinessKey(a, Facts())),
            MaternityExemptionApplication a => (MaternityRules.Validate(a, Facts(), Today), MaternityRules.BusinessKey(a, Facts())),
            EnrolmentApplication a => (EnrolmentRules.Validate(a, Facts(), Today), EnrolmentRules.BusinessKey(a, Facts())),
            AdditionalPremiumApplication a => (AdditionalPremiumRules.Validate(a, Facts(), Today), AdditionalPremiumRules.BusinessKey(a, Facts())),
            PaymentSetupApplication a => (PaymentSetupRules.Validate(a, Facts(), Today), PaymentSetupRules.BusinessKey(a, Facts())),
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal(issues, ApplicationForms.Validate(kind, json, Facts(), Today));
        Assert.NotNull(key);
        Assert.StartsWith(kind.Code + "|" + P + "|", key);
        Assert.Equal(key, ApplicationForms.BusinessKey(kind, json, Facts()));
    }

    [Fact]
    public void EnumsAreWrittenByName()
    {
        var json = ApplicationForms.Serialize(Enrolment());
        Assert.Contains("\"event\":\"LeftJob\"", json);
        Assert.Contains("\"sex\":\"Female\"", json);
        Assert.Contains("\"eventDate\":\"2026-11-01\"", json);
        Assert.Contains("\"type\":\"Full\"", ApplicationForms.Serialize(Exemption()));
        Assert.Contains("\"advancePayment\":\"TwelveMonths\"", ApplicationForms.Serialize(Card()));
    }

    [Fact]
    public void APartialDraftRoundTrips()
    {
        var json = """{"period":{"start":"2026-07"}}""";
        var app = ApplicationForms.Deserialize<ExemptionApplication>(json, out var issue);
        Assert.Null(issue);
        Assert.Equal("2026-07", app!.Period!.Start);
        Assert.Null(app.Type);
        Assert.Contains(ApplicationForms.Validate(SubmissionKind.Exemption, json, Facts(), Today), i => i.Field == "period.end" && i.Code == IssueCodes.Required);
        Assert.Empty(ApplicationForms.Validate(SubmissionKind.Exemption, ApplicationForms.Serialize(Exemption()), Facts(), Today));
    }

    [Theory]
    [InlineData("{not json", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    [InlineData("null", "")]
    [InlineData("[]", "")]
    [InlineData("""{"type":"Platinum"}""", "type")]
    [InlineData("""{"period":{"start":2026}}""", "period.start")]
    [InlineData("""{"applicant":{"income":"lots"}}""", "applicant.income")]
    public void MalformedJsonGivesOneIssueNeverAnException(string? json, string field)
    {
        var issue = Assert.Single(ApplicationForms.Validate(SubmissionKind.Exemption, json, Facts(), Today));
        Assert.Equal(IssueCodes.Malformed, issue.Code);
        Assert.Equal(ApplicationMessageKeys.Malformed, issue.MessageKey);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(field, issue.Field);
        Assert.Null(ApplicationForms.BusinessKey(SubmissionKind.Exemption, json, Facts()));
    }

    [Fact]
    public void AnInvalidDateIsMalformedAtItsPath()
    {
        var issue = Assert.Single(ApplicationForms.Validate(SubmissionKind.MaternityExemption, """{"dueDate":"2026-02-30"}""", Facts(), Today));
        Assert.Equal(("dueDate", IssueCodes.Malformed), (issue.Field, issue.Code));
    }

    [Fact]
    public void AKindWithoutFormRulesIsOneIssue()
    {
        var issue = Assert.Single(ApplicationForms.Validate(SubmissionKind.Acquisition, "{}", Facts(), Today));
        Assert.Equal(IssueCodes.UnsupportedKind, issue.Code);
        Assert.Equal(["employer.acquisition"], issue.Args);
        Assert.Null(ApplicationForms.BusinessKey(SubmissionKind.RecordEnquiry, "{}", Facts()));
        Assert.False(ApplicationForms.Supports(SubmissionKind.RecordEnquiry));
    }

    [Fact]
    public void PrefillGivesEachKindsPayload()
    {
        foreach (var kind in ApplicationForms.Kinds)
        {
            var draft = ApplicationForms.Prefill(kind, Facts(), Today);
            Assert.IsType(ApplicationForms.PayloadType(kind), draft);
            var json = JsonSerializer.Serialize(draft, draft.GetType(), ApplicationForms.SerializerOptions);
            Assert.DoesNotContain(ApplicationForms.Validate(kind, json, Facts(), Today), i => i.Code == IssueCodes.Malformed);
        }
    }

    [Fact]
    public void EveryPayloadIsParameterlessConstructibleWithSettableProperties()
    {
        var types = ApplicationForms.Kinds.Select(ApplicationForms.PayloadType)
            .Concat([typeof(PeriodInput), typeof(ExemptionApplicant), typeof(HouseholdMember), typeof(Householder), typeof(SchoolInput),
                typeof(EnrolmentApplicant), typeof(BankAccountInput), typeof(CardDetails)]);
        foreach (var t in types)
        {
            Assert.NotNull(Activator.CreateInstance(t));
            Assert.All(t.GetProperties(), p => Assert.True(p.CanWrite && p.SetMethod!.IsPublic, $"{t.Name}.{p.Name}"));
            // every entered value is nullable: reference types, or Nullable<T>
            Assert.All(t.GetProperties(), p => Assert.True(!p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null, $"{t.Name}.{p.Name}"));
        }
    }
}
