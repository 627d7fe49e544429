using Portal.Domain.Common;

namespace Portal.Domain.Benefits;

/// <summary>A part of the estimate.</summary>
public enum ComponentKind
{
    /// <summary>老齢基礎年金</summary>
    BasicPension = 1,
    /// <summary>付加年金</summary>
    AdditionalPension = 2,
    /// <summary>老齢厚生年金 報酬比例部分</summary>
    EarningsRelated = 3,
    /// <summary>在職老齢年金の支給停止 (a negative amount)</summary>
    InWorkSuspension = 4,
    /// <summary>加給年金</summary>
    DependantAddition = 5,
}

/// <summary>
/// One component of an estimate: the yearly amount before the factor (<see cref="BaseAnnual"/>), after it
/// (<see cref="Annual"/>), the monthly amount (<see cref="Annual"/> / 12 rounded down to the yen; a suspension is negative)
/// and the formula lines that produced it.
/// </summary>
public sealed record BenefitComponent(
    ComponentKind Kind,
    string MessageKey,
    long BaseAnnual,
    long Annual,
    long Monthly,
    bool FactorApplied,
    IReadOnlyList<FormulaLine> Lines);

/// <summary>An estimate (年金見込額) with every term, parameter and assumption behind it.</summary>
/// <param name="PaymentStartMonth">The first month paid: the month after the claim start age is reached.</param>
/// <param name="DependantAdditionPayable">
/// The pension the dependant addition rides on is payable (eligible, with an earnings-related part); work not considered.
/// </param>
/// <param name="TotalAnnual">Σ component amounts, yen a year.</param>
/// <param name="TotalMonthly"><see cref="TotalAnnual"/> / 12, rounded down to the yen.</param>
/// <param name="Assumptions">Statements that hold for every estimate (revalued pay, rounding, …).</param>
/// <param name="Notes">Statements about this case (not eligible, deferral cap reached, …).</param>
public sealed record BenefitEstimate(
    BenefitParameterSet Parameters,
    DateOnly EvaluationDate,
    PensionAge StartAge,
    YearMonth PaymentStartMonth,
    ClaimFactor Factor,
    BasicPensionResult BasicPension,
    AdditionalPensionResult AdditionalPension,
    EarningsRelatedResult EarningsRelated,
    InWorkSuspensionResult? InWorkSuspension,
    DependantAdditionResult DependantAddition,
    bool DependantAdditionPayable,
    IReadOnlyList<BenefitComponent> Components,
    long TotalAnnual,
    long TotalMonthly,
    IReadOnlyList<FormulaLine> Lines,
    IReadOnlyList<BenefitNote> Assumptions,
    IReadOnlyList<BenefitNote> Notes)
{
    /// <summary>The fiscal year of the parameters used.</summary>
    public int FiscalYear => Parameters.FiscalYear;

    /// <summary>The component of <paramref name="kind"/>, or null when the estimate has none (no work → no suspension).</summary>
    public BenefitComponent? Component(ComponentKind kind) => Components.FirstOrDefault(c => c.Kind == kind);
}

/// <summary>How a simulation ended.</summary>
public enum SimulationOutcomeKind
{
    /// <summary>An estimate was made.</summary>
    Estimate = 1,
    /// <summary>The case is excluded (§5.8): book a consultation.</summary>
    Excluded = 2,
    /// <summary>The input was refused (a <see cref="RuleError"/> the user can fix).</summary>
    Refused = 3,
}

/// <summary>
/// The outcome of a simulation: exactly one of a value, a non-empty list of exclusions, or an error.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class SimulationOutcome<T> where T : class
{
    private SimulationOutcome(SimulationOutcomeKind kind, T? value, IReadOnlyList<Exclusion> exclusions, RuleError? error)
    {
        Kind = kind;
        Value = value;
        Exclusions = exclusions;
        Error = error;
    }

    /// <summary>How the simulation ended.</summary>
    public SimulationOutcomeKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="SimulationOutcomeKind.Estimate"/>.</summary>
    public T? Value { get; }

    /// <summary>The exclusions when <see cref="Kind"/> is <see cref="SimulationOutcomeKind.Excluded"/>; otherwise empty.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; }

    /// <summary>The error when <see cref="Kind"/> is <see cref="SimulationOutcomeKind.Refused"/>.</summary>
    public RuleError? Error { get; }

    /// <summary>An estimate.</summary>
    public static SimulationOutcome<T> Ok(T value) =>
        new(SimulationOutcomeKind.Estimate, value ?? throw new ArgumentNullException(nameof(value)), [], null);

    /// <summary>An excluded case.</summary>
    public static SimulationOutcome<T> Exclude(IReadOnlyList<Exclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        if (exclusions.Count == 0) throw new ArgumentException("At least one exclusion is needed.", nameof(exclusions));
        return new(SimulationOutcomeKind.Excluded, null, exclusions, null);
    }

    /// <summary>A refused input.</summary>
    public static SimulationOutcome<T> Refuse(RuleError error) =>
        new(SimulationOutcomeKind.Refused, null, [], error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The same non-estimate outcome for another value type.</summary>
    public SimulationOutcome<TOther> Cast<TOther>() where TOther : class => Kind switch
    {
        SimulationOutcomeKind.Excluded => SimulationOutcome<TOther>.Exclude(Exclusions),
        SimulationOutcomeKind.Refused => SimulationOutcome<TOther>.Refuse(Error!),
        _ => throw new InvalidOperationException("Only an exclusion or a refusal can be cast."),
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SimulationOutcomeKind.Estimate => "Estimate",
        SimulationOutcomeKind.Excluded => $"Excluded({string.Join(", ", Exclusions.Select(e => e.Code))})",
        _ => $"Refused({Error!.Code})",
    };
}

/// <summary>The estimate for one whole-year start age (for the chart of amounts by start age).</summary>
public sealed record StartAgeAmount(PensionAge StartAge, BenefitEstimate? Estimate, RuleError? Error)
{
    /// <summary>The factor, when estimated.</summary>
    public decimal? Factor => Estimate?.Factor.Factor;
    /// <summary>The yearly total, when estimated.</summary>
    public long? AnnualTotal => Estimate?.TotalAnnual;
    /// <summary>The monthly total, when estimated.</summary>
    public long? MonthlyTotal => Estimate?.TotalMonthly;
}

/// <summary>The total received by the end of the month in which <see cref="Age"/> is reached, rounded down to the yen.</summary>
public sealed record CumulativePoint(int Age, long Cumulative);

/// <summary>
/// Cumulative amounts received by each age 60–95 for <see cref="StartAge"/> and for 65y0m, and the break-even age: for a
/// later start, the first age at which it has received at least as much as a 65y0m start; for an earlier start, the first
/// age at which a 65y0m start has caught up. Null when that does not happen by 95 (or for 65y0m itself).
/// </summary>
public sealed record CumulativeSeries(
    PensionAge StartAge,
    IReadOnlyList<CumulativePoint> Points,
    IReadOnlyList<CumulativePoint> StandardPoints,
    PensionAge? BreakEvenAge,
    IReadOnlyList<BenefitNote> Assumptions);
