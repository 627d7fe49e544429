using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Domain.Benefits;

/// <summary>The weight of one month in A (反映割合), an exact fraction such as 1/2 or 5/8.</summary>
public readonly record struct MonthWeight(int Numerator, int Denominator)
{
    /// <summary>A month counting in full.</summary>
    public static readonly MonthWeight Full = new(1, 1);
    /// <summary>A month counting nothing.</summary>
    public static readonly MonthWeight None = new(0, 1);

    /// <summary>The weight in 24ths, the common denominator of every weight (§4.1).</summary>
    public int TwentyFourths => Numerator * (24 / Denominator);

    /// <summary>The weight as a decimal (inexact for thirds; compute with <see cref="TwentyFourths"/>).</summary>
    public decimal Value => (decimal)Numerator / Denominator;

    /// <summary><c>1/2</c>, <c>1</c> or <c>0</c>.</summary>
    public override string ToString() => Denominator == 1 ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";
}

/// <summary>
/// A number of weighted months (A, 反映月数), held exactly in 24ths so that thirds and eighths never round.
/// </summary>
public readonly record struct WeightedMonths(long TwentyFourths) : IComparable<WeightedMonths>
{
    /// <summary>The cap of A: 480 months.</summary>
    public static readonly WeightedMonths Maximum = FromWholeMonths(480);

    /// <summary>A whole number of months.</summary>
    public static WeightedMonths FromWholeMonths(int months) => new(months * 24L);

    /// <summary>The value as a decimal (e.g. 450; 440.6666… for 440 2/3).</summary>
    public decimal Value => TwentyFourths / 24m;

    /// <summary>True when A is a whole number of months.</summary>
    public bool IsWhole => TwentyFourths % 24 == 0;

    /// <inheritdoc />
    public int CompareTo(WeightedMonths other) => TwentyFourths.CompareTo(other.TwentyFourths);

    /// <summary>Exact form: <c>450</c>, <c>440 2/3</c>, <c>5/8</c>.</summary>
    public override string ToString()
    {
        var whole = TwentyFourths / 24;
        var rest = TwentyFourths % 24;
        if (rest == 0) return Fmt.Yen(whole);
        var gcd = Gcd(rest, 24);
        var fraction = $"{rest / gcd}/{24 / gcd}";
        return whole == 0 ? fraction : $"{Fmt.Yen(whole)} {fraction}";
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}

/// <summary>Months of one kind in A: <see cref="Months"/> × <see cref="Weight"/>.</summary>
/// <param name="Code">
/// <c>paid_equivalent</c>, <c>full_or_statutory_exemption</c>, <c>three_quarter_exemption</c>, <c>half_exemption</c>,
/// <c>quarter_exemption</c> (each with <c>_from_2009_04</c> or <c>_before_2009_04</c>), <c>deferral</c>,
/// <c>employees_pension_outside_20_59</c>.
/// </param>
public sealed record WeightedMonthGroup(string Code, int Months, MonthWeight Weight)
{
    /// <summary>Months × weight, exactly.</summary>
    public WeightedMonths Contribution => new((long)Months * Weight.TwentyFourths);
}

/// <summary>A way to reach the 120 qualifying months (§5.2), with the number of months it concerns.</summary>
/// <param name="Code"><c>voluntary_enrolment</c> (任意加入, months still needed) or <c>late_payment</c> (後納, unpaid months still payable).</param>
public sealed record Remedy(string Code, string MessageKey, int Months);

/// <summary>The old-age basic pension (老齢基礎年金) before any early or deferred factor.</summary>
public sealed record BasicPensionResult(
    int QualifyingMonths,
    bool IsEligible,
    int MonthsMissing,
    IReadOnlyList<WeightedMonthGroup> Groups,
    WeightedMonths WeightedMonthsUncapped,
    WeightedMonths WeightedMonths,
    BenefitParameter FullAmount,
    long AnnualAmount,
    IReadOnlyList<Remedy> Remedies,
    IReadOnlyList<FormulaLine> Lines);

/// <summary>
/// Old-age basic pension (老齢基礎年金), DOMAIN.md §5.2: 満額 × A / 480, A capped at 480, eligible from 120 qualifying
/// months. The annual amount is rounded to the nearest yen with halves away from zero
/// (<see cref="MidpointRounding.AwayFromZero"/>, Assumption 4).
/// </summary>
public static class BasicPensionCalculator
{
    /// <summary>Qualifying months needed since August 2017.</summary>
    public const int RequiredQualifyingMonths = 120;

    /// <summary>Code of the voluntary-enrolment remedy.</summary>
    public const string VoluntaryEnrolment = "voluntary_enrolment";

    /// <summary>Code of the late-payment remedy (unpaid months within the 2-year limit).</summary>
    public const string LatePayment = "late_payment";

    private static readonly string[] GroupOrder =
    [
        "paid_equivalent",
        "full_or_statutory_exemption_from_2009_04", "three_quarter_exemption_from_2009_04",
        "half_exemption_from_2009_04", "quarter_exemption_from_2009_04",
        "full_or_statutory_exemption_before_2009_04", "three_quarter_exemption_before_2009_04",
        "half_exemption_before_2009_04", "quarter_exemption_before_2009_04",
        "deferral", "employees_pension_outside_20_59",
    ];

    /// <summary>True when the month counts toward the 120 months: every status except unpaid and not enrolled.</summary>
    public static bool IsQualifying(MonthStatus status) => status is not (MonthStatus.Unpaid or MonthStatus.NotEnrolled);

    /// <summary>
    /// The weight of one month in A and the group it is shown in; null for months outside A (unpaid, not enrolled).
    /// </summary>
    public static (string Group, MonthWeight Weight)? Classify(NationalPensionMonth month, DateOnly birthDate)
    {
        var fromApril2009 = month.Month >= BenefitDates.WeightChangeMonth;
        var era = fromApril2009 ? "_from_2009_04" : "_before_2009_04";
        switch (month.Status)
        {
            case MonthStatus.Paid or MonthStatus.Category3 or MonthStatus.MaternityExemption or MonthStatus.ChildcareExemption:
                return ("paid_equivalent", MonthWeight.Full);
            case MonthStatus.EmployeesPension:
                return BenefitDates.IsAged20To59(birthDate, month.Month)
                    ? ("paid_equivalent", MonthWeight.Full)
                    : ("employees_pension_outside_20_59", MonthWeight.None);
            case MonthStatus.PaymentDeferral or MonthStatus.StudentDeferral:
                return month.LatePaid ? ("paid_equivalent", MonthWeight.Full) : ("deferral", MonthWeight.None);
            case MonthStatus.StatutoryExemption or MonthStatus.FullExemption:
                return month.LatePaid ? ("paid_equivalent", MonthWeight.Full)
                    : ("full_or_statutory_exemption" + era, fromApril2009 ? new MonthWeight(1, 2) : new MonthWeight(1, 3));
            case MonthStatus.ThreeQuarterExemption:
                return month.LatePaid ? ("paid_equivalent", MonthWeight.Full)
                    : ("three_quarter_exemption" + era, fromApril2009 ? new MonthWeight(5, 8) : new MonthWeight(1, 2));
            case MonthStatus.HalfExemption:
                return month.LatePaid ? ("paid_equivalent", MonthWeight.Full)
                    : ("half_exemption" + era, fromApril2009 ? new MonthWeight(3, 4) : new MonthWeight(2, 3));
            case MonthStatus.QuarterExemption:
                return month.LatePaid ? ("paid_equivalent", MonthWeight.Full)
                    : ("quarter_exemption" + era, fromApril2009 ? new MonthWeight(7, 8) : new MonthWeight(5, 6));
            default:
                return null;
        }
    }

    /// <summary>
    /// Computes the basic pension of <paramref name="record"/> with <paramref name="parameters"/>.
    /// <paramref name="evaluationMonth"/> decides which unpaid months are still payable (remedy <c>late_payment</c>).
    /// </summary>
    public static BasicPensionResult Calculate(ContributionRecord record, BenefitParameterSet parameters, YearMonth evaluationMonth)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parameters);
        return Calculate(PreparedRecord.From(record), parameters, evaluationMonth);
    }

    /// <summary>The weight of each group of <see cref="GroupOrder"/>, as <see cref="Classify"/> gives it.</summary>
    private static readonly MonthWeight[] GroupWeights =
    [
        MonthWeight.Full,
        new(1, 2), new(5, 8), new(3, 4), new(7, 8),
        new(1, 3), new(1, 2), new(2, 3), new(5, 6),
        MonthWeight.None, MonthWeight.None,
    ];

    /// <summary>
    /// <see cref="Classify"/> as an index into <see cref="GroupOrder"/> (−1 for months outside A), without building the
    /// group's name. The month keys are <see cref="PreparedRecord.Key"/>s.
    /// </summary>
    private static int ClassifyIndex(in NationalPensionMonth month, int monthKey, int aged20Key, int aged60Key)
    {
        const int paidEquivalent = 0, deferral = 9, employeesOutside = 10;
        var era = monthKey >= WeightChangeKey ? 1 : 5;
        switch (month.Status)
        {
            case MonthStatus.Paid or MonthStatus.Category3 or MonthStatus.MaternityExemption or MonthStatus.ChildcareExemption:
                return paidEquivalent;
            case MonthStatus.EmployeesPension:
                return monthKey >= aged20Key && monthKey < aged60Key ? paidEquivalent : employeesOutside;
            case MonthStatus.PaymentDeferral or MonthStatus.StudentDeferral:
                return month.LatePaid ? paidEquivalent : deferral;
            case MonthStatus.StatutoryExemption or MonthStatus.FullExemption:
                return month.LatePaid ? paidEquivalent : era;
            case MonthStatus.ThreeQuarterExemption:
                return month.LatePaid ? paidEquivalent : era + 1;
            case MonthStatus.HalfExemption:
                return month.LatePaid ? paidEquivalent : era + 2;
            case MonthStatus.QuarterExemption:
                return month.LatePaid ? paidEquivalent : era + 3;
            default:
                return -1;
        }
    }

    private static readonly int WeightChangeKey = PreparedRecord.Key(BenefitDates.WeightChangeMonth);

    /// <summary><see cref="Calculate(ContributionRecord, BenefitParameterSet, YearMonth)"/> on a record prepared once.</summary>
    internal static BasicPensionResult Calculate(PreparedRecord prepared, BenefitParameterSet parameters, YearMonth evaluationMonth)
    {
        var record = prepared.Record;
        var months = prepared.MergedMonths;
        var aged20Key = PreparedRecord.Key(BenefitDates.MonthReaching(record.BirthDate, 20));
        var aged60Key = PreparedRecord.Key(BenefitDates.MonthReaching(record.BirthDate, 60));

        var qualifying = 0;
        Span<int> counts = stackalloc int[GroupOrder.Length];
        foreach (ref readonly var month in months.AsSpan())
        {
            if (IsQualifying(month.Status)) qualifying++;
            var index = ClassifyIndex(month, PreparedRecord.Key(month.Month), aged20Key, aged60Key);
            if (index >= 0) counts[index]++;
        }
        var groups = new List<WeightedMonthGroup>();
        long uncappedTwentyFourths = 0;
        for (var i = 0; i < GroupOrder.Length; i++)
        {
            if (counts[i] == 0) continue;
            var group = new WeightedMonthGroup(GroupOrder[i], counts[i], GroupWeights[i]);
            groups.Add(group);
            uncappedTwentyFourths += group.Contribution.TwentyFourths;
        }

        var uncapped = new WeightedMonths(uncappedTwentyFourths);
        var weighted = uncapped.CompareTo(WeightedMonths.Maximum) > 0 ? WeightedMonths.Maximum : uncapped;
        var eligible = qualifying >= RequiredQualifyingMonths;
        var missing = Math.Max(0, RequiredQualifyingMonths - qualifying);
        var full = parameters.FullBasicPensionFor(record.BirthDate);

        var exact = full.Value * weighted.TwentyFourths / (WeightedMonths.Maximum.TwentyFourths);
        var amount = eligible ? Fmt.RoundYen(exact) : 0;

        var lines = new List<FormulaLine>
        {
            new("basic.qualifying_months", BenefitMessageKeys.FormulaQualifyingMonths,
                eligible
                    ? $"{Fmt.Yen(qualifying)} ≥ {RequiredQualifyingMonths}"
                    : $"{Fmt.Yen(qualifying)} < {RequiredQualifyingMonths}; {RequiredQualifyingMonths} − {Fmt.Yen(qualifying)} = {missing}",
                qualifying),
            new("basic.weighted_months", BenefitMessageKeys.FormulaWeightedMonths, WeightedExpression(groups, uncapped, weighted), weighted.Value),
            new("basic.amount", BenefitMessageKeys.FormulaBasicPension,
                eligible
                    ? $"{Fmt.Yen(full.Yen)} × {weighted} / 480 {Fmt.Eq(exact)} → {Fmt.Yen(amount)}"
                    : $"{Fmt.Yen(qualifying)} < {RequiredQualifyingMonths} → 0",
                amount, [full]),
        };

        var remedies = new List<Remedy>();
        if (!eligible)
        {
            remedies.Add(new Remedy(VoluntaryEnrolment, BenefitMessageKeys.RemedyVoluntaryEnrolment, missing));
            // Premiums for a month fall due at the end of the next month and are time-barred two years later (§4.3).
            var payable = 0;
            foreach (ref readonly var m in months.AsSpan())
                if (m.Status == MonthStatus.Unpaid && m.Month < evaluationMonth && m.Month.AddMonths(25) >= evaluationMonth) payable++;
            if (payable > 0) remedies.Add(new Remedy(LatePayment, BenefitMessageKeys.RemedyLatePayment, payable));
        }

        return new BasicPensionResult(qualifying, eligible, missing, groups, uncapped, weighted, full, amount, remedies, lines);
    }

    private static string WeightedExpression(IReadOnlyList<WeightedMonthGroup> groups, WeightedMonths uncapped, WeightedMonths capped)
    {
        if (groups.Count == 0) return "0";
        if (groups.Count == 1 && groups[0].Weight == MonthWeight.Full && uncapped.Equals(capped)) return uncapped.ToString();
        var terms = groups.Select(g => g.Weight == MonthWeight.Full ? Fmt.Yen(g.Months) : $"{Fmt.Yen(g.Months)} × {g.Weight}");
        var text = string.Join(" + ", terms) + " = " + uncapped;
        return uncapped.Equals(capped) ? text : text + " → capped at 480";
    }
}

/// <summary>The additional pension (付加年金) before any early or deferred factor.</summary>
public sealed record AdditionalPensionResult(int Months, long AnnualAmount, FormulaLine Line);

/// <summary>Additional pension (付加年金): 200 yen × months with the additional premium paid (§5.2).</summary>
public static class AdditionalPensionCalculator
{
    /// <summary>
    /// Counts paid months with the additional premium. Paid with the basic pension only: 0 when the basic pension is not
    /// (<paramref name="basicPensionEligible"/> false).
    /// </summary>
    public static AdditionalPensionResult Calculate(ContributionRecord record, BenefitParameterSet parameters, bool basicPensionEligible)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parameters);
        return Calculate(PreparedRecord.From(record), parameters, basicPensionEligible);
    }

    /// <summary><see cref="Calculate(ContributionRecord, BenefitParameterSet, bool)"/> on a record prepared once.</summary>
    internal static AdditionalPensionResult Calculate(PreparedRecord prepared, BenefitParameterSet parameters, bool basicPensionEligible)
    {
        var months = 0;
        foreach (ref readonly var m in prepared.MergedMonths.AsSpan())
            if (m.AdditionalPremiumPaid && m.Status == MonthStatus.Paid) months++;
        var perMonth = parameters.AdditionalPensionPerMonth;
        var amount = basicPensionEligible ? perMonth.Yen * months : 0;
        var expression = basicPensionEligible
            ? $"{Fmt.Yen(perMonth.Yen)} × {Fmt.Yen(months)} = {Fmt.Yen(amount)}"
            : $"{Fmt.Yen(perMonth.Yen)} × {Fmt.Yen(months)} → 0";
        return new AdditionalPensionResult(months, amount,
            new FormulaLine("additional.amount", BenefitMessageKeys.FormulaAdditionalPension, expression, amount, [perMonth]));
    }
}
