using Portal.Domain.Applications;
using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Tests.Applications;

/// <summary>Facts, payloads and assertions shared by the citizen-form tests.</summary>
public static class ApplicationFixtures
{
    public static readonly Guid PersonId = Guid.Parse("6f9a1c2e-0000-4000-8000-000000000001");
    public static readonly string P = PersonId.ToString("N");

    public static DateOnly D(int y, int m, int d) => new(y, m, d);
    public static YearMonth M(int y, int m) => new(y, m);

    public static ApplicantFacts Facts(
        InsuredCategory category = InsuredCategory.Category1,
        DateOnly? birthDate = null,
        bool voluntary = false,
        IEnumerable<YearMonth>? exemptMonths = null,
        bool additionalPremium = false,
        bool fundMember = false,
        params ActiveSubmission[] active) =>
        new(PersonId, birthDate ?? D(1990, 5, 10), category, voluntary,
            new HashSet<YearMonth>(exemptMonths ?? []), additionalPremium, fundMember, active);

    /// <summary>A complete full-exemption application for July 2026–June 2027, single person, own householder.</summary>
    public static ExemptionApplication Exemption(ExemptionType type = ExemptionType.Full, string start = "2026-07", string end = "2027-06") => new()
    {
        Type = type,
        Period = new PeriodInput { Start = start, End = end },
        Applicant = new ExemptionApplicant { Income = 500_000, DependantCount = 0, JobLoss = false },
        HasSpouse = false,
        ApplicantIsHouseholder = true,
    };

    public static StudentDeferralApplication Student(string start = "2026-04", string end = "2027-03") => new()
    {
        Period = new PeriodInput { Start = start, End = end },
        School = new SchoolInput { Name = "国立年金大学", ExpectedGraduation = "2029-03" },
        Applicant = new ExemptionApplicant { Income = 600_000, DependantCount = 0, JobLoss = false },
    };

    public static EnrolmentApplication Enrolment(EnrolmentEvent e = EnrolmentEvent.LeftJob, DateOnly? date = null) => new()
    {
        Event = e,
        EventDate = date ?? D(2026, 11, 1),
        Applicant = new EnrolmentApplicant
        {
            NameKanji = "年金 花子",
            NameKana = "ネンキン　ハナコ",
            Sex = Sex.Female,
            BirthDate = D(1990, 5, 10),
            PensionNumber = "1234-567890",
            PostalCode = "100-0001",
            Address = "東京都千代田区千代田1-1",
        },
    };

    public static PaymentSetupApplication DirectDebit() => new()
    {
        Method = PaymentMethod.DirectDebit,
        StartMonth = "2026-12",
        AdvancePayment = AdvancePayment.None,
        EarlyDebit = false,
        Bank = new BankAccountInput
        {
            BankCode = "0001", BranchCode = "123", AccountType = AccountType.Ordinary,
            AccountNumber = "1234567", HolderKana = "ネンキン　ハナコ",
        },
    };

    public const string VisaTest = "4111111111111111";

    public static PaymentSetupApplication Card(string expiry = "2028-05") => new()
    {
        Method = PaymentMethod.CreditCard,
        StartMonth = "2026-12",
        AdvancePayment = AdvancePayment.TwelveMonths,
        EarlyDebit = false,
        Card = CardDetails.From(CardNumber.Parse(VisaTest).Value, YearMonth.Parse(expiry).Value),
    };

    public static IReadOnlyList<FormIssue> Errors(IReadOnlyList<FormIssue> issues) => [.. issues.Where(i => i.IsError)];
    public static IReadOnlyList<FormIssue> Warnings(IReadOnlyList<FormIssue> issues) => [.. issues.Where(i => !i.IsError)];

    public static void NoErrors(IReadOnlyList<FormIssue> issues) => Assert.Empty(Errors(issues));

    /// <summary>Asserts exactly one issue with this field and code, and returns it.</summary>
    public static FormIssue Single(IReadOnlyList<FormIssue> issues, string field, string code)
    {
        var found = issues.Where(i => i.Field == field && i.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code} on '{field}', got: {string.Join("; ", issues)}");
        return found[0];
    }

    public static FormIssue SingleError(IReadOnlyList<FormIssue> issues, string field, string code)
    {
        var issue = Single(issues, field, code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        return issue;
    }

    public static FormIssue SingleWarning(IReadOnlyList<FormIssue> issues, string field, string code)
    {
        var issue = Single(issues, field, code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        return issue;
    }

    public static void None(IReadOnlyList<FormIssue> issues, string code) =>
        Assert.DoesNotContain(issues, i => i.Code == code);
}
