using Portal.Domain.Common;
using Portal.Domain.Identifiers;
using Portal.Domain.Records;

namespace Portal.Tests.Records;

/// <summary>Hand-built records for the Records rule tests.</summary>
internal sealed class RecordBuilder
{
    public static readonly Guid PersonId = new("6f1c0d2e-0000-4000-8000-000000000001");

    private readonly List<PensionMonth> months = [];

    public IReadOnlyList<PensionMonth> Months => months;

    public static YearMonth M(int year, int month) => new(year, month);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static InsuredPerson Person(DateOnly birthDate) =>
        new(PersonId, BasicPensionNumber.From("9000123456"), "年金", "太郎", "ネンキン", "タロウ", birthDate, Sex.Male, "東京都");

    public static EmploymentPeriod Period(DateOnly acquiredOn, DateOnly? lostOn) =>
        new(Guid.NewGuid(), PersonId, "デモ商事", "12-アイウ", acquiredOn, lostOn);

    public static InsuredCategory DefaultCategory(MonthStatus status) => status switch
    {
        MonthStatus.EmployeesPension => InsuredCategory.Category2,
        MonthStatus.Category3 => InsuredCategory.Category3,
        MonthStatus.NotEnrolled => InsuredCategory.None,
        _ => InsuredCategory.Category1,
    };

    public static PensionMonth Month(YearMonth month, MonthStatus status, InsuredCategory? category = null, long premiumDue = 0,
        DateOnly? paidOn = null, bool additional = false, long? pay = null, Guid? periodId = null, DateOnly? latePaidOn = null) =>
        new(PersonId, month, status, category ?? DefaultCategory(status), premiumDue, paidOn, additional, pay, periodId, latePaidOn);

    /// <summary>Adds every month from <paramref name="from"/> to <paramref name="to"/> with <paramref name="status"/>.</summary>
    public RecordBuilder Add(YearMonth from, YearMonth to, MonthStatus status, InsuredCategory? category = null, long premiumDue = 0,
        bool paid = false, bool additional = false, long? pay = null, Guid? periodId = null, DateOnly? latePaidOn = null)
    {
        foreach (var m in YearMonth.Range(from, to))
            months.Add(Month(m, status, category, premiumDue, paid ? m.AddMonths(1).LastDay : null, additional, pay, periodId, latePaidOn));
        return this;
    }

    public RecordBuilder Add(YearMonth month, MonthStatus status, InsuredCategory? category = null, long premiumDue = 0,
        bool paid = false, bool additional = false, long? pay = null, Guid? periodId = null, DateOnly? latePaidOn = null) =>
        Add(month, month, status, category, premiumDue, paid, additional, pay, periodId, latePaidOn);
}
