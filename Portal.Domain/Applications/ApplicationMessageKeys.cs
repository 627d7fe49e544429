using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Applications;

/// <summary>
/// Every message key the citizen forms can hand to the UI (<c>Applications.*</c>), with the field labels
/// (<c>Applications.Field.&lt;path&gt;</c>), option names (<c>Applications.Option.&lt;Enum&gt;.&lt;Value&gt;</c>), person names
/// (<c>Applications.Person.&lt;block&gt;</c>) and tier names. Texts live in <c>Portal.Web/Resources/SharedResource*.resx</c>;
/// a test checks both languages.
/// </summary>
public static class ApplicationMessageKeys
{
    /// <summary>Please enter this item.</summary>
    public const string Required = "Applications.Required";
    /// <summary>Please choose one of the options.</summary>
    public const string InvalidOption = "Applications.InvalidOption";
    /// <summary>Please enter no more than {0} characters.</summary>
    public const string TooLong = "Applications.TooLong";
    /// <summary>Please enter a value from {0} to {1}.</summary>
    public const string Range = "Applications.Range";
    /// <summary>Please enter the month as 2026-07.</summary>
    public const string MonthFormat = "Applications.MonthFormat";
    /// <summary>This date cannot be in the future.</summary>
    public const string DateInFuture = "Applications.DateInFuture";
    /// <summary>Please enter this in full-width katakana.</summary>
    public const string KanaFormat = "Applications.KanaFormat";
    /// <summary>Please enter {0} digits.</summary>
    public const string Digits = "Applications.Digits";
    /// <summary>Please enter the postal code as 7 digits (e.g. 100-0001).</summary>
    public const string PostalCodeFormat = "Applications.PostalCodeFormat";
    /// <summary>The application could not be read. Please enter it again.</summary>
    public const string Malformed = "Applications.Malformed";
    /// <summary>This procedure ({0}) cannot be filed on this screen.</summary>
    public const string UnsupportedKind = "Applications.UnsupportedKind";
    /// <summary>An application with the same content is already being processed or has been approved (receipt number {0}).</summary>
    public const string Duplicate = "Applications.Duplicate";
    /// <summary>This application is for category 1 insured persons of the National Pension.</summary>
    public const string EligibilityCategory1Only = "Applications.Eligibility.Category1Only";
    /// <summary>This request is for category 1 insured persons and voluntary members.</summary>
    public const string EligibilityCategory1OrVoluntary = "Applications.Eligibility.Category1OrVoluntary";
    /// <summary>You are currently covered by the Employees' Pension (category 2), so this application does not apply to you. Your employer handles your procedures.</summary>
    public const string EligibilityEmployerRouteCategory2 = "Applications.Eligibility.EmployerRoute.Category2";
    /// <summary>You are currently a category 3 insured person, so this application does not apply to you. Your spouse's employer handles your procedures.</summary>
    public const string EligibilityEmployerRouteCategory3 = "Applications.Eligibility.EmployerRoute.Category3";
    /// <summary>Voluntary members cannot file this application.</summary>
    public const string EligibilityNotForVoluntary = "Applications.Eligibility.NotForVoluntary";
    /// <summary>Special voluntary members cannot file this request.</summary>
    public const string EligibilityNotForSpecialVoluntary = "Applications.Eligibility.NotForSpecialVoluntary";
    /// <summary>The last month must be the same as or after the first month.</summary>
    public const string PeriodStartAfterEnd = "Applications.Period.StartAfterEnd";
    /// <summary>Please choose months within one July–June period ({0} to {1}).</summary>
    public const string PeriodCrossesJulyYear = "Applications.Period.CrossesJulyYear";
    /// <summary>Please choose months within one April–March year ({0} to {1}).</summary>
    public const string PeriodCrossesAprilYear = "Applications.Period.CrossesAprilYear";
    /// <summary>You can apply for months up to 2 years and 1 month before this month. Please choose months from {0} to {1}.</summary>
    public const string PeriodOutOfWindow = "Applications.Period.OutOfWindow";
    /// <summary>Months after {0} cannot be applied for yet. Applications open on {1}.</summary>
    public const string PeriodNotYetOpen = "Applications.Period.NotYetOpen";
    /// <summary>From the month you reach 60 ({0}) you are no longer a category 1 insured person, so you cannot apply for those months.</summary>
    public const string PeriodAfterSixty = "Applications.Period.AfterSixty";
    /// <summary>Because you reach 60, months from {0} are not covered.</summary>
    public const string PeriodEndsAtSixty = "Applications.Period.EndsAtSixty";
    /// <summary>Payment deferral is for people under 50. Months from {0} cannot be applied for.</summary>
    public const string ExemptionDeferralAge = "Applications.Exemption.DeferralAge";
    /// <summary>Because you reach 50, months from {0} are not covered by payment deferral.</summary>
    public const string ExemptionDeferralEndsAtFifty = "Applications.Exemption.DeferralEndsAtFifty";
    /// <summary>A continuation request is available only for full exemption or payment deferral.</summary>
    public const string ExemptionContinuationNotApplicable = "Applications.Exemption.ContinuationNotApplicable";
    /// <summary>Another type of application for the same period is being processed or has been approved (receipt number {0}). Please check it.</summary>
    public const string ExemptionOtherTypeOpen = "Applications.Exemption.OtherTypeOpen";
    /// <summary>If an exemption or deferral is approved, your additional premium payments will end.</summary>
    public const string ExemptionEndsAdditionalPremium = "Applications.Exemption.EndsAdditionalPremium";
    /// <summary>To apply under the job-loss special case, please attach a copy of your separation notice or employment insurance certificate.</summary>
    public const string ExemptionJobLossProof = "Applications.Exemption.JobLossProof";
    /// <summary>A job loss before {0} may not qualify for the special case in this period.</summary>
    public const string ExemptionJobLossTooEarly = "Applications.Exemption.JobLossTooEarly";
    /// <summary>The expected graduation month is before the first month applied for.</summary>
    public const string StudentGraduatedBeforePeriod = "Applications.Student.GraduatedBeforePeriod";
    /// <summary>Months after your expected graduation ({0}) are not covered by the student deferral.</summary>
    public const string StudentGraduatesWithinPeriod = "Applications.Student.GraduatesWithinPeriod";
    /// <summary>The maternity exemption can be filed from 6 months before the due date. Please file on or after {0}.</summary>
    public const string MaternityTooEarly = "Applications.Maternity.TooEarly";
    /// <summary>The due date has passed. If the child has been born, please enter the date of birth.</summary>
    public const string MaternityEnterBirthDate = "Applications.Maternity.EnterBirthDate";
    /// <summary>All the months covered are before {0}, so this cannot be filed.</summary>
    public const string MaternityOutOfWindow = "Applications.Maternity.OutOfWindow";
    /// <summary>Months before {0} cannot be covered.</summary>
    public const string MaternityPartlyOutOfWindow = "Applications.Maternity.PartlyOutOfWindow";
    /// <summary>The date of the event is in the future. Please file after the event.</summary>
    public const string EnrolmentEventInFuture = "Applications.Enrolment.EventInFuture";
    /// <summary>The deadline ({0}) has passed. You can still file, but it will be treated as a late filing.</summary>
    public const string EnrolmentLate = "Applications.Enrolment.Late";
    /// <summary>Category 1 covers people aged 20 to 59 on the date of the event.</summary>
    public const string EnrolmentAge = "Applications.Enrolment.Age";
    /// <summary>You reach 20 on {0}. Please check the date.</summary>
    public const string EnrolmentTwentiethBirthday = "Applications.Enrolment.TwentiethBirthday";
    /// <summary>Your record already shows category 1. Please check whether you have already filed.</summary>
    public const string EnrolmentAlreadyCategory1 = "Applications.Enrolment.AlreadyCategory1";
    /// <summary>The date of birth differs from the one registered.</summary>
    public const string EnrolmentBirthDateMismatch = "Applications.Enrolment.BirthDateMismatch";
    /// <summary>Please enter your basic pension number or your My Number.</summary>
    public const string EnrolmentIdentifierRequired = "Applications.Enrolment.IdentifierRequired";
    /// <summary>Members of a National Pension Fund cannot pay the additional premium.</summary>
    public const string AdditionalPremiumFundMember = "Applications.AdditionalPremium.FundMember";
    /// <summary>You are already paying the additional premium.</summary>
    public const string AdditionalPremiumAlreadyActive = "Applications.AdditionalPremium.AlreadyActive";
    /// <summary>You cannot pay the additional premium while an exemption or deferral applies ({0}).</summary>
    public const string AdditionalPremiumWhileExempt = "Applications.AdditionalPremium.WhileExempt";
    /// <summary>Please choose a first month from {0} to {1}.</summary>
    public const string AdditionalPremiumStartRange = "Applications.AdditionalPremium.StartRange";
    /// <summary>Please choose a first month from {0} to {1}.</summary>
    public const string PaymentStartRange = "Applications.Payment.StartRange";
    /// <summary>Early debit cannot be combined with advance payment.</summary>
    public const string PaymentEarlyDebitWithAdvance = "Applications.Payment.EarlyDebitWithAdvance";
    /// <summary>Early debit is available only with direct debit.</summary>
    public const string PaymentEarlyDebitDirectDebitOnly = "Applications.Payment.EarlyDebitDirectDebitOnly";
    /// <summary>Please enter the card number.</summary>
    public const string CardNumberRequired = "Applications.Card.NumberRequired";
    /// <summary>Please enter the card number in digits.</summary>
    public const string CardNumberFormat = "Applications.Card.NumberFormat";
    /// <summary>The card number has the wrong number of digits.</summary>
    public const string CardNumberLength = "Applications.Card.NumberLength";
    /// <summary>The card number is not valid. Please check it.</summary>
    public const string CardNumberCheckDigit = "Applications.Card.NumberCheckDigit";
    /// <summary>This card cannot be used. Please use Visa, Mastercard, JCB, American Express or Diners Club.</summary>
    public const string CardBrandUnknown = "Applications.Card.BrandUnknown";
    /// <summary>The card has expired.</summary>
    public const string CardExpired = "Applications.Card.Expired";
    /// <summary>The card expires before the payments start. Please check your renewed card.</summary>
    public const string CardExpiresSoon = "Applications.Card.ExpiresSoon";
    /// <summary>The period {0} to {1} is judged on income for {2}.</summary>
    public const string PreCheckIncomeYear = "Applications.PreCheck.IncomeYear";
    /// <summary>Limit = (dependants {0} + 1) × {1} yen + {2} yen = {3} yen</summary>
    public const string PreCheckFormulaFull = "Applications.PreCheck.FormulaFull";
    /// <summary>Limit = {0} yen + dependant deductions {1} yen + social insurance deductions {2} yen = {3} yen</summary>
    public const string PreCheckFormulaPartial = "Applications.PreCheck.FormulaPartial";
    /// <summary>Income {0} yen ≤ limit {1} yen (within)</summary>
    public const string PreCheckWithinLimit = "Applications.PreCheck.WithinLimit";
    /// <summary>Income {0} yen &gt; limit {1} yen (over)</summary>
    public const string PreCheckOverLimit = "Applications.PreCheck.OverLimit";
    /// <summary>Cannot judge: the income or the number of dependants is not entered.</summary>
    public const string PreCheckMissingIncome = "Applications.PreCheck.MissingIncome";
    /// <summary>Under the job-loss special case, your own income is not counted.</summary>
    public const string PreCheckJobLossIgnored = "Applications.PreCheck.JobLossIgnored";
    /// <summary>Payment deferral is for people under 50; months from {0} are not covered.</summary>
    public const string PreCheckDeferralAge = "Applications.PreCheck.DeferralAge";
    /// <summary>Payment deferral is for people under 50.</summary>
    public const string PreCheckDeferralUnderFifty = "Applications.PreCheck.DeferralUnderFifty";
    /// <summary>The income criteria for the period from {0} cannot be checked here.</summary>
    public const string PreCheckNoCriteria = "Applications.PreCheck.NoCriteria";
    /// <summary>Include the special deduction for specified relatives in the dependant deductions.</summary>
    public const string PreCheckSpecificRelativeDeduction = "Applications.PreCheck.SpecificRelativeDeduction";
    /// <summary>This is only an indication. The pension office decides, and the result may be a lower tier than the one you applied for.</summary>
    public const string PreCheckIndicationOnly = "Applications.PreCheck.IndicationOnly";
    /// <summary>Full exemption</summary>
    public const string TierFull = "Applications.Tier.Full";
    /// <summary>Three-quarter exemption</summary>
    public const string TierThreeQuarter = "Applications.Tier.ThreeQuarter";
    /// <summary>Half exemption</summary>
    public const string TierHalf = "Applications.Tier.Half";
    /// <summary>Quarter exemption</summary>
    public const string TierQuarter = "Applications.Tier.Quarter";
    /// <summary>Payment deferral</summary>
    public const string TierDeferral = "Applications.Tier.Deferral";
    /// <summary>Student deferral</summary>
    public const string TierStudent = "Applications.Tier.Student";

    /// <summary>Prefix of the field labels.</summary>
    public const string FieldPrefix = "Applications.Field.";

    /// <summary>The label key of a field path: <c>period.start</c> → <c>Applications.Field.period.start</c>.</summary>
    public static string FieldLabel(string field) => FieldPrefix + field;

    /// <summary>The display-name key of an option: <c>Applications.Option.ExemptionType.Full</c>.</summary>
    public static string Option<TEnum>(TEnum value) where TEnum : struct, Enum => $"Applications.Option.{typeof(TEnum).Name}.{value}";

    /// <summary>The display-name key of an assessed person block (<c>applicant</c>, <c>spouse</c>, <c>householder</c>).</summary>
    public static string Person(string block) => "Applications.Person." + block;

    /// <summary>Every field path that has a label.</summary>
    public static IReadOnlyList<string> FieldPaths { get; } =
    [
        "type",
        "period",
        "period.start",
        "period.end",
        "applicant",
        "applicant.income",
        "applicant.dependantCount",
        "applicant.dependantDeduction",
        "applicant.socialInsuranceDeduction",
        "applicant.jobLoss",
        "applicant.jobLossDate",
        "hasSpouse",
        "spouse",
        "spouse.name",
        "spouse.birthDate",
        "spouse.income",
        "spouse.dependantCount",
        "spouse.dependantDeduction",
        "spouse.socialInsuranceDeduction",
        "applicantIsHouseholder",
        "householder",
        "householder.name",
        "householder.birthDate",
        "householder.relationship",
        "householder.income",
        "householder.dependantCount",
        "householder.dependantDeduction",
        "householder.socialInsuranceDeduction",
        "continuationRequested",
        "school",
        "school.name",
        "school.expectedGraduation",
        "dueDate",
        "multipleBirth",
        "childBirthDate",
        "event",
        "eventDate",
        "applicant.nameKanji",
        "applicant.nameKana",
        "applicant.sex",
        "applicant.birthDate",
        "applicant.pensionNumber",
        "applicant.myNumber",
        "applicant.postalCode",
        "applicant.address",
        "startMonth",
        "method",
        "advancePayment",
        "earlyDebit",
        "bank",
        "bank.bankCode",
        "bank.branchCode",
        "bank.accountType",
        "bank.accountNumber",
        "bank.holderKana",
        "card",
        "card.number",
        "card.brand",
        "card.last4",
        "card.expiry",
    ];

    /// <summary>The messages (issues and pre-check lines) and tier names.</summary>
    public static IReadOnlyList<string> Messages { get; } =
    [
        Required,
        InvalidOption,
        TooLong,
        Range,
        MonthFormat,
        DateInFuture,
        KanaFormat,
        Digits,
        PostalCodeFormat,
        Malformed,
        UnsupportedKind,
        Duplicate,
        EligibilityCategory1Only,
        EligibilityCategory1OrVoluntary,
        EligibilityEmployerRouteCategory2,
        EligibilityEmployerRouteCategory3,
        EligibilityNotForVoluntary,
        EligibilityNotForSpecialVoluntary,
        PeriodStartAfterEnd,
        PeriodCrossesJulyYear,
        PeriodCrossesAprilYear,
        PeriodOutOfWindow,
        PeriodNotYetOpen,
        PeriodAfterSixty,
        PeriodEndsAtSixty,
        ExemptionDeferralAge,
        ExemptionDeferralEndsAtFifty,
        ExemptionContinuationNotApplicable,
        ExemptionOtherTypeOpen,
        ExemptionEndsAdditionalPremium,
        ExemptionJobLossProof,
        ExemptionJobLossTooEarly,
        StudentGraduatedBeforePeriod,
        StudentGraduatesWithinPeriod,
        MaternityTooEarly,
        MaternityEnterBirthDate,
        MaternityOutOfWindow,
        MaternityPartlyOutOfWindow,
        EnrolmentEventInFuture,
        EnrolmentLate,
        EnrolmentAge,
        EnrolmentTwentiethBirthday,
        EnrolmentAlreadyCategory1,
        EnrolmentBirthDateMismatch,
        EnrolmentIdentifierRequired,
        AdditionalPremiumFundMember,
        AdditionalPremiumAlreadyActive,
        AdditionalPremiumWhileExempt,
        AdditionalPremiumStartRange,
        PaymentStartRange,
        PaymentEarlyDebitWithAdvance,
        PaymentEarlyDebitDirectDebitOnly,
        CardNumberRequired,
        CardNumberFormat,
        CardNumberLength,
        CardNumberCheckDigit,
        CardBrandUnknown,
        CardExpired,
        CardExpiresSoon,
        PreCheckIncomeYear,
        PreCheckFormulaFull,
        PreCheckFormulaPartial,
        PreCheckWithinLimit,
        PreCheckOverLimit,
        PreCheckMissingIncome,
        PreCheckJobLossIgnored,
        PreCheckDeferralAge,
        PreCheckDeferralUnderFifty,
        PreCheckNoCriteria,
        PreCheckSpecificRelativeDeduction,
        PreCheckIndicationOnly,
        TierFull,
        TierThreeQuarter,
        TierHalf,
        TierQuarter,
        TierDeferral,
        TierStudent,
    ];

    /// <summary>Every key: messages, field labels, options and person names.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Messages,
        .. FieldPaths.Select(FieldLabel),
        .. Enum.GetValues<ExemptionType>().Select(v => Option(v)),
        .. Enum.GetValues<EnrolmentEvent>().Select(v => Option(v)),
        .. Enum.GetValues<Sex>().Select(v => Option(v)),
        .. Enum.GetValues<PaymentMethod>().Select(v => Option(v)),
        .. Enum.GetValues<AdvancePayment>().Select(v => Option(v)),
        .. Enum.GetValues<AccountType>().Select(v => Option(v)),
        .. Enum.GetValues<CardBrand>().Select(v => Option(v)),
        .. new[] { "applicant", "spouse", "householder" }.Select(Person),
    ];
}
