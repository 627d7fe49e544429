using System.Globalization;
using System.Reflection;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;
using Portal.Domain.Submissions;

namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>What a column holds, which decides how its cells are read.</summary>
public enum CsvValueType { Text, Date, Month, Integer, Boolean, Choice }

/// <summary>One column of a layout: its header (Japanese, as in the file), the line property and the value type.</summary>
public sealed class CsvColumn
{
    internal CsvColumn(string header, PropertyInfo property, CsvValueType type, IReadOnlyDictionary<string, object>? choices)
    {
        Header = header;
        Property = property;
        Field = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
        Type = type;
        Choices = choices;
    }

    /// <summary>The header in the file, e.g. <c>氏名</c>.</summary>
    public string Header { get; }
    /// <summary>The camelCase JSON field of the line, e.g. <c>name</c> (also accepted as a header).</summary>
    public string Field { get; }
    /// <summary>How the cells are read.</summary>
    public CsvValueType Type { get; }
    /// <summary>For <see cref="CsvValueType.Choice"/>: the accepted cell values (codes and labels) and their enum values.</summary>
    public IReadOnlyDictionary<string, object>? Choices { get; }
    internal PropertyInfo Property { get; }

    /// <summary>Reads a cell into the line; returns the rule broken, or null.</summary>
    internal FilingRule? Set(object line, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null; // stays null: the domain rules say whether it is required
        switch (Type)
        {
            case CsvValueType.Text:
                Property.SetValue(line, cell.Trim());
                return null;
            case CsvValueType.Month:
                // A spreadsheet turns 2026/4 into the date 2026/4/1: take its month. Anything else goes to the domain as typed.
                Property.SetValue(line, CsvCells.TryDate(cell, out var day) && day.Day == 1 ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : cell.Trim());
                return null;
            case CsvValueType.Date:
                if (!CsvCells.TryDate(cell, out var date)) return FilingRules.DateFormat;
                Property.SetValue(line, date);
                return null;
            case CsvValueType.Integer:
                var result = CsvCells.TryInteger(cell, out var number);
                if (result is not null) return result;
                if (Nullable.GetUnderlyingType(Property.PropertyType) == typeof(int))
                {
                    if (number is > int.MaxValue or < int.MinValue) return FilingRules.AmountTooLarge;
                    Property.SetValue(line, (int)number);
                }
                else
                {
                    Property.SetValue(line, number);
                }
                return null;
            case CsvValueType.Boolean:
                if (!CsvCells.TryBoolean(cell, out var flag)) return FilingRules.BooleanFormat;
                Property.SetValue(line, flag);
                return null;
            case CsvValueType.Choice:
                if (!Choices!.TryGetValue(IdentifierText.Normalize(cell).ToLowerInvariant(), out var choice)) return FilingRules.ChoiceFormat;
                Property.SetValue(line, choice);
                return null;
            default:
                return null;
        }
    }
}

/// <summary>The layout of one notification's CSV: columns and the domain rules the rows go through.</summary>
public interface IEmployerCsvLayout
{
    /// <summary>The notification.</summary>
    SubmissionKind Kind { get; }
    /// <summary>The columns, in template order.</summary>
    IReadOnlyList<CsvColumn> Columns { get; }
    /// <summary>The header of a column for a line field (<c>aprilPay</c> → <c>4月報酬月額</c>), or the field itself.</summary>
    string ColumnFor(string field);
}

/// <summary>A layout for lines of type <typeparamref name="TLine"/>.</summary>
public sealed class EmployerCsvLayout<TLine> : IEmployerCsvLayout where TLine : EmployeeLineBase, new()
{
    private readonly Dictionary<string, string> headerByField;

    internal EmployerCsvLayout(SubmissionKind kind, IReadOnlyList<CsvColumn> columns,
        Func<TLine, EmployerFilingContext, IReadOnlyList<FormIssue>> validateLine, Func<TLine, LineKey?> duplicateKey,
        Func<EmployerFilingContext, IReadOnlyList<FormIssue>>? fileIssues = null)
    {
        Kind = kind;
        Columns = columns;
        ValidateLine = validateLine;
        DuplicateKey = duplicateKey;
        FileIssues = fileIssues;
        headerByField = columns.ToDictionary(c => c.Field, c => c.Header, StringComparer.Ordinal);
    }

    public SubmissionKind Kind { get; }
    public IReadOnlyList<CsvColumn> Columns { get; }
    /// <summary>The domain's per-line rules (the same function the single form calls).</summary>
    public Func<TLine, EmployerFilingContext, IReadOnlyList<FormIssue>> ValidateLine { get; }
    /// <summary>The domain's "same person" key.</summary>
    public Func<TLine, LineKey?> DuplicateKey { get; }
    /// <summary>Filing-level checks (e.g. the 算定基礎届 filing period), reported on row 0.</summary>
    public Func<EmployerFilingContext, IReadOnlyList<FormIssue>>? FileIssues { get; }

    public string ColumnFor(string field) => headerByField.TryGetValue(field, out var header) ? header : field;
}

/// <summary>
/// The column layouts of the seven notifications (documented in docs/csv-layouts.md). Headers are Japanese as on the
/// paper forms; the camelCase field names of the JSON payload are accepted as headers too.
/// </summary>
public static class EmployerCsvLayouts
{
    private static readonly Dictionary<string, object> SexChoices = Choices<Sex>((Sex.Male, "1", "男"), (Sex.Female, "2", "女"));
    private static readonly Dictionary<string, object> LossReasonChoices = Choices<LossReason>(
        (LossReason.Retirement, "1", "退職"), (LossReason.Death, "2", "死亡"), (LossReason.Age70, "3", "70歳到達"), (LossReason.Other, "4", "その他"));
    private static readonly Dictionary<string, object> ChangeTypeChoices = Choices<DependantChangeType>(
        (DependantChangeType.Added, "1", "該当"), (DependantChangeType.Removed, "2", "非該当"), (DependantChangeType.Changed, "3", "変更"));
    private static readonly Dictionary<string, object> RelationshipChoices = Choices<DependantRelationship>(
        (DependantRelationship.Spouse, "1", "配偶者"), (DependantRelationship.Child, "2", "子"), (DependantRelationship.Parent, "3", "父母"),
        (DependantRelationship.Other, "4", "その他"));
    private static readonly Dictionary<string, object> Category3Choices = Choices<Category3EventType>(
        (Category3EventType.Acquired, "1", "該当"), (Category3EventType.Lost, "2", "非該当"), (Category3EventType.Changed, "3", "変更"));

    public static EmployerCsvLayout<AcquisitionLine> Acquisition { get; } = new(SubmissionKind.Acquisition,
    [
        Col<AcquisitionLine>("被保険者整理番号", nameof(AcquisitionLine.InsuredReference)),
        Col<AcquisitionLine>("氏名", nameof(AcquisitionLine.Name)),
        Col<AcquisitionLine>("氏名カナ", nameof(AcquisitionLine.NameKana)),
        Col<AcquisitionLine>("生年月日", nameof(AcquisitionLine.BirthDate)),
        Col<AcquisitionLine>("性別", nameof(AcquisitionLine.Sex), SexChoices),
        Col<AcquisitionLine>("個人番号", nameof(AcquisitionLine.MyNumber)),
        Col<AcquisitionLine>("基礎年金番号", nameof(AcquisitionLine.BasicPensionNumber)),
        Col<AcquisitionLine>("資格取得年月日", nameof(AcquisitionLine.AcquisitionDate)),
        Col<AcquisitionLine>("報酬月額_通貨", nameof(AcquisitionLine.MonthlyPayCash)),
        Col<AcquisitionLine>("報酬月額_現物", nameof(AcquisitionLine.MonthlyPayInKind)),
        Col<AcquisitionLine>("被扶養者", nameof(AcquisitionLine.HasDependants)),
        Col<AcquisitionLine>("70歳以上被用者", nameof(AcquisitionLine.Aged70OrOver)),
        Col<AcquisitionLine>("二以上事業所勤務者", nameof(AcquisitionLine.MultipleWorkplaces)),
        Col<AcquisitionLine>("短時間労働者", nameof(AcquisitionLine.ShortTime)),
        Col<AcquisitionLine>("退職後再雇用", nameof(AcquisitionLine.Rehire)),
        Col<AcquisitionLine>("備考", nameof(AcquisitionLine.Note)),
    ], AcquisitionRules.ValidateLine, AcquisitionRules.DuplicateKey);

    public static EmployerCsvLayout<LossLine> Loss { get; } = new(SubmissionKind.Loss,
    [
        Col<LossLine>("被保険者整理番号", nameof(LossLine.InsuredReference)),
        Col<LossLine>("氏名", nameof(LossLine.Name)),
        Col<LossLine>("生年月日", nameof(LossLine.BirthDate)),
        Col<LossLine>("個人番号", nameof(LossLine.MyNumber)),
        Col<LossLine>("基礎年金番号", nameof(LossLine.BasicPensionNumber)),
        Col<LossLine>("喪失原因", nameof(LossLine.Reason), LossReasonChoices),
        Col<LossLine>("退職日等", nameof(LossLine.LeavingDate)),
        Col<LossLine>("資格喪失年月日", nameof(LossLine.LossDate)),
        Col<LossLine>("70歳以上被用者", nameof(LossLine.Aged70OrOver)),
        Col<LossLine>("備考", nameof(LossLine.Note)),
    ], LossRules.ValidateLine, LossRules.DuplicateKey);

    public static EmployerCsvLayout<AnnualBaseReportLine> AnnualBaseReport { get; } = new(SubmissionKind.AnnualBaseReport,
    [
        Col<AnnualBaseReportLine>("被保険者整理番号", nameof(AnnualBaseReportLine.InsuredReference)),
        Col<AnnualBaseReportLine>("氏名", nameof(AnnualBaseReportLine.Name)),
        Col<AnnualBaseReportLine>("生年月日", nameof(AnnualBaseReportLine.BirthDate)),
        Col<AnnualBaseReportLine>("個人番号", nameof(AnnualBaseReportLine.MyNumber)),
        Col<AnnualBaseReportLine>("基礎年金番号", nameof(AnnualBaseReportLine.BasicPensionNumber)),
        Col<AnnualBaseReportLine>("従前の標準報酬月額", nameof(AnnualBaseReportLine.PreviousStandardPay)),
        Col<AnnualBaseReportLine>("資格取得年月日", nameof(AnnualBaseReportLine.InsuredSince)),
        Col<AnnualBaseReportLine>("月額変更予定月", nameof(AnnualBaseReportLine.MonthlyChangeFrom), month: true),
        Col<AnnualBaseReportLine>("短時間労働者", nameof(AnnualBaseReportLine.ShortTime)),
        Col<AnnualBaseReportLine>("4月報酬月額", nameof(AnnualBaseReportLine.AprilPay)),
        Col<AnnualBaseReportLine>("4月支払基礎日数", nameof(AnnualBaseReportLine.AprilDays)),
        Col<AnnualBaseReportLine>("5月報酬月額", nameof(AnnualBaseReportLine.MayPay)),
        Col<AnnualBaseReportLine>("5月支払基礎日数", nameof(AnnualBaseReportLine.MayDays)),
        Col<AnnualBaseReportLine>("6月報酬月額", nameof(AnnualBaseReportLine.JunePay)),
        Col<AnnualBaseReportLine>("6月支払基礎日数", nameof(AnnualBaseReportLine.JuneDays)),
        Col<AnnualBaseReportLine>("70歳以上被用者", nameof(AnnualBaseReportLine.Aged70OrOver)),
        Col<AnnualBaseReportLine>("備考", nameof(AnnualBaseReportLine.Note)),
    ], AnnualBaseReportRules.ValidateLine, AnnualBaseReportRules.DuplicateKey, AnnualBaseReportRules.FilingPeriod);

    public static EmployerCsvLayout<MonthlyChangeLine> MonthlyChange { get; } = new(SubmissionKind.MonthlyChange,
    [
        Col<MonthlyChangeLine>("被保険者整理番号", nameof(MonthlyChangeLine.InsuredReference)),
        Col<MonthlyChangeLine>("氏名", nameof(MonthlyChangeLine.Name)),
        Col<MonthlyChangeLine>("生年月日", nameof(MonthlyChangeLine.BirthDate)),
        Col<MonthlyChangeLine>("個人番号", nameof(MonthlyChangeLine.MyNumber)),
        Col<MonthlyChangeLine>("基礎年金番号", nameof(MonthlyChangeLine.BasicPensionNumber)),
        Col<MonthlyChangeLine>("変動月", nameof(MonthlyChangeLine.ChangeMonth), month: true),
        Col<MonthlyChangeLine>("固定的賃金の変動", nameof(MonthlyChangeLine.FixedPayChanged)),
        Col<MonthlyChangeLine>("従前の標準報酬月額", nameof(MonthlyChangeLine.PreviousStandardPay)),
        Col<MonthlyChangeLine>("短時間労働者", nameof(MonthlyChangeLine.ShortTime)),
        Col<MonthlyChangeLine>("1か月目報酬月額", nameof(MonthlyChangeLine.Month1Pay)),
        Col<MonthlyChangeLine>("1か月目支払基礎日数", nameof(MonthlyChangeLine.Month1Days)),
        Col<MonthlyChangeLine>("2か月目報酬月額", nameof(MonthlyChangeLine.Month2Pay)),
        Col<MonthlyChangeLine>("2か月目支払基礎日数", nameof(MonthlyChangeLine.Month2Days)),
        Col<MonthlyChangeLine>("3か月目報酬月額", nameof(MonthlyChangeLine.Month3Pay)),
        Col<MonthlyChangeLine>("3か月目支払基礎日数", nameof(MonthlyChangeLine.Month3Days)),
        Col<MonthlyChangeLine>("70歳以上被用者", nameof(MonthlyChangeLine.Aged70OrOver)),
        Col<MonthlyChangeLine>("備考", nameof(MonthlyChangeLine.Note)),
    ], MonthlyChangeRules.ValidateLine, MonthlyChangeRules.DuplicateKey);

    public static EmployerCsvLayout<BonusReportLine> BonusReport { get; } = new(SubmissionKind.BonusReport,
    [
        Col<BonusReportLine>("被保険者整理番号", nameof(BonusReportLine.InsuredReference)),
        Col<BonusReportLine>("氏名", nameof(BonusReportLine.Name)),
        Col<BonusReportLine>("生年月日", nameof(BonusReportLine.BirthDate)),
        Col<BonusReportLine>("個人番号", nameof(BonusReportLine.MyNumber)),
        Col<BonusReportLine>("基礎年金番号", nameof(BonusReportLine.BasicPensionNumber)),
        Col<BonusReportLine>("賞与支払年月日", nameof(BonusReportLine.PaymentDate)),
        Col<BonusReportLine>("賞与額_通貨", nameof(BonusReportLine.BonusCash)),
        Col<BonusReportLine>("賞与額_現物", nameof(BonusReportLine.BonusInKind)),
        Col<BonusReportLine>("年間支給回数", nameof(BonusReportLine.PaymentsPerYear)),
        Col<BonusReportLine>("70歳以上被用者", nameof(BonusReportLine.Aged70OrOver)),
        Col<BonusReportLine>("備考", nameof(BonusReportLine.Note)),
    ], BonusReportRules.ValidateLine, BonusReportRules.DuplicateKey);

    public static EmployerCsvLayout<DependantChangeLine> DependantChange { get; } = new(SubmissionKind.DependantChange,
    [
        Col<DependantChangeLine>("被保険者整理番号", nameof(DependantChangeLine.InsuredReference)),
        Col<DependantChangeLine>("氏名", nameof(DependantChangeLine.Name)),
        Col<DependantChangeLine>("個人番号", nameof(DependantChangeLine.MyNumber)),
        Col<DependantChangeLine>("基礎年金番号", nameof(DependantChangeLine.BasicPensionNumber)),
        Col<DependantChangeLine>("異動種別", nameof(DependantChangeLine.ChangeType), ChangeTypeChoices),
        Col<DependantChangeLine>("被扶養者氏名", nameof(DependantChangeLine.DependantName)),
        Col<DependantChangeLine>("被扶養者氏名カナ", nameof(DependantChangeLine.DependantNameKana)),
        Col<DependantChangeLine>("被扶養者生年月日", nameof(DependantChangeLine.DependantBirthDate)),
        Col<DependantChangeLine>("被扶養者性別", nameof(DependantChangeLine.DependantSex), SexChoices),
        Col<DependantChangeLine>("続柄", nameof(DependantChangeLine.Relationship), RelationshipChoices),
        Col<DependantChangeLine>("被扶養者個人番号", nameof(DependantChangeLine.DependantMyNumber)),
        Col<DependantChangeLine>("年間収入", nameof(DependantChangeLine.AnnualIncome)),
        Col<DependantChangeLine>("同居", nameof(DependantChangeLine.LivesWithInsured)),
        Col<DependantChangeLine>("被扶養者住所", nameof(DependantChangeLine.DependantAddress)),
        Col<DependantChangeLine>("異動年月日", nameof(DependantChangeLine.EventDate)),
        Col<DependantChangeLine>("理由", nameof(DependantChangeLine.Reason)),
        Col<DependantChangeLine>("備考", nameof(DependantChangeLine.Note)),
    ], DependantChangeRules.ValidateLine, DependantChangeRules.DuplicateKey);

    public static EmployerCsvLayout<Category3NotificationLine> Category3Notification { get; } = new(SubmissionKind.Category3Notification,
    [
        Col<Category3NotificationLine>("被保険者整理番号", nameof(Category3NotificationLine.InsuredReference)),
        Col<Category3NotificationLine>("氏名", nameof(Category3NotificationLine.Name)),
        Col<Category3NotificationLine>("個人番号", nameof(Category3NotificationLine.MyNumber)),
        Col<Category3NotificationLine>("基礎年金番号", nameof(Category3NotificationLine.BasicPensionNumber)),
        Col<Category3NotificationLine>("届出種別", nameof(Category3NotificationLine.EventType), Category3Choices),
        Col<Category3NotificationLine>("配偶者氏名", nameof(Category3NotificationLine.SpouseName)),
        Col<Category3NotificationLine>("配偶者氏名カナ", nameof(Category3NotificationLine.SpouseNameKana)),
        Col<Category3NotificationLine>("配偶者生年月日", nameof(Category3NotificationLine.SpouseBirthDate)),
        Col<Category3NotificationLine>("配偶者性別", nameof(Category3NotificationLine.SpouseSex), SexChoices),
        Col<Category3NotificationLine>("配偶者個人番号", nameof(Category3NotificationLine.SpouseMyNumber)),
        Col<Category3NotificationLine>("配偶者基礎年金番号", nameof(Category3NotificationLine.SpouseBasicPensionNumber)),
        Col<Category3NotificationLine>("年間収入", nameof(Category3NotificationLine.AnnualIncome)),
        Col<Category3NotificationLine>("該当年月日", nameof(Category3NotificationLine.EventDate)),
        Col<Category3NotificationLine>("理由", nameof(Category3NotificationLine.Reason)),
        Col<Category3NotificationLine>("備考", nameof(Category3NotificationLine.Note)),
    ], Category3NotificationRules.ValidateLine, Category3NotificationRules.DuplicateKey);

    /// <summary>Every layout, in DOMAIN §7 order.</summary>
    public static IReadOnlyList<IEmployerCsvLayout> All { get; } =
        [Acquisition, Loss, AnnualBaseReport, MonthlyChange, BonusReport, DependantChange, Category3Notification];

    /// <summary>The layout of a kind, or null for a kind without one.</summary>
    public static IEmployerCsvLayout? For(SubmissionKind kind) => All.FirstOrDefault(l => l.Kind == kind);

    private static CsvColumn Col<TLine>(string header, string property, Dictionary<string, object>? choices = null, bool month = false)
    {
        var info = typeof(TLine).GetProperty(property) ?? throw new ArgumentException($"{typeof(TLine).Name} has no {property}.", nameof(property));
        var type = Nullable.GetUnderlyingType(info.PropertyType) ?? info.PropertyType;
        var valueType = choices is not null ? CsvValueType.Choice
            : month ? CsvValueType.Month
            : type == typeof(string) ? CsvValueType.Text
            : type == typeof(DateOnly) ? CsvValueType.Date
            : type == typeof(long) || type == typeof(int) ? CsvValueType.Integer
            : type == typeof(bool) ? CsvValueType.Boolean
            : throw new ArgumentException($"No CSV reading for {type.Name}.", nameof(property));
        return new CsvColumn(header, info, valueType, choices);
    }

    private static Dictionary<string, object> Choices<TEnum>(params (TEnum Value, string Code, string Label)[] items) where TEnum : struct, Enum
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (value, code, label) in items)
        {
            map[code] = value;
            map[IdentifierText.Normalize(label).ToLowerInvariant()] = value;
            map[value.ToString().ToLowerInvariant()] = value;
        }
        return map;
    }
}

/// <summary>How cells are read: dates, integers and flags (full-width digits accepted through NFKC).</summary>
public static class CsvCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>Dates <c>2026-04-01</c>, <c>2026/04/01</c>, <c>2026/4/1</c> or <c>20260401</c>; nothing else (no 和暦, no 01/04/2026).</summary>
    public static bool TryDate(string cell, out DateOnly date) =>
        DateOnly.TryParseExact(IdentifierText.Normalize(cell), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Whole numbers, with or without thousands separators (<c>300,000</c>) and a leading minus.</summary>
    public static FilingRule? TryInteger(string cell, out long value)
    {
        value = 0;
        var text = IdentifierText.Normalize(cell).Replace(",", "").Replace("円", "");
        if (text.Length == 0) return FilingRules.NotANumber;
        var negative = text[0] == '-';
        var digits = negative ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 0) return FilingRules.NotANumber;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return FilingRules.NotANumber;
        if (digits.Length > 15) return FilingRules.AmountTooLarge;
        value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        return null;
    }

    /// <summary>Flags: <c>1</c>/<c>0</c>, <c>true</c>/<c>false</c>, <c>はい</c>/<c>いいえ</c>, <c>有</c>/<c>無</c>, <c>○</c>/<c>×</c>.</summary>
    public static bool TryBoolean(string cell, out bool value)
    {
        switch (IdentifierText.Normalize(cell).ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "y" or "はい" or "有" or "あり" or "○" or "〇":
                value = true;
                return true;
            case "0" or "false" or "no" or "n" or "いいえ" or "無" or "なし" or "×":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
