using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;

namespace Portal.Tests.EmployerFilings;

/// <summary>Fictional people and an establishment for the employer-filing tests; "today" is Monday 6 July 2026.</summary>
internal static class FilingTestData
{
    public static readonly DateOnly Today = new(2026, 7, 6);
    public static readonly EstablishmentFacts Establishment = new("12-アイウ", "12345");
    public static EmployerFilingContext Context => new(Today, Establishment);

    /// <summary>A valid My Number: 11 digits plus their check digit.</summary>
    public static string MyNumberFor(long first11) => MyNumberFrom($"{first11:D11}");
    public static string MyNumberFrom(string first11) => first11 + MyNumber.ComputeCheckDigit(first11);

    public static AcquisitionLine Acquisition() => new()
    {
        InsuredReference = "101", Name = "年金 太郎", NameKana = "ネンキン タロウ", BirthDate = new DateOnly(1990, 4, 15),
        Sex = Sex.Male, MyNumber = "123456789018", AcquisitionDate = new DateOnly(2026, 7, 1), MonthlyPayCash = 300_000,
        MonthlyPayInKind = 0,
    };

    public static LossLine Loss() => new()
    {
        InsuredReference = "45", Name = "年金 一郎", BirthDate = new DateOnly(1980, 2, 1), BasicPensionNumber = "1234-567890",
        Reason = LossReason.Retirement, LeavingDate = new DateOnly(2026, 6, 30),
    };

    public static AnnualBaseReportLine AnnualBase() => new()
    {
        InsuredReference = "1", Name = "年金 太郎", PreviousStandardPay = 300_000, InsuredSince = new DateOnly(2010, 4, 1),
        AprilPay = 310_000, AprilDays = 30, MayPay = 305_000, MayDays = 31, JunePay = 320_000, JuneDays = 30,
    };

    public static MonthlyChangeLine MonthlyChange() => new()
    {
        InsuredReference = "7", Name = "年金 太郎", ChangeMonth = "2026-04", FixedPayChanged = true, PreviousStandardPay = 300_000,
        Month1Pay = 360_000, Month1Days = 30, Month2Pay = 355_000, Month2Days = 31, Month3Pay = 362_000, Month3Days = 30,
    };

    public static BonusReportLine Bonus() => new()
    {
        InsuredReference = "1", Name = "年金 太郎", PaymentDate = new DateOnly(2026, 7, 3), BonusCash = 654_321, PaymentsPerYear = 2,
    };

    public static DependantChangeLine Dependant() => new()
    {
        InsuredReference = "1", Name = "年金 太郎", ChangeType = DependantChangeType.Added, DependantName = "年金 桜",
        DependantNameKana = "ネンキン サクラ", DependantBirthDate = new DateOnly(2026, 7, 1), DependantSex = Sex.Female,
        Relationship = DependantRelationship.Child, DependantMyNumber = MyNumberFor(50_000_000_001), AnnualIncome = 0,
        LivesWithInsured = true, EventDate = new DateOnly(2026, 7, 1),
    };

    public static Category3NotificationLine Category3() => new()
    {
        InsuredReference = "1", Name = "年金 太郎", EventType = Category3EventType.Acquired, SpouseName = "年金 葵",
        SpouseNameKana = "ネンキン アオイ", SpouseBirthDate = new DateOnly(1992, 8, 8), SpouseSex = Sex.Female,
        SpouseMyNumber = MyNumberFor(50_000_000_002), AnnualIncome = 800_000, EventDate = new DateOnly(2026, 7, 1),
    };
}
