using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>A rule of the employer notifications: a stable code and the resource key of its message.</summary>
public sealed record FilingRule(string Code, string MessageKey)
{
    /// <summary>An error on <paramref name="field"/>.</summary>
    public FormIssue Error(string field, params string[] args) => new(field, Code, MessageKey, IssueSeverity.Error, args);
    /// <summary>A warning on <paramref name="field"/>.</summary>
    public FormIssue Warning(string field, params string[] args) => new(field, Code, MessageKey, IssueSeverity.Warning, args);
}

/// <summary>
/// Every rule code of the employer notifications (主要7届書) with its message key. Keys are written out in full so that
/// the resource completeness test finds them.
/// </summary>
public static class FilingRules
{
    // Input form.
    public static readonly FilingRule Required = new("required", "EmployerFilings.Error.Required");
    public static readonly FilingRule NotANumber = new("number_format", "EmployerFilings.Error.NumberFormat");
    public static readonly FilingRule NegativeAmount = new("negative", "EmployerFilings.Error.Negative");
    public static readonly FilingRule AmountTooLarge = new("too_large", "EmployerFilings.Error.TooLarge");
    public static readonly FilingRule DateFormat = new("date_format", "EmployerFilings.Error.DateFormat");
    public static readonly FilingRule MonthFormat = new("month_format", "EmployerFilings.Error.MonthFormat");
    public static readonly FilingRule BooleanFormat = new("boolean_format", "EmployerFilings.Error.BooleanFormat");
    public static readonly FilingRule ChoiceFormat = new("choice_format", "EmployerFilings.Error.ChoiceFormat");
    public static readonly FilingRule TextTooLong = new("too_long", "EmployerFilings.Error.TooLong");

    // Characters (DOMAIN §7: names full-width; no half-width katakana, machine-dependent or non-standard characters).
    public static readonly FilingRule HalfWidthKana = new("half_width_kana", "EmployerFilings.Error.HalfWidthKana");
    public static readonly FilingRule MachineDependent = new("machine_dependent", "EmployerFilings.Error.MachineDependent");
    public static readonly FilingRule NonStandardCharacter = new("non_standard_character", "EmployerFilings.Error.NonStandardCharacter");
    public static readonly FilingRule NotFullWidth = new("not_full_width", "EmployerFilings.Error.NotFullWidth");
    public static readonly FilingRule NotKatakana = new("not_katakana", "EmployerFilings.Error.NotKatakana");
    public static readonly FilingRule ControlCharacter = new("control_character", "EmployerFilings.Error.ControlCharacter");

    // Identities.
    public static readonly FilingRule IdentityRequired = new("identity_required", "EmployerFilings.Error.IdentityRequired");
    public static readonly FilingRule InsuredReferenceFormat = new("insured_reference_format", "EmployerFilings.Error.InsuredReferenceFormat");
    public static readonly FilingRule BirthDateInFuture = new("birth_date_future", "EmployerFilings.Error.BirthDateFuture");
    public static readonly FilingRule DateInFuture = new("date_future", "EmployerFilings.Error.DateFuture");

    // Filing as a whole.
    public static readonly FilingRule NoLines = new("no_lines", "EmployerFilings.Error.NoLines");
    public static readonly FilingRule TooManyLines = new("too_many_lines", "EmployerFilings.Error.TooManyLines");
    public static readonly FilingRule DuplicatePerson = new("duplicate_person", "EmployerFilings.Error.DuplicatePerson");
    public static readonly FilingRule EstablishmentMismatch = new("establishment_mismatch", "EmployerFilings.Error.EstablishmentMismatch");
    public static readonly FilingRule PayloadInvalid = new("payload_invalid", "EmployerFilings.Error.PayloadInvalid");
    public static readonly FilingRule UnknownKind = new("unknown_kind", "EmployerFilings.Error.UnknownKind");

    // Pay and grades.
    public static readonly FilingRule NoGradeTable = new("no_grade_table", "EmployerFilings.Error.NoGradeTable");
    public static readonly FilingRule UnknownStandardPay = new("unknown_standard_pay", "EmployerFilings.Error.UnknownStandardPay");
    public static readonly FilingRule PaidDaysRange = new("paid_days_range", "EmployerFilings.Error.PaidDaysRange");
    public static readonly FilingRule ShortTimeNotCovered = new("short_time_not_covered", "EmployerFilings.Warning.ShortTimeNotCovered");

    // 資格取得届.
    public static readonly FilingRule Aged70FlagRequired = new("aged70_flag_required", "EmployerFilings.Error.Aged70FlagRequired");
    public static readonly FilingRule Aged70FlagWrong = new("aged70_flag_wrong", "EmployerFilings.Error.Aged70FlagWrong");
    public static readonly FilingRule UnderMinimumAge = new("under_minimum_age", "EmployerFilings.Warning.UnderMinimumAge");

    // 資格喪失届.
    public static readonly FilingRule LossDateMismatch = new("loss_date_mismatch", "EmployerFilings.Error.LossDateMismatch");

    // 算定基礎届.
    public static readonly FilingRule NotAnnualBaseTarget = new("not_annual_base_target", "EmployerFilings.Error.NotAnnualBaseTarget");
    public static readonly FilingRule NoQualifyingMonth = new("no_qualifying_month", "EmployerFilings.Warning.NoQualifyingMonth");
    public static readonly FilingRule ReportYearMismatch = new("report_year_mismatch", "EmployerFilings.Error.ReportYearMismatch");

    // 月額変更届.
    public static readonly FilingRule NoFixedPayChange = new("no_fixed_pay_change", "EmployerFilings.Error.NoFixedPayChange");
    public static readonly FilingRule PaidDaysShort = new("paid_days_short", "EmployerFilings.Error.PaidDaysShort");
    public static readonly FilingRule GradeDifferenceTooSmall = new("grade_difference_too_small", "EmployerFilings.Error.GradeDifferenceTooSmall");
    public static readonly FilingRule MonthsNotComplete = new("months_not_complete", "EmployerFilings.Error.MonthsNotComplete");

    // 賞与支払届.
    public static readonly FilingRule NotABonus = new("not_a_bonus", "EmployerFilings.Error.NotABonus");
    public static readonly FilingRule BonusCapped = new("bonus_capped", "EmployerFilings.Warning.BonusCapped");

    // 被扶養者(異動)届 and 第3号被保険者関係届.
    public static readonly FilingRule DependantIncomeOverLimit = new("income_over_limit", "EmployerFilings.Warning.IncomeOverLimit");
    public static readonly FilingRule SpouseMyNumberRequired = new("spouse_my_number_required", "EmployerFilings.Error.SpouseMyNumberRequired");
    public static readonly FilingRule Category3AgeRange = new("category3_age_range", "EmployerFilings.Error.Category3AgeRange");

    // Deadlines: warnings, a late filing is still accepted.
    public static readonly FilingRule Late = new("late", "EmployerFilings.Warning.Late");
    public static readonly FilingRule BeforeFilingPeriod = new("before_filing_period", "EmployerFilings.Warning.BeforeFilingPeriod");

    /// <summary>Every rule, for documentation and resource checks.</summary>
    public static IReadOnlyList<FilingRule> All { get; } = typeof(FilingRules)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(FilingRule))
        .Select(f => (FilingRule)f.GetValue(null)!)
        .ToList();
}
