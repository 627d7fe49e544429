namespace Portal.Domain.Benefits;

/// <summary>The earnings-related part (報酬比例部分) before any early or deferred factor.</summary>
/// <param name="MonthsBefore2003">Employees'-pension months before April 2003.</param>
/// <param name="PayBefore2003">Σ standard monthly pay of those months (bonuses excluded).</param>
/// <param name="TermBefore2003">平均標準報酬月額 × 7.125/1000 × months, unrounded.</param>
/// <param name="MonthsFrom2003">Employees'-pension months from April 2003.</param>
/// <param name="PayFrom2003">Σ standard monthly pay of those months.</param>
/// <param name="BonusesFrom2003">Σ standard bonuses paid from April 2003.</param>
/// <param name="TermFrom2003">平均標準報酬額 × 5.481/1000 × months, unrounded.</param>
/// <param name="AnnualAmount">The sum rounded to the nearest yen (halves away from zero).</param>
public sealed record EarningsRelatedResult(
    int MonthsBefore2003,
    decimal PayBefore2003,
    decimal TermBefore2003,
    int MonthsFrom2003,
    decimal PayFrom2003,
    decimal BonusesFrom2003,
    decimal TermFrom2003,
    long AnnualAmount,
    IReadOnlyList<FormulaLine> Lines)
{
    /// <summary>平均標準報酬月額 (months before April 2003), or 0 without such months.</summary>
    public decimal AverageBefore2003 => MonthsBefore2003 == 0 ? 0 : PayBefore2003 / MonthsBefore2003;

    /// <summary>平均標準報酬額 (months from April 2003, bonuses included), or 0 without such months.</summary>
    public decimal AverageFrom2003 => MonthsFrom2003 == 0 ? 0 : (PayFrom2003 + BonusesFrom2003) / MonthsFrom2003;

    /// <summary>All employees'-pension months (no 480 cap).</summary>
    public int Months => MonthsBefore2003 + MonthsFrom2003;
}

/// <summary>
/// Old-age employees' pension, earnings-related part (老齢厚生年金 報酬比例部分), DOMAIN.md §5.3, for people born on/after
/// 1946-04-02. Recorded pay is treated as already revalued: no 再評価率 is applied (Assumption 1).
/// </summary>
public static class EarningsRelatedCalculator
{
    /// <summary>Computes the earnings-related part of <paramref name="record"/> (every employees'-pension month at any age).</summary>
    public static EarningsRelatedResult Calculate(ContributionRecord record, BenefitParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parameters);
        return Calculate(PreparedRecord.From(record), parameters);
    }

    /// <summary><see cref="Calculate(ContributionRecord, BenefitParameterSet)"/> on a record prepared once.</summary>
    internal static EarningsRelatedResult Calculate(PreparedRecord prepared, BenefitParameterSet parameters)
    {
        var startKey = PreparedRecord.Key(BenefitDates.TotalRemunerationStart);
        int monthsBefore = 0, monthsFrom = 0;
        long payBefore = 0, payFrom = 0;
        foreach (ref readonly var m in prepared.EmployeesMonths.AsSpan())
        {
            if (PreparedRecord.Key(m.Month) < startKey)
            {
                monthsBefore++;
                payBefore = checked(payBefore + m.StandardMonthlyPay);
            }
            else
            {
                monthsFrom++;
                payFrom = checked(payFrom + m.StandardMonthlyPay);
            }
        }
        var bonusStart = BenefitDates.TotalRemunerationStart.FirstDay;
        var bonusList = prepared.Record.Bonuses;
        long bonuses = 0;
        for (var i = 0; i < bonusList.Count; i++)
        {
            var b = bonusList[i];
            if (b.PaidOn >= bonusStart) bonuses = checked(bonuses + b.Amount);
        }
        return Compute(monthsBefore, payBefore, monthsFrom, payFrom, monthsFrom == 0 ? 0 : bonuses, parameters);
    }

    /// <summary>
    /// The §5.3 formula from averages: <paramref name="averageBefore2003"/> (平均標準報酬月額) over
    /// <paramref name="monthsBefore2003"/> months and <paramref name="averageFrom2003"/> (平均標準報酬額) over
    /// <paramref name="monthsFrom2003"/> months.
    /// </summary>
    public static EarningsRelatedResult FromAverages(decimal averageBefore2003, int monthsBefore2003,
        decimal averageFrom2003, int monthsFrom2003, BenefitParameterSet parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsBefore2003);
        ArgumentOutOfRangeException.ThrowIfNegative(monthsFrom2003);
        return Compute(monthsBefore2003, averageBefore2003 * monthsBefore2003,
            monthsFrom2003, averageFrom2003 * monthsFrom2003, 0, parameters);
    }

    private static EarningsRelatedResult Compute(int monthsBefore, decimal payBefore, int monthsFrom, decimal payFrom, decimal bonusesFrom,
        BenefitParameterSet parameters)
    {
        var rateBefore = parameters.MultiplierMonthlyPayEra;
        var rateFrom = parameters.MultiplierTotalRemunerationEra;
        // average × rate × months = Σ × rate exactly; the average is shown, the sum is used.
        var termBefore = payBefore * rateBefore.Value;
        var termFrom = (payFrom + bonusesFrom) * rateFrom.Value;
        var amount = Fmt.RoundYen(termBefore + termFrom);

        var avgBefore = monthsBefore == 0 ? 0 : payBefore / monthsBefore;
        var avgFrom = monthsFrom == 0 ? 0 : (payFrom + bonusesFrom) / monthsFrom;
        var lines = new List<FormulaLine>
        {
            new("earnings.before_2003_04", BenefitMessageKeys.FormulaEarningsMonthlyPayEra,
                monthsBefore == 0
                    ? $"0 × {Fmt.PerMille(rateBefore.Value)} × 0 = 0"
                    : $"({Fmt.Num(payBefore)} / {Fmt.Yen(monthsBefore)} {Fmt.Eq(avgBefore)}) × {Fmt.PerMille(rateBefore.Value)} × {Fmt.Yen(monthsBefore)} {Fmt.Eq(termBefore)}",
                termBefore, [rateBefore]),
            new("earnings.from_2003_04", BenefitMessageKeys.FormulaEarningsTotalRemunerationEra,
                monthsFrom == 0
                    ? $"0 × {Fmt.PerMille(rateFrom.Value)} × 0 = 0"
                    : $"(({Fmt.Num(payFrom)} + {Fmt.Num(bonusesFrom)}) / {Fmt.Yen(monthsFrom)} {Fmt.Eq(avgFrom)}) × {Fmt.PerMille(rateFrom.Value)} × {Fmt.Yen(monthsFrom)} {Fmt.Eq(termFrom)}",
                termFrom, [rateFrom]),
            new("earnings.amount", BenefitMessageKeys.FormulaEarningsRelated,
                $"{Fmt.Num(termBefore)} + {Fmt.Num(termFrom)} {Fmt.Eq(termBefore + termFrom)} → {Fmt.Yen(amount)}",
                amount),
        };
        return new EarningsRelatedResult(monthsBefore, payBefore, termBefore, monthsFrom, payFrom, bonusesFrom, termFrom, amount, lines);
    }
}
