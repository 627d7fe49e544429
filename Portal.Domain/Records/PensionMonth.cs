using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>Status of one month of the record (DOMAIN.md §4.1).</summary>
public enum MonthStatus
{
    /// <summary>納付済</summary>
    Paid = 1,
    /// <summary>第3号被保険者期間</summary>
    Category3 = 2,
    /// <summary>Covered by 厚生年金</summary>
    EmployeesPension = 3,
    /// <summary>産前産後免除</summary>
    MaternityExemption = 4,
    /// <summary>育児期間免除</summary>
    ChildcareExemption = 5,
    /// <summary>法定免除</summary>
    StatutoryExemption = 6,
    /// <summary>全額免除</summary>
    FullExemption = 7,
    /// <summary>4分の3免除</summary>
    ThreeQuarterExemption = 8,
    /// <summary>半額免除</summary>
    HalfExemption = 9,
    /// <summary>4分の1免除</summary>
    QuarterExemption = 10,
    /// <summary>納付猶予</summary>
    PaymentDeferral = 11,
    /// <summary>学生納付特例</summary>
    StudentDeferral = 12,
    /// <summary>未納</summary>
    Unpaid = 13,
    /// <summary>未加入</summary>
    NotEnrolled = 14,
}

/// <summary>Insured-person category (被保険者種別), DOMAIN.md §3.</summary>
public enum InsuredCategory
{
    None = 0,
    /// <summary>第1号</summary>
    Category1 = 1,
    /// <summary>第2号</summary>
    Category2 = 2,
    /// <summary>第3号</summary>
    Category3 = 3,
    /// <summary>任意加入</summary>
    Voluntary = 4,
    /// <summary>特例任意加入</summary>
    SpecialVoluntary = 5,
}

/// <summary>One month of a person's pension record (年金記録の月).</summary>
public sealed class PensionMonth
{
    private PensionMonth() { }

    public PensionMonth(Guid personId, YearMonth month, MonthStatus status, InsuredCategory category,
        long premiumDue = 0, DateOnly? paidOn = null, bool additionalPremiumPaid = false,
        long? standardMonthlyPay = null, Guid? employmentPeriodId = null, DateOnly? latePaidOn = null)
    {
        PersonId = personId;
        Month = month;
        Status = status;
        Category = category;
        PremiumDue = premiumDue;
        PaidOn = paidOn;
        AdditionalPremiumPaid = additionalPremiumPaid;
        StandardMonthlyPay = standardMonthlyPay;
        EmploymentPeriodId = employmentPeriodId;
        LatePaidOn = latePaidOn;
    }

    public long Id { get; private set; }
    public Guid PersonId { get; private set; }
    public YearMonth Month { get; private set; }
    public MonthStatus Status { get; private set; }
    public InsuredCategory Category { get; private set; }
    /// <summary>National-pension premium due for the month, yen (0 where none is due).</summary>
    public long PremiumDue { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    /// <summary>付加保険料 paid for this month.</summary>
    public bool AdditionalPremiumPaid { get; private set; }
    /// <summary>追納 date, if an exempt or deferred month was paid back.</summary>
    public DateOnly? LatePaidOn { get; private set; }
    /// <summary>標準報酬月額 for 厚生年金 months, yen.</summary>
    public long? StandardMonthlyPay { get; private set; }
    public Guid? EmploymentPeriodId { get; private set; }
}
