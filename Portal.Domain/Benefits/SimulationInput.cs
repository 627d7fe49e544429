using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Benefits;

/// <summary>
/// One month of the national-pension side of the record (国民年金の月): its status, whether the additional premium
/// (付加保険料) was paid, and whether an exempt or deferred month was paid back later (追納).
/// A partly exempt month is taken to have its remainder paid (a month with the remainder unpaid is recorded as
/// <see cref="MonthStatus.Unpaid"/>, DOMAIN.md §4.1).
/// </summary>
public readonly record struct NationalPensionMonth(
    YearMonth Month,
    MonthStatus Status,
    bool AdditionalPremiumPaid = false,
    bool LatePaid = false);

/// <summary>One month of employees' pension (厚生年金) with its standard monthly pay (標準報酬月額), yen.</summary>
public readonly record struct EmployeesPensionMonth(YearMonth Month, long StandardMonthlyPay);

/// <summary>A bonus with its standard bonus amount (標準賞与額), yen; counted from April 2003.</summary>
public readonly record struct StandardBonus(DateOnly PaidOn, long Amount);

/// <summary>
/// The contribution record the simulator works on (試算用の加入記録): birth date, the national-pension months, the
/// employees'-pension months and the bonuses. An employees'-pension month missing from
/// <see cref="NationalPensionMonths"/> is read as <see cref="MonthStatus.EmployeesPension"/> on the national-pension side.
/// </summary>
public sealed record ContributionRecord(
    DateOnly BirthDate,
    IReadOnlyList<NationalPensionMonth> NationalPensionMonths,
    IReadOnlyList<EmployeesPensionMonth> EmployeesPensionMonths,
    IReadOnlyList<StandardBonus> Bonuses)
{
    /// <summary>A record with no months yet.</summary>
    public static ContributionRecord Empty(DateOnly birthDate) => new(birthDate, [], [], []);

    /// <summary>Distinct employees'-pension months (first occurrence wins), in month order.</summary>
    public IReadOnlyList<EmployeesPensionMonth> DistinctEmployeesPensionMonths() =>
        new List<EmployeesPensionMonth>(PreparedRecord.From(this).EmployeesMonths);

    /// <summary>
    /// The national-pension status of every recorded month (first occurrence wins), with employees'-pension months
    /// that the national-pension side lacks added as <see cref="MonthStatus.EmployeesPension"/>; in month order.
    /// </summary>
    public IReadOnlyList<NationalPensionMonth> MergedNationalPensionMonths()
        => new List<NationalPensionMonth>(PreparedRecord.From(this).MergedMonths);

    /// <summary>The latest month on either side, or null when the record is empty.</summary>
    public YearMonth? LastRecordedMonth()
    {
        YearMonth? last = null;
        foreach (var m in NationalPensionMonths) if (last is null || m.Month > last) last = m.Month;
        foreach (var m in EmployeesPensionMonths) if (last is null || m.Month > last) last = m.Month;
        return last;
    }
}

/// <summary>
/// The spouse (配偶者) for the dependant addition: birth date, income under 8.5 million yen (生計維持), and whether the
/// spouse has 240 or more months of their own employees' pension (then no spouse addition).
/// </summary>
public sealed record SpouseInput(DateOnly BirthDate, bool IncomeUnder8500000Yen, bool HasOwnEmployeesPension240Months);

/// <summary>A child (子) for the dependant addition: birth date and disability grade 1 or 2 (障害等級1級・2級).</summary>
public sealed record ChildInput(DateOnly BirthDate, bool DisabilityGrade1Or2 = false);

/// <summary>Current work for the in-work suspension (在職老齢年金): standard monthly pay and standard bonuses of the last 12 months, yen.</summary>
public sealed record CurrentWork(long StandardMonthlyPay, long BonusesLast12Months);

/// <summary>Facts that route a person to a consultation instead of an estimate (DOMAIN.md §5.8), as declared or recorded.</summary>
public sealed record ExclusionFlags(
    bool MutualAidPeriod = false,
    bool DisabilityOrSurvivorBenefit = false,
    bool AlreadyReceivingPension = false,
    bool CreditedOrAbroadPeriods = false,
    bool SpecialPeriods = false)
{
    /// <summary>None of the facts applies.</summary>
    public static ExclusionFlags None { get; } = new();
}

/// <summary>Everything the simulator needs (年金見込額試算の入力), explicit and dated by the caller.</summary>
public sealed record SimulationInput
{
    /// <summary>The contribution record, including the birth date.</summary>
    public required ContributionRecord Record { get; init; }

    /// <summary>Sex (for the special old-age pension cohorts).</summary>
    public required Sex Sex { get; init; }

    /// <summary>Claim start age, 60y0m–75y0m (65y1m–65y11m not allowed).</summary>
    public PensionAge StartAge { get; init; } = PensionAge.Standard;

    /// <summary>The spouse, if any.</summary>
    public SpouseInput? Spouse { get; init; }

    /// <summary>The children, if any.</summary>
    public IReadOnlyList<ChildInput> Children { get; init; } = [];

    /// <summary>Work while drawing the pension, if any.</summary>
    public CurrentWork? CurrentWork { get; init; }

    /// <summary>Facts for the exclusion rules.</summary>
    public ExclusionFlags Flags { get; init; } = ExclusionFlags.None;

    /// <summary>The insured person's birth date.</summary>
    public DateOnly BirthDate => Record.BirthDate;
}
