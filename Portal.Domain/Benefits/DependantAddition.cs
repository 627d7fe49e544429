using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>Who a dependant is.</summary>
public enum DependantKind
{
    /// <summary>配偶者</summary>
    Spouse = 1,
    /// <summary>子</summary>
    Child = 2,
}

/// <summary>
/// One dependant for the dependant addition: the months in which they can count (<see cref="FirstMonth"/> to
/// <see cref="LastMonth"/>, both included; none when <see cref="Supported"/> is false), whether they count when the addition
/// starts, the yearly amount then, and why not (<see cref="ReasonCode"/>, <see cref="ReasonMessageKey"/>).
/// </summary>
public sealed record DependantEntry(
    DependantKind Kind,
    DateOnly BirthDate,
    bool Supported,
    YearMonth FirstMonth,
    YearMonth LastMonth,
    bool CountsAtStart,
    long AnnualAmountAtStart,
    string? ReasonCode,
    string? ReasonMessageKey)
{
    /// <summary>True when the dependant counts in <paramref name="month"/>.</summary>
    public bool CountsIn(YearMonth month) => Supported && month >= FirstMonth && month <= LastMonth;
}

/// <summary>The dependant addition (加給年金) of an old-age employees' pension.</summary>
/// <param name="EmployeesPensionMonths">Employees'-pension months before the pension starts.</param>
/// <param name="HasRequiredMonths">At least 240 months.</param>
/// <param name="StartMonth">First month the addition can be paid: the first pension month, and not before the month after reaching 65.</param>
/// <param name="AnnualAmountAtStart">The yearly addition for the dependants counting in <see cref="StartMonth"/>.</param>
public sealed record DependantAdditionResult(
    int EmployeesPensionMonths,
    bool HasRequiredMonths,
    YearMonth StartMonth,
    IReadOnlyList<DependantEntry> Dependants,
    long SpouseAnnualAmount,
    long ChildAnnualAmount,
    long ThirdChildAnnualAmount,
    long AnnualAmountAtStart,
    IReadOnlyList<FormulaLine> Lines)
{
    /// <summary>
    /// The yearly addition in <paramref name="month"/>: the spouse while under 65, the first two counting children at the
    /// spouse rate and the others at the lower rate; 0 before <see cref="StartMonth"/> or without 240 months.
    /// </summary>
    public long AnnualRateAt(YearMonth month)
    {
        if (!HasRequiredMonths || month < StartMonth) return 0;
        long total = 0;
        var rank = 0;
        foreach (var d in Dependants)
        {
            if (!d.CountsIn(month)) continue;
            if (d.Kind == DependantKind.Spouse) total += SpouseAnnualAmount;
            else total += ++rank <= 2 ? ChildAnnualAmount : ThirdChildAnnualAmount;
        }
        return total;
    }
}

/// <summary>
/// Dependant addition (加給年金), DOMAIN.md §5.6. Needs 240 months of employees' pension. A spouse counts while supported
/// (income under 8.5 million yen), under 65 and without an own employees' pension of 240+ months; the addition is then
/// 加給年金 + 配偶者特別加算 (insured born on/after 1943-04-02). A child counts to the end of the fiscal year (March) of
/// reaching 18, or to the month of reaching 20 with disability grade 1–2; the 1st and 2nd counting children at the spouse
/// rate, the others at the lower rate. Never increased by deferral, not paid while deferred, and paid from 65 at the
/// earliest (also after an early claim).
/// </summary>
public static class DependantAdditionCalculator
{
    /// <summary>Employees'-pension months needed.</summary>
    public const int RequiredMonths = 240;

    /// <summary>
    /// The addition for a person born on <paramref name="insuredBirthDate"/> with <paramref name="employeesPensionMonths"/>
    /// months of employees' pension whose pension is paid from <paramref name="pensionStartMonth"/>.
    /// </summary>
    public static DependantAdditionResult Calculate(DateOnly insuredBirthDate, int employeesPensionMonths, YearMonth pensionStartMonth,
        SpouseInput? spouse, IReadOnlyList<ChildInput> children, BenefitParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(parameters);

        var afterSixtyFive = BenefitDates.MonthReaching(insuredBirthDate, 65).AddMonths(1);
        var start = pensionStartMonth > afterSixtyFive ? pensionStartMonth : afterSixtyFive;
        var hasMonths = employeesPensionMonths >= RequiredMonths;

        var addition = parameters.DependantSpouseOrChild;
        var third = parameters.DependantThirdChild;
        var special = parameters.SpouseSpecialAddition;
        var withSpecial = insuredBirthDate >= BenefitDates.SpouseSpecialAdditionCohortStart;
        var spouseAmount = addition.Yen + (withSpecial ? special.Yen : 0);

        var entries = new List<DependantEntry>();
        if (spouse is not null)
        {
            var last = BenefitDates.MonthReaching(spouse.BirthDate, 65);
            var supported = spouse.IncomeUnder8500000Yen && !spouse.HasOwnEmployeesPension240Months;
            var counts = hasMonths && supported && start <= last;
            var (code, key) = !hasMonths ? ("needs_240_months", BenefitMessageKeys.DependantNeedsQualifyingMonths)
                : !spouse.IncomeUnder8500000Yen ? ("spouse_income", BenefitMessageKeys.DependantSpouseIncome)
                : spouse.HasOwnEmployeesPension240Months ? ("spouse_own_pension", BenefitMessageKeys.DependantSpouseOwnPension)
                : start > last ? ("spouse_65_reached", BenefitMessageKeys.DependantSpouseAgeReached)
                : ((string?)null, (string?)null);
            entries.Add(new DependantEntry(DependantKind.Spouse, spouse.BirthDate, supported, YearMonth.From(spouse.BirthDate), last,
                counts, counts ? spouseAmount : 0, code, key));
        }

        var rank = 0;
        foreach (var child in children.OrderBy(c => c.BirthDate))
        {
            var first = YearMonth.From(child.BirthDate);
            var reaching18 = BenefitDates.DateReaching(child.BirthDate, 18);
            var endOfFiscalYear18 = new YearMonth(YearMonth.From(reaching18).FiscalYear + 1, 3);
            var reaching20 = BenefitDates.MonthReaching(child.BirthDate, 20);
            var last = child.DisabilityGrade1Or2 && reaching20 > endOfFiscalYear18 ? reaching20 : endOfFiscalYear18;
            var counts = hasMonths && start >= first && start <= last;
            long amount = 0;
            if (counts) amount = ++rank <= 2 ? addition.Yen : third.Yen;
            var (code, key) = !hasMonths ? ("needs_240_months", BenefitMessageKeys.DependantNeedsQualifyingMonths)
                : start < first ? ("child_not_born", BenefitMessageKeys.DependantChildNotBorn)
                : start > last ? ("child_age_reached", BenefitMessageKeys.DependantChildAgeReached)
                : ((string?)null, (string?)null);
            entries.Add(new DependantEntry(DependantKind.Child, child.BirthDate, true, first, last, counts, amount, code, key));
        }

        var total = entries.Sum(e => e.AnnualAmountAtStart);
        var lines = new List<FormulaLine>
        {
            new("dependant.months", BenefitMessageKeys.FormulaDependantQualifyingMonths,
                hasMonths ? $"{Fmt.Yen(employeesPensionMonths)} ≥ {RequiredMonths}" : $"{Fmt.Yen(employeesPensionMonths)} < {RequiredMonths} → 0",
                employeesPensionMonths),
        };
        var childNumber = 0;
        foreach (var e in entries.Where(e => e.CountsAtStart))
        {
            if (e.Kind == DependantKind.Spouse)
            {
                lines.Add(withSpecial
                    ? new FormulaLine("dependant.spouse", BenefitMessageKeys.FormulaSpouseAddition,
                        $"{Fmt.Yen(addition.Yen)} + {Fmt.Yen(special.Yen)} = {Fmt.Yen(spouseAmount)}", spouseAmount, [addition, special])
                    : new FormulaLine("dependant.spouse", BenefitMessageKeys.FormulaSpouseAddition,
                        $"{Fmt.Yen(addition.Yen)}", spouseAmount, [addition]));
            }
            else
            {
                childNumber++;
                var parameter = childNumber <= 2 ? addition : third;
                lines.Add(new FormulaLine($"dependant.child_{childNumber}", BenefitMessageKeys.FormulaChildAddition,
                    Fmt.Yen(parameter.Yen), parameter.Yen, [parameter]));
            }
        }
        var counted = entries.Where(e => e.CountsAtStart).Select(e => Fmt.Yen(e.AnnualAmountAtStart)).ToList();
        lines.Add(new FormulaLine("dependant.amount", BenefitMessageKeys.FormulaDependantAddition,
            counted.Count == 0 ? "0" : $"{string.Join(" + ", counted)} = {Fmt.Yen(total)}", total));

        return new DependantAdditionResult(employeesPensionMonths, hasMonths, start, entries, spouseAmount, addition.Yen, third.Yen, total, lines);
    }
}
