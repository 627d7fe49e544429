using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>
/// The benefit simulator (年金見込額試算), DOMAIN.md §5: combines the calculators into an estimate with every term,
/// parameter and assumption, or returns the exclusions of §5.8, or refuses the input. Pure: everything comes in through
/// the arguments, including the evaluation date ("today").
/// </summary>
public static class BenefitSimulator
{
    /// <summary>Code of the refusal for a start age already passed (other than 65y0m, which may be claimed retroactively).</summary>
    public const string StartAgePassed = "start_age_passed";
    /// <summary>Code of the refusal for a month listed twice on one side of the record.</summary>
    public const string DuplicateMonth = "duplicate_month";
    /// <summary>Code of the refusal for a negative pay, bonus or work amount.</summary>
    public const string NegativeAmount = "negative_amount";
    /// <summary>Code of the refusal for a birth date on or after the evaluation date.</summary>
    public const string BirthDateAfterEvaluation = "birth_date_after_evaluation";

    /// <summary>The assumptions shown with every estimate.</summary>
    public static IReadOnlyList<BenefitNote> StandardAssumptions { get; } =
    [
        new("revalued_pay", BenefitMessageKeys.AssumptionRevaluedPay),
        new("transitional_additions_not_modelled", BenefitMessageKeys.AssumptionTransitionalAdditions),
        new("employees_pension_outside_20_59", BenefitMessageKeys.AssumptionEmployeesPensionOutsideAgeWindow),
        new("annual_rounding", BenefitMessageKeys.AssumptionAnnualRounding, Verify: true),
        new("monthly_rounding", BenefitMessageKeys.AssumptionMonthlyRounding),
        new("parameter_rounding", BenefitMessageKeys.AssumptionParameterRounding, Verify: true),
        new("fiscal_year_prices", BenefitMessageKeys.AssumptionFiscalYearPrices),
        new("partial_exemption_remainder_paid", BenefitMessageKeys.AssumptionPartialExemptionPaid),
    ];

    /// <summary>Simulates with the parameters of <paramref name="fiscalYear"/>; refuses <c>unsupported_fiscal_year</c> without data.</summary>
    public static SimulationOutcome<BenefitEstimate> Simulate(SimulationInput input, int fiscalYear, DateOnly evaluationDate)
    {
        var parameters = BenefitParameterCatalogue.ForFiscalYear(fiscalYear);
        return parameters.IsSuccess
            ? Simulate(input, parameters.Value, evaluationDate)
            : SimulationOutcome<BenefitEstimate>.Refuse(parameters.Error!);
    }

    /// <summary>Simulates <paramref name="input"/> with <paramref name="parameters"/> as on <paramref name="evaluationDate"/>.</summary>
    public static SimulationOutcome<BenefitEstimate> Simulate(SimulationInput input, BenefitParameterSet parameters, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        return Simulate(input, parameters, evaluationDate, null);
    }

    /// <summary>
    /// <see cref="Simulate(SimulationInput, BenefitParameterSet, DateOnly)"/> with the record merged, de-duplicated and
    /// sorted once (<paramref name="prepared"/>, when the caller already holds it for <c>input.Record</c>; else built here).
    /// </summary>
    private static SimulationOutcome<BenefitEstimate> Simulate(SimulationInput input, BenefitParameterSet parameters, DateOnly evaluationDate,
        PreparedRecord? prepared)
    {
        if (input.BirthDate >= evaluationDate)
            return SimulationOutcome<BenefitEstimate>.Refuse(new RuleError(BirthDateAfterEvaluation, BenefitMessageKeys.ErrorBirthDateAfterEvaluation));
        if (prepared is null || !ReferenceEquals(prepared.Record, input.Record)) prepared = PreparedRecord.From(input.Record);
        if (Validate(input, prepared) is { } invalid) return SimulationOutcome<BenefitEstimate>.Refuse(invalid);

        var exclusions = ExclusionRules.Evaluate(input.BirthDate, input.Sex, input.Flags, evaluationDate);
        if (exclusions.Count > 0) return SimulationOutcome<BenefitEstimate>.Exclude(exclusions);

        var factorResult = ClaimFactorCalculator.Calculate(input.BirthDate, input.StartAge);
        if (!factorResult.IsSuccess) return SimulationOutcome<BenefitEstimate>.Refuse(factorResult.Error!);
        var factor = factorResult.Value;

        var evaluationMonth = YearMonth.From(evaluationDate);
        var claimMonth = BenefitDates.MonthReaching(input.BirthDate, input.StartAge);
        if (claimMonth < evaluationMonth && input.StartAge != PensionAge.Standard)
            return SimulationOutcome<BenefitEstimate>.Refuse(new RuleError(StartAgePassed, BenefitMessageKeys.ErrorStartAgePassed));
        var paymentStart = claimMonth.AddMonths(1);

        var notes = new List<BenefitNote>();
        var hasDependants = input.Spouse is not null || input.Children.Count > 0;

        // Basic and additional pension.
        var basic = BasicPensionCalculator.Calculate(prepared, parameters, evaluationMonth);
        var additional = AdditionalPensionCalculator.Calculate(prepared, parameters, basic.IsEligible);
        if (!basic.IsEligible) notes.Add(new("not_eligible", BenefitMessageKeys.NoteNotEligible));

        // Earnings-related part: payable only with the 120 qualifying months.
        var earnings = EarningsRelatedCalculator.Calculate(prepared, parameters);
        var earningsPayable = basic.IsEligible ? earnings.AnnualAmount : 0;
        if (!basic.IsEligible && earnings.AnnualAmount > 0)
            notes.Add(new("earnings_related_needs_eligibility", BenefitMessageKeys.NoteEarningsRelatedNeedsEligibility));

        if (factor.IncreaseCapped) notes.Add(new("deferral_increase_capped", BenefitMessageKeys.NoteDeferralIncreaseCapped));

        var basicAdjusted = factor.Apply(basic.AnnualAmount);
        var additionalAdjusted = factor.Apply(additional.AnnualAmount);
        var earningsAdjusted = factor.Apply(earningsPayable);

        // In-work suspension: on the earnings-related part after an early reduction, without a deferral increase.
        InWorkSuspensionResult? suspension = null;
        long suspendedPerYear = 0, suspensionBase = 0;
        if (input.CurrentWork is { } work && earningsAdjusted > 0)
        {
            suspensionBase = factor.Factor > 1m ? earningsPayable : earningsAdjusted;
            suspension = InWorkSuspensionCalculator.Calculate(suspensionBase, work, parameters);
            suspendedPerYear = suspension.FullySuspended ? suspensionBase : Math.Min(suspension.SuspendedPerYear, suspensionBase);
            if (factor.Factor > 1m) notes.Add(new("suspension_excludes_deferral_increase", BenefitMessageKeys.NoteSuspensionExcludesDeferralIncrease));
        }

        // Dependant addition: never increased, from the first pension month (not while deferred) and not before 65.
        var employeesMonthsBeforeStart = prepared.EmployeesMonthsBefore(paymentStart);
        var dependant = DependantAdditionCalculator.Calculate(input.BirthDate, employeesMonthsBeforeStart, paymentStart,
            input.Spouse, input.Children, parameters);
        var dependantPayable = basic.IsEligible && earningsPayable > 0;
        var fullySuspended = suspension?.FullySuspended == true;
        var dependantAnnual = dependantPayable && !fullySuspended ? dependant.AnnualAmountAtStart : 0;
        if (hasDependants && factor.DeferredMonths > 0) notes.Add(new("dependant_not_paid_while_deferred", BenefitMessageKeys.NoteDependantNotPaidWhileDeferred));
        if (hasDependants && factor.EarlyMonths > 0) notes.Add(new("dependant_from_65", BenefitMessageKeys.NoteDependantFromSixtyFive));
        if (fullySuspended && dependantPayable && dependant.AnnualAmountAtStart > 0)
            notes.Add(new("dependant_suspended", BenefitMessageKeys.NoteDependantSuspended));

        // Components with their lines.
        var components = new List<BenefitComponent>
        {
            Component(ComponentKind.BasicPension, BenefitMessageKeys.ComponentBasicPension, basic.AnnualAmount, basicAdjusted, true,
                [.. basic.Lines, factor.Line, factor.ApplyLine("basic.adjusted", basic.AnnualAmount)]),
            Component(ComponentKind.AdditionalPension, BenefitMessageKeys.ComponentAdditionalPension, additional.AnnualAmount, additionalAdjusted, true,
                [additional.Line, factor.ApplyLine("additional.adjusted", additional.AnnualAmount)]),
            Component(ComponentKind.EarningsRelated, BenefitMessageKeys.ComponentEarningsRelated, earningsPayable, earningsAdjusted, true,
                [.. earnings.Lines, factor.ApplyLine("earnings.adjusted", earningsPayable)]),
        };
        if (suspension is not null)
            components.Add(Component(ComponentKind.InWorkSuspension, BenefitMessageKeys.ComponentInWorkSuspension,
                -suspendedPerYear, -suspendedPerYear, false,
                [.. suspension.Lines, new FormulaLine("suspension.annual", BenefitMessageKeys.FormulaInWorkSuspension,
                    suspension.FullySuspended
                        ? $"{Fmt.Yen(suspendedPerYear)} − {Fmt.Yen(suspendedPerYear)} = 0"
                        : suspendedPerYear == suspension.SuspendedPerYear
                            ? $"{Fmt.Yen(suspension.SuspendedPerMonth)} × 12 = {Fmt.Yen(suspendedPerYear)}"
                            : $"min({Fmt.Yen(suspension.SuspendedPerMonth)} × 12, {Fmt.Yen(suspensionBase)}) = {Fmt.Yen(suspendedPerYear)}",
                    suspendedPerYear)]));
        var dependantLines = dependant.Lines.ToList();
        if (dependantAnnual != dependant.AnnualAmountAtStart)
            dependantLines.Add(new FormulaLine("dependant.payable", BenefitMessageKeys.FormulaDependantAddition,
                $"{Fmt.Yen(dependant.AnnualAmountAtStart)} → 0", 0));
        components.Add(Component(ComponentKind.DependantAddition, BenefitMessageKeys.ComponentDependantAddition,
            dependantAnnual, dependantAnnual, false, dependantLines));

        var total = components.Sum(c => c.Annual);
        var monthly = FloorDivide12(total);
        var totalLine = new FormulaLine("total.annual", BenefitMessageKeys.FormulaTotal,
            $"{TotalExpression(components)} = {Fmt.Yen(total)}", total);
        var monthlyLine = new FormulaLine("total.monthly", BenefitMessageKeys.FormulaMonthly,
            $"{Fmt.Yen(total)} / 12 {Fmt.Eq(total / 12m)} → {Fmt.Yen(monthly)}", monthly);
        var lines = components.SelectMany(c => c.Lines).Distinct().Append(totalLine).Append(monthlyLine).ToList();

        return SimulationOutcome<BenefitEstimate>.Ok(new BenefitEstimate(parameters, evaluationDate, input.StartAge, paymentStart, factor,
            basic, additional, earnings, suspension, dependant, dependantPayable, components, total, monthly, lines,
            StandardAssumptions, notes));
    }

    /// <summary>The estimate for each whole-year start age 60…75 (a refused age carries its error).</summary>
    public static SimulationOutcome<IReadOnlyList<StartAgeAmount>> AnnualAmountsByStartAge(SimulationInput input,
        BenefitParameterSet parameters, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var prepared = input.BirthDate < evaluationDate ? PreparedRecord.From(input.Record) : null;
        var standard = Simulate(input with { StartAge = PensionAge.Standard }, parameters, evaluationDate, prepared);
        if (standard.Kind != SimulationOutcomeKind.Estimate) return standard.Cast<IReadOnlyList<StartAgeAmount>>();

        var rows = new List<StartAgeAmount>();
        for (var years = PensionAge.EarliestClaim.Years; years <= PensionAge.LatestClaim.Years; years++)
        {
            var age = PensionAge.AtYears(years);
            var outcome = Simulate(input with { StartAge = age }, parameters, evaluationDate, prepared);
            rows.Add(new StartAgeAmount(age, outcome.Value, outcome.Error));
        }
        return SimulationOutcome<IReadOnlyList<StartAgeAmount>>.Ok(rows);
    }

    /// <summary>
    /// Cumulative amounts received by each age 60…95 when starting at <paramref name="startAge"/>, the same for 65y0m, and
    /// the break-even age. Work is not taken into account (no in-work suspension); the dependant addition follows the
    /// dependants month by month.
    /// </summary>
    public static SimulationOutcome<CumulativeSeries> CumulativeByAge(SimulationInput input, BenefitParameterSet parameters,
        DateOnly evaluationDate, PensionAge startAge)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var prepared = input.BirthDate < evaluationDate ? PreparedRecord.From(input.Record) : null;
        var chosen = Simulate(input with { StartAge = startAge }, parameters, evaluationDate, prepared);
        if (chosen.Kind != SimulationOutcomeKind.Estimate) return chosen.Cast<CumulativeSeries>();
        var standard = Simulate(input with { StartAge = PensionAge.Standard }, parameters, evaluationDate, prepared);
        if (standard.Kind != SimulationOutcomeKind.Estimate) return standard.Cast<CumulativeSeries>();

        const int firstAge = 60, lastAge = 95;
        var from = BenefitDates.MonthReaching(input.BirthDate, firstAge);
        var to = BenefitDates.MonthReaching(input.BirthDate, lastAge);
        var later = startAge > PensionAge.Standard;
        var earlier = startAge < PensionAge.Standard;

        // Sums of yearly rates, one per month paid: the yen received is the sum / 12.
        decimal sumChosen = 0, sumStandard = 0;
        var points = new List<CumulativePoint>();
        var standardPoints = new List<CumulativePoint>();
        PensionAge? breakEven = null;
        foreach (var month in YearMonth.Range(from, to))
        {
            sumChosen += YearlyRateIn(chosen.Value!, month);
            sumStandard += YearlyRateIn(standard.Value!, month);
            if (breakEven is null && later && month >= chosen.Value!.PaymentStartMonth && sumStandard > 0 && sumChosen >= sumStandard)
                breakEven = BenefitDates.AgeInMonth(input.BirthDate, month);
            if (breakEven is null && earlier && month >= standard.Value!.PaymentStartMonth && sumChosen > 0 && sumStandard >= sumChosen)
                breakEven = BenefitDates.AgeInMonth(input.BirthDate, month);
            var offset = from.MonthsUntil(month);
            if (offset % 12 == 0)
            {
                points.Add(new CumulativePoint(firstAge + offset / 12, (long)Math.Floor(sumChosen / 12m)));
                standardPoints.Add(new CumulativePoint(firstAge + offset / 12, (long)Math.Floor(sumStandard / 12m)));
            }
        }

        IReadOnlyList<BenefitNote> assumptions =
        [
            .. StandardAssumptions,
            new BenefitNote("cumulative_without_work", BenefitMessageKeys.AssumptionCumulativeWithoutWork),
        ];
        return SimulationOutcome<CumulativeSeries>.Ok(new CumulativeSeries(startAge, points, standardPoints, breakEven, assumptions));
    }

    private static decimal YearlyRateIn(BenefitEstimate estimate, YearMonth month)
    {
        if (month < estimate.PaymentStartMonth) return 0;
        var pension = estimate.Components
            .Where(c => c.Kind is ComponentKind.BasicPension or ComponentKind.AdditionalPension or ComponentKind.EarningsRelated)
            .Sum(c => c.Annual);
        var dependant = estimate.DependantAdditionPayable ? estimate.DependantAddition.AnnualRateAt(month) : 0;
        return pension + dependant;
    }

    /// <summary>The checks after the birth date: duplicate months, then negative amounts.</summary>
    private static RuleError? Validate(SimulationInput input, PreparedRecord prepared)
    {
        if (prepared.HasDuplicateMonth)
            return new RuleError(DuplicateMonth, BenefitMessageKeys.ErrorDuplicateMonth);
        // Without duplicates the prepared employees'-pension months are all of the record's.
        var negative = input.CurrentWork is { StandardMonthlyPay: < 0 } or { BonusesLast12Months: < 0 };
        foreach (ref readonly var m in prepared.EmployeesMonths.AsSpan())
            negative |= m.StandardMonthlyPay < 0;
        var bonuses = prepared.Record.Bonuses;
        for (var i = 0; i < bonuses.Count && !negative; i++)
            negative = bonuses[i].Amount < 0;
        return negative ? new RuleError(NegativeAmount, BenefitMessageKeys.ErrorNegativeAmount) : null;
    }

    private static BenefitComponent Component(ComponentKind kind, string key, long baseAnnual, long annual, bool factorApplied,
        IReadOnlyList<FormulaLine> lines) =>
        new(kind, key, baseAnnual, annual, FloorDivide12(annual), factorApplied, lines);

    /// <summary>Yearly / 12 rounded down to the yen; a negative amount (suspension) is rounded towards zero.</summary>
    private static long FloorDivide12(long annual) => annual >= 0 ? annual / 12 : -(-annual / 12);

    private static string TotalExpression(IReadOnlyList<BenefitComponent> components)
    {
        var text = Fmt.Yen(components[0].Annual);
        foreach (var c in components.Skip(1))
            text += c.Annual < 0 ? $" − {Fmt.Yen(-c.Annual)}" : $" + {Fmt.Yen(c.Annual)}";
        return text;
    }
}
