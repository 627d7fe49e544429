namespace Portal.Domain.Benefits;

/// <summary>
/// The early or deferred factor (繰上げ減額率・繰下げ増額率) for one claim start age, with its formula line.
/// </summary>
/// <param name="Factor">0.760 … 1.840, exact.</param>
/// <param name="EarlyMonths">Months claimed before 65y0m.</param>
/// <param name="DeferredMonths">Months claimed after 65y0m.</param>
/// <param name="CountedDeferredMonths">Deferred months that raise the amount (at most 120, or 60 for the older cohort).</param>
/// <param name="MonthlyRate">0.004 or 0.005 early, 0.007 deferred, 0 at 65.</param>
/// <param name="IncreaseCapped">The deferral went past the cohort's cap, so later months add nothing.</param>
public sealed record ClaimFactor(
    PensionAge StartAge,
    decimal Factor,
    int EarlyMonths,
    int DeferredMonths,
    int CountedDeferredMonths,
    decimal MonthlyRate,
    bool IncreaseCapped,
    FormulaLine Line)
{
    /// <summary><paramref name="annualAmount"/> × factor, rounded to the nearest yen (halves away from zero).</summary>
    public long Apply(long annualAmount) => Fmt.RoundYen(annualAmount * Factor);

    /// <summary>The line showing the factor applied to one component, e.g. <c>794,344 × 1.420 = 1,127,968.48 → 1,127,968</c>.</summary>
    public FormulaLine ApplyLine(string code, long annualAmount)
    {
        var exact = annualAmount * Factor;
        return new FormulaLine(code, BenefitMessageKeys.FormulaFactorApplied,
            $"{Fmt.Yen(annualAmount)} × {Fmt.Factor(Factor)} {Fmt.Eq(exact)} → {Fmt.Yen(Apply(annualAmount))}", Apply(annualAmount));
    }
}

/// <summary>
/// Early and deferred claiming (繰上げ・繰下げ), DOMAIN.md §5.4. Early (60y0m–64y11m): −0.4% a month for people born on/after
/// 1962-04-02, −0.5% before. Deferred (66y0m–75y0m): +0.7% a month counted from 65y0m, up to 120 months (+84%) for people
/// born on/after 1952-04-02, otherwise 60 months (+42%, reached at 70). 65y1m–65y11m is refused: deferral starts at 66y0m.
/// The factor applies to the basic pension, the additional pension and the earnings-related part, never to the
/// dependant addition.
/// </summary>
public static class ClaimFactorCalculator
{
    /// <summary>Code of the refusal for a start age outside 60y0m–75y0m or between 65y1m and 65y11m.</summary>
    public const string StartAgeNotAllowed = "start_age_not_allowed";

    /// <summary>Early reduction a month for people born on/after 1962-04-02.</summary>
    public const decimal EarlyRate = 0.004m;
    /// <summary>Early reduction a month for people born on/before 1962-04-01.</summary>
    public const decimal EarlyRateOlderCohort = 0.005m;
    /// <summary>Deferral increase a month.</summary>
    public const decimal DeferralRate = 0.007m;
    /// <summary>Deferral months that count, born on/after 1952-04-02.</summary>
    public const int MaximumDeferralMonths = 120;
    /// <summary>Deferral months that count, born on/before 1952-04-01.</summary>
    public const int MaximumDeferralMonthsOlderCohort = 60;

    /// <summary>True when <paramref name="startAge"/> may be chosen: 60y0m–65y0m or 66y0m–75y0m, months 0–11.</summary>
    public static bool IsAllowed(PensionAge startAge) =>
        startAge.Months is >= 0 and <= 11 && startAge.Years is >= 0
        && startAge >= PensionAge.EarliestClaim && startAge <= PensionAge.LatestClaim
        && (startAge <= PensionAge.Standard || startAge >= PensionAge.EarliestDeferral);

    /// <summary>The factor for a person born on <paramref name="birthDate"/> claiming at <paramref name="startAge"/>.</summary>
    public static BenefitResult<ClaimFactor> Calculate(DateOnly birthDate, PensionAge startAge)
    {
        if (!IsAllowed(startAge))
            return BenefitResult<ClaimFactor>.Fail(StartAgeNotAllowed, BenefitMessageKeys.ErrorStartAgeNotAllowed);

        var offset = startAge.TotalMonths - PensionAge.Standard.TotalMonths;
        if (offset < 0)
        {
            var rate = birthDate >= BenefitDates.LowerEarlyReductionCohortStart ? EarlyRate : EarlyRateOlderCohort;
            var early = -offset;
            var factor = 1m - rate * early;
            return Ok(new ClaimFactor(startAge, factor, early, 0, 0, rate, false,
                Line($"1 − {Fmt.Percent(rate)} × {early} = {Fmt.Factor(factor)}", factor)));
        }
        if (offset == 0)
            return Ok(new ClaimFactor(startAge, 1m, 0, 0, 0, 0m, false, Line("1.000", 1m)));

        var cap = birthDate >= BenefitDates.LongDeferralCohortStart ? MaximumDeferralMonths : MaximumDeferralMonthsOlderCohort;
        var counted = Math.Min(offset, cap);
        var deferred = 1m + DeferralRate * counted;
        var expression = counted == offset
            ? $"1 + {Fmt.Percent(DeferralRate)} × {offset} = {Fmt.Factor(deferred)}"
            : $"1 + {Fmt.Percent(DeferralRate)} × min({offset}, {cap}) = {Fmt.Factor(deferred)}";
        return Ok(new ClaimFactor(startAge, deferred, 0, offset, counted, DeferralRate, counted < offset, Line(expression, deferred)));

        static BenefitResult<ClaimFactor> Ok(ClaimFactor f) => BenefitResult<ClaimFactor>.Ok(f);
        static FormulaLine Line(string expression, decimal factor) =>
            new("factor", BenefitMessageKeys.FormulaClaimFactor, expression, factor);
    }
}
