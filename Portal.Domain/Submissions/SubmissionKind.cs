using System.Text.RegularExpressions;
using Portal.Domain.Common;

namespace Portal.Domain.Submissions;

/// <summary>Who files a kind of form: the insured person or an employer (or its attorney).</summary>
public enum SubmissionAudience
{
    /// <summary>Forms an insured person files (category-1 forms, 申請書・届書).</summary>
    Citizen = 1,
    /// <summary>Notifications an employer or its labour and social-security attorney files (事業主の届書).</summary>
    Employer = 2,
}

/// <summary>
/// The type of form a submission carries (届書・申請書の種類). Not an enum, so that a new form joins the shared
/// lifecycle by adding one value here without touching the state machine.
/// <list type="bullet">
/// <item><see cref="Code"/> is the stored identifier: <c>audience.name</c>, lower case, words joined by hyphens
/// (<c>citizen.exemption</c>, <c>employer.annual-base-report</c>). Never renamed once used.</item>
/// <item><see cref="Name"/> builds the message key <c>Submissions.Kind.&lt;Name&gt;</c>.</item>
/// <item><see cref="ReceiptCode"/> is the three-character kind code inside a <see cref="ReceiptNumber"/>.</item>
/// </list>
/// Equality is by <see cref="Code"/> only.
/// </summary>
public sealed partial record SubmissionKind
{
    /// <summary>Defines a kind. Throws for a malformed code, name or receipt code (a programming error).</summary>
    /// <exception cref="ArgumentException">A part does not have the documented form.</exception>
    public SubmissionKind(string code, string name, string receiptCode)
    {
        if (code is null || !CodePattern().IsMatch(code))
            throw new ArgumentException($"Kind code '{code}' must look like 'citizen.word-word' or 'employer.word-word'.", nameof(code));
        if (name is null || !NamePattern().IsMatch(name))
            throw new ArgumentException($"Kind name '{name}' must be PascalCase ASCII.", nameof(name));
        if (receiptCode is null || !ReceiptNumber.IsKindCode(receiptCode))
            throw new ArgumentException($"Receipt code '{receiptCode}' must be three characters A–Z or 0–9.", nameof(receiptCode));
        Code = code;
        Name = name;
        ReceiptCode = receiptCode;
        Audience = code.StartsWith("citizen.", StringComparison.Ordinal) ? SubmissionAudience.Citizen : SubmissionAudience.Employer;
    }

    /// <summary>Stored identifier, e.g. <c>citizen.exemption</c>.</summary>
    public string Code { get; }
    /// <summary>PascalCase name used in the message key, e.g. <c>Exemption</c>.</summary>
    public string Name { get; }
    /// <summary>Three-character code inside receipt numbers, e.g. <c>EXM</c>.</summary>
    public string ReceiptCode { get; }
    /// <summary>Who files this kind.</summary>
    public SubmissionAudience Audience { get; }
    /// <summary>Resource key of the kind's display name: <c>Submissions.Kind.&lt;Name&gt;</c>.</summary>
    public string MessageKey => SubmissionMessageKeys.KindPrefix + Name;

    // Citizen forms (DOMAIN §6).

    /// <summary>保険料免除・納付猶予申請: premium exemption (full, ¾, half, ¼) or payment deferral.</summary>
    public static readonly SubmissionKind Exemption = new("citizen.exemption", nameof(Exemption), "EXM");
    /// <summary>学生納付特例申請: student deferral.</summary>
    public static readonly SubmissionKind StudentDeferral = new("citizen.student-deferral", nameof(StudentDeferral), "STD");
    /// <summary>産前産後期間の免除届: maternity exemption.</summary>
    public static readonly SubmissionKind MaternityExemption = new("citizen.maternity-exemption", nameof(MaternityExemption), "MAT");
    /// <summary>資格取得届 / 種別変更届: national-pension enrolment or category change.</summary>
    public static readonly SubmissionKind Enrolment = new("citizen.enrolment", nameof(Enrolment), "ENR");
    /// <summary>付加保険料納付申出: additional premium.</summary>
    public static readonly SubmissionKind AdditionalPremium = new("citizen.additional-premium", nameof(AdditionalPremium), "ADP");
    /// <summary>口座振替・クレジットカード納付・前納の申出: payment set-up.</summary>
    public static readonly SubmissionKind PaymentSetup = new("citizen.payment-setup", nameof(PaymentSetup), "PAY");
    /// <summary>年金記録に関する申出: record enquiry.</summary>
    public static readonly SubmissionKind RecordEnquiry = new("citizen.record-enquiry", nameof(RecordEnquiry), "ENQ");

    // Employer notifications, the seven main forms (主要7届書, DOMAIN §7).

    /// <summary>被保険者資格取得届: acquisition (new hire).</summary>
    public static readonly SubmissionKind Acquisition = new("employer.acquisition", nameof(Acquisition), "ACQ");
    /// <summary>被保険者資格喪失届: loss (leaving, death, age limit).</summary>
    public static readonly SubmissionKind Loss = new("employer.loss", nameof(Loss), "LOS");
    /// <summary>算定基礎届: annual base report.</summary>
    public static readonly SubmissionKind AnnualBaseReport = new("employer.annual-base-report", nameof(AnnualBaseReport), "ABR");
    /// <summary>月額変更届: monthly change.</summary>
    public static readonly SubmissionKind MonthlyChange = new("employer.monthly-change", nameof(MonthlyChange), "MCH");
    /// <summary>賞与支払届: bonus report.</summary>
    public static readonly SubmissionKind BonusReport = new("employer.bonus-report", nameof(BonusReport), "BON");
    /// <summary>被扶養者(異動)届: dependant change.</summary>
    public static readonly SubmissionKind DependantChange = new("employer.dependant-change", nameof(DependantChange), "DEP");
    /// <summary>国民年金第3号被保険者関係届: category-3 notification.</summary>
    public static readonly SubmissionKind Category3Notification = new("employer.category3-notification", nameof(Category3Notification), "C3N");

    /// <summary>Every well-known kind, citizen forms first.</summary>
    public static IReadOnlyList<SubmissionKind> All { get; } =
    [
        Exemption, StudentDeferral, MaternityExemption, Enrolment, AdditionalPremium, PaymentSetup, RecordEnquiry,
        Acquisition, Loss, AnnualBaseReport, MonthlyChange, BonusReport, DependantChange, Category3Notification,
    ];

    /// <summary>The well-known kind with this stored code (exact, case-sensitive), or null.</summary>
    public static SubmissionKind? Find(string? code) => All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.Ordinal));

    /// <summary>The well-known kind with this stored code; error <c>unknown_kind</c> otherwise. Never throws.</summary>
    public static ParseResult<SubmissionKind> FromCode(string? code) =>
        Find(code) is { } kind
            ? ParseResult<SubmissionKind>.Ok(kind)
            : ParseResult<SubmissionKind>.Fail(SubmissionErrors.UnknownKind);

    /// <inheritdoc />
    public bool Equals(SubmissionKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The stored code.</summary>
    public override string ToString() => Code;

    [GeneratedRegex("^(citizen|employer)\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
