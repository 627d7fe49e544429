using System.Text.Json.Serialization;

namespace Portal.Domain.EmployerFilings;

// The payloads of the seven employer notifications (主要7届書, DOMAIN §7). A filing is an establishment reference and a
// list of employee lines. Every user-entered field is nullable, because drafts are partial; rules report what is
// missing. They round-trip through System.Text.Json with JsonSerializerDefaults.Web (camelCase); enums as strings.

/// <summary>Sex (性別).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex { Male = 1, Female = 2 }

/// <summary>Relationship of a dependant to the insured person (続柄).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DependantRelationship>))]
public enum DependantRelationship { Spouse = 1, Child = 2, Parent = 3, Other = 4 }

/// <summary>What changes for a dependant (異動の種別).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DependantChangeType>))]
public enum DependantChangeType { Added = 1, Removed = 2, Changed = 3 }

/// <summary>What happens to the category-3 spouse (第3号被保険者の該当・非該当・変更).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Category3EventType>))]
public enum Category3EventType { Acquired = 1, Lost = 2, Changed = 3 }

/// <summary>The establishment a filing is made for (事業所整理記号 + 事業所番号).</summary>
public abstract class EmployerFilingBase
{
    /// <summary>事業所整理記号, e.g. <c>12-アイウ</c>.</summary>
    public string? OfficeSymbol { get; set; }
    /// <summary>事業所番号.</summary>
    public string? EstablishmentNumber { get; set; }
}

/// <summary>The employee a line is about (被保険者).</summary>
public abstract class EmployeeLineBase
{
    /// <summary>被保険者整理番号, up to 6 digits (issued at acquisition).</summary>
    public string? InsuredReference { get; set; }
    /// <summary>氏名 (kanji, full-width).</summary>
    public string? Name { get; set; }
    /// <summary>氏名カナ (full-width katakana).</summary>
    public string? NameKana { get; set; }
    /// <summary>生年月日.</summary>
    public DateOnly? BirthDate { get; set; }
    /// <summary>個人番号 (sensitive: never logged or echoed).</summary>
    public string? MyNumber { get; set; }
    /// <summary>基礎年金番号.</summary>
    public string? BasicPensionNumber { get; set; }
    /// <summary>70歳以上被用者: the 70+ variant of the form.</summary>
    public bool? Aged70OrOver { get; set; }
    /// <summary>備考.</summary>
    public string? Note { get; set; }
}

/// <summary>資格取得届: one new hire.</summary>
public sealed class AcquisitionLine : EmployeeLineBase
{
    public Sex? Sex { get; set; }
    /// <summary>資格取得年月日 (hire date).</summary>
    public DateOnly? AcquisitionDate { get; set; }
    /// <summary>報酬月額 (通貨), yen.</summary>
    public long? MonthlyPayCash { get; set; }
    /// <summary>報酬月額 (現物), yen.</summary>
    public long? MonthlyPayInKind { get; set; }
    /// <summary>被扶養者の有無.</summary>
    public bool? HasDependants { get; set; }
    /// <summary>二以上事業所勤務者.</summary>
    public bool? MultipleWorkplaces { get; set; }
    /// <summary>短時間労働者.</summary>
    public bool? ShortTime { get; set; }
    /// <summary>退職後の継続再雇用者.</summary>
    public bool? Rehire { get; set; }
}

/// <summary>資格取得届.</summary>
public sealed class AcquisitionFiling : EmployerFilingBase
{
    public List<AcquisitionLine> Lines { get; set; } = [];
}

/// <summary>資格喪失届: one employee losing insurance.</summary>
public sealed class LossLine : EmployeeLineBase
{
    public LossReason? Reason { get; set; }
    /// <summary>退職日 or 死亡日 (the event); not needed for the age limit.</summary>
    public DateOnly? LeavingDate { get; set; }
    /// <summary>資格喪失年月日: computed (day after leaving) when empty; must match when entered.</summary>
    public DateOnly? LossDate { get; set; }
}

/// <summary>資格喪失届.</summary>
public sealed class LossFiling : EmployerFilingBase
{
    public List<LossLine> Lines { get; set; } = [];
}

/// <summary>算定基礎届: one insured person's April–June pay.</summary>
public sealed class AnnualBaseReportLine : EmployeeLineBase
{
    /// <summary>従前の標準報酬月額, yen.</summary>
    public long? PreviousStandardPay { get; set; }
    /// <summary>資格取得年月日 (to exclude those who joined on or after 1 June).</summary>
    public DateOnly? InsuredSince { get; set; }
    /// <summary>月額変更予定月 <c>yyyy-MM</c>, when a monthly change applies from July–September (excluded).</summary>
    public string? MonthlyChangeFrom { get; set; }
    /// <summary>短時間労働者 (11 paid days instead of 17).</summary>
    public bool? ShortTime { get; set; }
    public long? AprilPay { get; set; }
    public int? AprilDays { get; set; }
    public long? MayPay { get; set; }
    public int? MayDays { get; set; }
    public long? JunePay { get; set; }
    public int? JuneDays { get; set; }
}

/// <summary>算定基礎届.</summary>
public sealed class AnnualBaseReportFiling : EmployerFilingBase
{
    /// <summary>The report year (the July it is filed in).</summary>
    public int? Year { get; set; }
    public List<AnnualBaseReportLine> Lines { get; set; } = [];
}

/// <summary>月額変更届: one insured person's change.</summary>
public sealed class MonthlyChangeLine : EmployeeLineBase
{
    /// <summary>変動月 <c>yyyy-MM</c>: the first month paid at the new fixed pay.</summary>
    public string? ChangeMonth { get; set; }
    /// <summary>固定的賃金の変動 (base pay, fixed allowances or pay system changed).</summary>
    public bool? FixedPayChanged { get; set; }
    /// <summary>従前の標準報酬月額, yen.</summary>
    public long? PreviousStandardPay { get; set; }
    /// <summary>短時間労働者.</summary>
    public bool? ShortTime { get; set; }
    public long? Month1Pay { get; set; }
    public int? Month1Days { get; set; }
    public long? Month2Pay { get; set; }
    public int? Month2Days { get; set; }
    public long? Month3Pay { get; set; }
    public int? Month3Days { get; set; }
}

/// <summary>月額変更届.</summary>
public sealed class MonthlyChangeFiling : EmployerFilingBase
{
    public List<MonthlyChangeLine> Lines { get; set; } = [];
}

/// <summary>賞与支払届: one bonus payment.</summary>
public sealed class BonusReportLine : EmployeeLineBase
{
    /// <summary>賞与支払年月日.</summary>
    public DateOnly? PaymentDate { get; set; }
    /// <summary>賞与額 (通貨), yen.</summary>
    public long? BonusCash { get; set; }
    /// <summary>賞与額 (現物), yen.</summary>
    public long? BonusInKind { get; set; }
    /// <summary>How many times a year bonuses are paid (4 or more = pay, not bonus).</summary>
    public int? PaymentsPerYear { get; set; }
}

/// <summary>賞与支払届.</summary>
public sealed class BonusReportFiling : EmployerFilingBase
{
    public List<BonusReportLine> Lines { get; set; } = [];
}

/// <summary>被扶養者(異動)届: one dependant of an insured person.</summary>
public sealed class DependantChangeLine : EmployeeLineBase
{
    public DependantChangeType? ChangeType { get; set; }
    public string? DependantName { get; set; }
    public string? DependantNameKana { get; set; }
    public DateOnly? DependantBirthDate { get; set; }
    public Sex? DependantSex { get; set; }
    public DependantRelationship? Relationship { get; set; }
    /// <summary>被扶養者の個人番号 (sensitive).</summary>
    public string? DependantMyNumber { get; set; }
    /// <summary>年間収入 (expected annual income), yen.</summary>
    public long? AnnualIncome { get; set; }
    /// <summary>同居 (true) or 別居 (false).</summary>
    public bool? LivesWithInsured { get; set; }
    /// <summary>住所 when living apart.</summary>
    public string? DependantAddress { get; set; }
    /// <summary>異動年月日 (the event: birth, marriage, income change...).</summary>
    public DateOnly? EventDate { get; set; }
    /// <summary>理由.</summary>
    public string? Reason { get; set; }
}

/// <summary>被扶養者(異動)届.</summary>
public sealed class DependantChangeFiling : EmployerFilingBase
{
    public List<DependantChangeLine> Lines { get; set; } = [];
}

/// <summary>国民年金第3号被保険者関係届: the insured person's spouse.</summary>
public sealed class Category3NotificationLine : EmployeeLineBase
{
    public Category3EventType? EventType { get; set; }
    public string? SpouseName { get; set; }
    public string? SpouseNameKana { get; set; }
    public DateOnly? SpouseBirthDate { get; set; }
    public Sex? SpouseSex { get; set; }
    /// <summary>配偶者の個人番号 (required; sensitive).</summary>
    public string? SpouseMyNumber { get; set; }
    public string? SpouseBasicPensionNumber { get; set; }
    /// <summary>年間収入, yen.</summary>
    public long? AnnualIncome { get; set; }
    /// <summary>該当・非該当・変更年月日.</summary>
    public DateOnly? EventDate { get; set; }
    public string? Reason { get; set; }
}

/// <summary>国民年金第3号被保険者関係届.</summary>
public sealed class Category3NotificationFiling : EmployerFilingBase
{
    public List<Category3NotificationLine> Lines { get; set; } = [];
}
