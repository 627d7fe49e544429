namespace Portal.Domain.Benefits;

/// <summary>The in-work suspension (在職老齢年金の支給停止) of one month.</summary>
/// <param name="BasicMonthlyAmount">基本月額: earnings-related yearly amount / 12, unrounded.</param>
/// <param name="TotalRemunerationMonthly">総報酬月額相当額: standard monthly pay + bonuses of the last 12 months / 12, unrounded.</param>
/// <param name="Threshold">支給停止調整額 of the fiscal year.</param>
/// <param name="SuspendedPerMonth">The suspension a month, rounded to the nearest yen (halves away from zero).</param>
/// <param name="FullySuspended">The whole earnings-related part is suspended (then the dependant addition is too).</param>
public sealed record InWorkSuspensionResult(
    decimal BasicMonthlyAmount,
    decimal TotalRemunerationMonthly,
    BenefitParameter Threshold,
    long SuspendedPerMonth,
    bool FullySuspended,
    IReadOnlyList<FormulaLine> Lines)
{
    /// <summary>The suspension over a year of work: 12 × the monthly suspension.</summary>
    public long SuspendedPerYear => SuspendedPerMonth * 12;
}

/// <summary>
/// Pension while working (在職老齢年金), DOMAIN.md §5.5:
/// suspension a month = max(0, (基本月額 + 総報酬月額相当額 − threshold) / 2), capped at 基本月額.
/// Only the earnings-related part is suspended; the basic pension never is.
/// </summary>
public static class InWorkSuspensionCalculator
{
    /// <summary>From the earnings-related yearly amount and the current work.</summary>
    public static InWorkSuspensionResult Calculate(long earningsRelatedAnnual, CurrentWork work, BenefitParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(work);
        var basicMonthly = earningsRelatedAnnual / 12m;
        var remuneration = work.StandardMonthlyPay + work.BonusesLast12Months / 12m;
        var lines = new List<FormulaLine>
        {
            new("suspension.basic_monthly", BenefitMessageKeys.FormulaBasicMonthlyAmount,
                $"{Fmt.Yen(earningsRelatedAnnual)} / 12 {Fmt.Eq(basicMonthly)}", basicMonthly),
            new("suspension.total_remuneration", BenefitMessageKeys.FormulaTotalRemuneration,
                $"{Fmt.Yen(work.StandardMonthlyPay)} + {Fmt.Yen(work.BonusesLast12Months)} / 12 {Fmt.Eq(remuneration)}", remuneration),
        };
        return Compute(basicMonthly, remuneration, parameters, lines);
    }

    /// <summary>From 基本月額 and 総報酬月額相当額 directly (the §5.7 vectors 4–6).</summary>
    public static InWorkSuspensionResult FromMonthlyAmounts(decimal basicMonthlyAmount, decimal totalRemunerationMonthly,
        BenefitParameterSet parameters) => Compute(basicMonthlyAmount, totalRemunerationMonthly, parameters, []);

    private static InWorkSuspensionResult Compute(decimal basicMonthly, decimal remuneration, BenefitParameterSet parameters,
        List<FormulaLine> lines)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var threshold = parameters.SuspensionThreshold;
        var sum = basicMonthly + remuneration;
        var excess = Math.Max(0m, (sum - threshold.Value) / 2m);
        var capped = Math.Min(excess, Math.Max(0m, basicMonthly));
        var suspended = Fmt.RoundYen(capped);
        var expression = sum <= threshold.Value
            ? $"{Fmt.Num(basicMonthly)} + {Fmt.Num(remuneration)} {Fmt.Eq(sum)} ≤ {Fmt.Yen(threshold.Yen)} → 0"
            : $"min(({Fmt.Num(basicMonthly)} + {Fmt.Num(remuneration)} − {Fmt.Yen(threshold.Yen)}) / 2, {Fmt.Num(basicMonthly)}) {Fmt.Eq(capped)} → {Fmt.Yen(suspended)}";
        lines.Add(new FormulaLine("suspension.amount", BenefitMessageKeys.FormulaInWorkSuspension, expression, suspended, [threshold]));
        return new InWorkSuspensionResult(basicMonthly, remuneration, threshold, suspended, basicMonthly > 0 && excess >= basicMonthly, lines);
    }
}
