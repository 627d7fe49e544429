using Portal.Domain.Common;

namespace Portal.Domain.Records;

/// <summary>
/// What a month status (月の状態) means for the totals, the basic pension and the screen (DOMAIN.md §4.1, §5.2).
/// One row per <see cref="MonthStatus"/>; read it with <see cref="For"/>.
/// </summary>
/// <remarks>
/// The record stores a partly exempt month under its exemption status only when the non-exempt remainder was
/// paid; a partly exempt month with the remainder unpaid is stored as <see cref="MonthStatus.Unpaid"/>. So every
/// partial-exemption row here counts toward eligibility and carries its full weight.
/// The weights are fixed by law (not by fiscal year), so they live here rather than in dated data.
/// </remarks>
/// <param name="Status">The status described.</param>
/// <param name="CountsTowardEligibility">Counts toward the 120 qualifying months (受給資格期間).</param>
/// <param name="CountsAsPaid">Counts as a paid month in the totals (納付済: paid, category 3, 厚生年金 at 20–59, maternity, childcare).</param>
/// <param name="WeightBeforeApril2009In24ths">Basic-pension weight for months before April 2009, in 24ths (1/3 = 8).</param>
/// <param name="WeightFromApril2009In24ths">Basic-pension weight for months from April 2009, in 24ths (1/2 = 12).</param>
/// <param name="ExemptShare">Share of the premium that was exempted or deferred (what 追納 pays back): 1, ¾, ½, ¼ or 0.</param>
/// <param name="IsLatePaymentCandidateType">An exempt or deferred month that 追納 can pay back.</param>
/// <param name="NeedsAttention">Shown as a problem month (unpaid, not enrolled).</param>
/// <param name="ShortCode">Stable ASCII code for styling and tests (e.g. <c>U</c>); never the only cue on screen.</param>
/// <param name="NameKey">Message key of the status name, <c>Records.Status.&lt;Name&gt;</c>.</param>
/// <param name="ShortLabelKey">Message key of the short text label shown in the month grid, <c>Records.StatusShort.&lt;Name&gt;</c>,
/// so a month's status never relies on colour alone.</param>
public sealed record MonthStatusInfo(
    MonthStatus Status,
    bool CountsTowardEligibility,
    bool CountsAsPaid,
    int WeightBeforeApril2009In24ths,
    int WeightFromApril2009In24ths,
    decimal ExemptShare,
    bool IsLatePaymentCandidateType,
    bool NeedsAttention,
    string ShortCode,
    string NameKey,
    string ShortLabelKey)
{
    /// <summary>The first month of the April 2009 weights (国庫負担 1/2): April 2009.</summary>
    public static readonly YearMonth WeightChangeMonth = new(2009, 4);

    private static readonly Dictionary<MonthStatus, MonthStatusInfo> table = Build();

    /// <summary>Every status, in enum order.</summary>
    public static IReadOnlyList<MonthStatusInfo> All { get; } = [.. table.Values.OrderBy(i => i.Status)];

    /// <summary>The row for <paramref name="status"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined status.</exception>
    public static MonthStatusInfo For(MonthStatus status) =>
        table.TryGetValue(status, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown month status.");

    /// <summary>Weights are kept in 24ths so that sums of months stay exact.</summary>
    public const int WeightDenominator = 24;

    /// <summary>Basic-pension weight for months before April 2009 (1/3, 1/2, 2/3, 5/6 for the exemptions).</summary>
    public decimal WeightBeforeApril2009 => (decimal)WeightBeforeApril2009In24ths / WeightDenominator;

    /// <summary>Basic-pension weight for months from April 2009 (1/2, 5/8, 3/4, 7/8 for the exemptions).</summary>
    public decimal WeightFromApril2009 => (decimal)WeightFromApril2009In24ths / WeightDenominator;

    /// <summary>The weight of a month with this status in 24ths (before any 追納 or age rule).</summary>
    public int WeightIn24thsFor(YearMonth month) =>
        month < WeightChangeMonth ? WeightBeforeApril2009In24ths : WeightFromApril2009In24ths;

    /// <summary>The basic-pension weight of a month with this status (before any 追納 or age rule).</summary>
    public decimal WeightFor(YearMonth month) => (decimal)WeightIn24thsFor(month) / WeightDenominator;

    /// <summary>An exemption (法定・全額・4分の3・半額・4分の1); maternity and childcare count as paid instead.</summary>
    public bool IsExemption => Status is MonthStatus.StatutoryExemption or MonthStatus.FullExemption
        or MonthStatus.ThreeQuarterExemption or MonthStatus.HalfExemption or MonthStatus.QuarterExemption;

    /// <summary>A deferral (納付猶予, 学生納付特例).</summary>
    public bool IsDeferral => Status is MonthStatus.PaymentDeferral or MonthStatus.StudentDeferral;

    private static Dictionary<MonthStatus, MonthStatusInfo> Build()
    {
        // Weights in 24ths (the common denominator of 1/3, 5/8, 3/4, 5/6, 7/8...) so sums stay exact.
        MonthStatusInfo[] rows =
        [
            //  status                              elig   paid   before from  exempt  追納   attn   code
            Row(MonthStatus.Paid,                  true,  true,  24,    24,   0m,     false, false, "P"),
            Row(MonthStatus.Category3,             true,  true,  24,    24,   0m,     false, false, "C3"),
            Row(MonthStatus.EmployeesPension,      true,  true,  24,    24,   0m,     false, false, "EP"),
            Row(MonthStatus.MaternityExemption,    true,  true,  24,    24,   0m,     false, false, "M"),
            Row(MonthStatus.ChildcareExemption,    true,  true,  24,    24,   0m,     false, false, "CC"),
            Row(MonthStatus.StatutoryExemption,    true,  false, 8,     12,   1m,     true,  false, "SE"),  // 1/3, 1/2
            Row(MonthStatus.FullExemption,         true,  false, 8,     12,   1m,     true,  false, "FE"),  // 1/3, 1/2
            Row(MonthStatus.ThreeQuarterExemption, true,  false, 12,    15,   0.75m,  true,  false, "E3Q"), // 1/2, 5/8
            Row(MonthStatus.HalfExemption,         true,  false, 16,    18,   0.5m,   true,  false, "EH"),  // 2/3, 3/4
            Row(MonthStatus.QuarterExemption,      true,  false, 20,    21,   0.25m,  true,  false, "E1Q"), // 5/6, 7/8
            Row(MonthStatus.PaymentDeferral,       true,  false, 0,     0,    1m,     true,  false, "PD"),
            Row(MonthStatus.StudentDeferral,       true,  false, 0,     0,    1m,     true,  false, "SD"),
            Row(MonthStatus.Unpaid,                false, false, 0,     0,    0m,     false, true,  "U"),
            Row(MonthStatus.NotEnrolled,           false, false, 0,     0,    0m,     false, true,  "NE"),
        ];
        var result = rows.ToDictionary(r => r.Status);
        var missing = Enum.GetValues<MonthStatus>().Where(s => !result.ContainsKey(s)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException("MonthStatusInfo has no row for: " + string.Join(", ", missing));
        return result;
    }

    private static MonthStatusInfo Row(MonthStatus status, bool eligibility, bool paid, int before24, int from24,
        decimal exemptShare, bool lateCandidate, bool attention, string code) =>
        new(status, eligibility, paid, before24, from24, exemptShare, lateCandidate, attention, code,
            "Records.Status." + status, "Records.StatusShort." + status);
}
