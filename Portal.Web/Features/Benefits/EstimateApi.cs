using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Domain.Benefits;
using Portal.Domain.Common;
using Portal.Domain.Records;

namespace Portal.Web.Features.Benefits;

// ---------------------------------------------------------------------------------------------------------------
// Public benefit estimate API (issue 3): POST /api/v1/benefits/estimate. No sign-in, rate-limited ("public-api"),
// stores nothing (DOMAIN.md §5.9). Every amount comes from the calculators in Portal.Domain/Benefits; this file only
// reads and checks the JSON, lays the aggregated month counts out as a synthetic ContributionRecord, and maps the
// results. Documented in docs/api-benefits-estimate.md.
// ---------------------------------------------------------------------------------------------------------------

/// <summary>The request body (camelCase JSON), as read after validation.</summary>
public sealed record EstimateRequest(
    int FiscalYear,
    DateOnly BirthDate,
    EstimateClaimAge ClaimAge,
    EstimateBasic Basic,
    EstimateEmployees Employees,
    EstimateWorking Working,
    EstimateFamily Family);

/// <summary>Claim start age: 60y0m–75y0m, not 65y1m–65y11m.</summary>
public sealed record EstimateClaimAge(int Years, int Months);

/// <summary>The national-pension side at ages 20–59 (months, aggregated).</summary>
/// <param name="PaidMonths">Months counting in full: paid category 1, category 3 and 産前産後免除 (not employees' pension months).</param>
public sealed record EstimateBasic(int PaidMonths, IReadOnlyList<EstimateExemptMonths> ExemptMonths, int AdditionalPremiumMonths);

/// <summary>Exempt or deferred months of one type and era.</summary>
/// <param name="Type"><c>full</c>, <c>threeQuarters</c>, <c>half</c>, <c>quarter</c>, <c>deferral</c> or <c>student</c>.</param>
/// <param name="Era"><c>before2009</c> (before April 2009) or <c>from2009</c>.</param>
public sealed record EstimateExemptMonths(string Type, string Era, int Months);

/// <summary>Employees' pension (厚生年金) months and average pay, any age.</summary>
public sealed record EstimateEmployees(int MonthsBefore2003, decimal AverageMonthlyPayBefore2003, int MonthsFrom2003, decimal AveragePayFrom2003);

/// <summary>Work while drawing the pension (在職老齢年金).</summary>
public sealed record EstimateWorking(long MonthlyStandardPay, long BonusesLast12Months);

/// <summary>Dependants for the dependant addition (加給年金) when the pension starts.</summary>
public sealed record EstimateFamily(bool SpouseUnder65, int Children);

/// <summary>One line of working behind an amount.</summary>
public sealed record EstimateLine(string Code, string MessageKey, string Expression, decimal Value, IReadOnlyList<string> Parameters);

/// <summary>The response: yen a year unless named otherwise; component amounts are after the claim-age factor.</summary>
public sealed record EstimateResponse(
    int FiscalYear,
    bool Eligible,
    int QualifyingMonths,
    long BasicAnnual,
    long AdditionalAnnual,
    long EarningsRelatedAnnual,
    decimal ClaimAgeFactor,
    long SuspendedMonthly,
    long FamilyAllowanceAnnual,
    long TotalAnnual,
    IReadOnlyList<EstimateLine> Lines,
    IReadOnlyList<string> Assumptions);

/// <summary>Registration and mapping of the public estimate API, and the pure request-to-estimate logic.</summary>
public static class EstimateApi
{
    /// <summary>The route.</summary>
    public const string Route = "/api/v1/benefits/estimate";
    /// <summary>The rate-limiter policy name.</summary>
    public const string RateLimitPolicy = "public-api";
    /// <summary>Configuration key of the permits per minute and remote IP (default 60).</summary>
    public const string PermitPerMinuteKey = "Portal:PublicApi:PermitPerMinute";
    /// <summary>Default permits per minute and remote IP.</summary>
    public const int DefaultPermitPerMinute = 60;
    /// <summary>Most children accepted in <c>family.children</c>.</summary>
    public const int MaximumChildren = 20;
    /// <summary>Most entries accepted in <c>basic.exemptMonths</c> (6 types × 2 eras, with room to spare).</summary>
    public const int MaximumExemptEntries = 24;
    /// <summary>Code of the assumption made when laying the aggregated counts out month by month.</summary>
    public const string AggregatedMonthsAssumption = "aggregated_months_placed";

    private static readonly Dictionary<string, MonthStatus> ExemptTypes = new(StringComparer.Ordinal)
    {
        ["full"] = MonthStatus.FullExemption,
        ["threeQuarters"] = MonthStatus.ThreeQuarterExemption,
        ["half"] = MonthStatus.HalfExemption,
        ["quarter"] = MonthStatus.QuarterExemption,
        ["deferral"] = MonthStatus.PaymentDeferral,
        ["student"] = MonthStatus.StudentDeferral,
    };
    private static readonly string[] Eras = ["before2009", "from2009"];

    /// <summary>Registers the "public-api" rate-limiter policy: a fixed window of one minute per remote IP.</summary>
    public static IServiceCollection AddBenefitsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, http =>
            {
                // Read per partition (not at registration) so test hosts' settings always apply.
                var config = http.RequestServices.GetService<IConfiguration>() ?? configuration;
                var permits = config.GetValue(PermitPerMinuteKey, DefaultPermitPerMinute);
                var key = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : 60;
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"The public API allows a limited number of requests a minute. Retry after {retryAfter} seconds.",
                    extensions: new Dictionary<string, object?> { ["code"] = "rate_limited", ["retryAfterSeconds"] = retryAfter })
                    .ExecuteAsync(http);
            };
        });
        return services;
    }

    /// <summary>Maps <c>POST /api/v1/benefits/estimate</c> (anonymous, rate-limited).</summary>
    public static IEndpointRouteBuilder MapBenefitsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("BenefitsEstimate")
            .Accepts<EstimateRequest>("application/json")
            .Produces<EstimateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, ct);
        }
        catch (JsonException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["$"] = [$"The body is not valid JSON ({ex.Message.Split('.')[0]})."],
            }, title: "The request body is not valid JSON.");
        }
        using (document)
        {
            return Estimate(document.RootElement, JapanTime.DateOf(clock.GetUtcNow()));
        }
    }

    /// <summary>Reads, checks and estimates one request body; the HTTP result (200, 400 or 422).</summary>
    public static IResult Estimate(JsonElement body, DateOnly today)
    {
        var reader = new Reader(today);
        var request = reader.ReadRequest(body);
        if (request is null || reader.Errors.Count > 0) return ValidationProblem(reader.Errors);

        var parameters = BenefitParameterCatalogue.ForFiscalYear(request.FiscalYear);
        if (!parameters.IsSuccess)
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Unsupported fiscal year",
                detail: $"No benefit parameters for fiscal year {request.FiscalYear}. Supported: {string.Join(", ", BenefitParameterCatalogue.SupportedFiscalYears)}.",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = parameters.Error!.Code,
                    ["supportedFiscalYears"] = BenefitParameterCatalogue.SupportedFiscalYears,
                });
        if (request.BirthDate < BenefitDates.EarningsRelatedCohortStart)
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Cannot estimate here",
                detail: "People born before 1946-04-02 cannot be estimated by this service: please book a consultation.",
                extensions: new Dictionary<string, object?> { ["code"] = ExclusionRules.Pre1946 });

        var layout = LayOut(request);
        if (layout.Errors.Count > 0) return ValidationProblem(layout.Errors);

        return Results.Ok(Compute(request, layout.Record!, parameters.Value));
    }

    private static IResult ValidationProblem(Dictionary<string, List<string>> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: "One or more fields are invalid.");

    /// <summary>The result of laying the aggregated counts out month by month.</summary>
    internal sealed record Layout(ContributionRecord? Record, Dictionary<string, List<string>> Errors);

    /// <summary>
    /// Builds a synthetic <see cref="ContributionRecord"/> from the counts: exempt months in the person's ages-20–59 months
    /// of their era (before / from April 2009), paid months in the rest of those 480 months, then the employees'-pension
    /// months in their era (before / from April 2003), first in the ages-20–59 months left free, then at ages 15–19 and
    /// 60–69. Refuses (field errors) what cannot fit.
    /// </summary>
    internal static Layout LayOut(EstimateRequest request)
    {
        var errors = new Dictionary<string, List<string>>();
        var birth = request.BirthDate;
        var windowStart = BenefitDates.MonthReaching(birth, 20);
        var windowEnd = BenefitDates.MonthReaching(birth, 60); // exclusive
        var window = YearMonth.Range(windowStart, windowEnd.AddMonths(-1)).ToList();
        var taken = new HashSet<YearMonth>();
        var national = new List<NationalPensionMonth>();

        var basic = request.Basic;
        var exemptTotal = basic.ExemptMonths.Sum(e => e.Months);
        if (basic.PaidMonths + exemptTotal > WeightedMonths.Maximum.Value)
        {
            Add(errors, "basic", $"paidMonths plus all exemptMonths ({basic.PaidMonths + exemptTotal}) must not exceed the 480 months of ages 20–59.");
            return new Layout(null, errors);
        }

        foreach (var era in Eras)
        {
            var fromApril2009 = era == "from2009";
            var slots = window.Where(m => (m >= BenefitDates.WeightChangeMonth) == fromApril2009).ToList();
            var needed = basic.ExemptMonths.Where(e => e.Era == era).Sum(e => e.Months);
            if (needed > slots.Count)
            {
                Add(errors, "basic.exemptMonths",
                    $"{needed} months with era '{era}' do not fit: this birth date has {slots.Count} months at ages 20–59 {(fromApril2009 ? "from" : "before")} April 2009.");
                continue;
            }
            var next = 0;
            foreach (var entry in basic.ExemptMonths.Where(e => e.Era == era))
            {
                var status = ExemptTypes[entry.Type];
                for (var i = 0; i < entry.Months; i++)
                {
                    var month = slots[next++];
                    taken.Add(month);
                    national.Add(new NationalPensionMonth(month, status));
                }
            }
        }
        if (errors.Count > 0) return new Layout(null, errors);

        var paidPlaced = 0;
        foreach (var month in window)
        {
            if (paidPlaced == basic.PaidMonths) break;
            if (taken.Contains(month)) continue;
            taken.Add(month);
            national.Add(new NationalPensionMonth(month, MonthStatus.Paid, AdditionalPremiumPaid: paidPlaced < basic.AdditionalPremiumMonths));
            paidPlaced++;
        }

        // Employees' pension: ages 15–69, era by April 2003; free ages-20–59 months first.
        var workStart = BenefitDates.MonthReaching(birth, 15);
        var workEnd = BenefitDates.MonthReaching(birth, 70); // exclusive
        var candidates = YearMonth.Range(workStart, workEnd.AddMonths(-1))
            .Where(m => !taken.Contains(m))
            .OrderBy(m => m >= windowStart && m < windowEnd ? 0 : 1)
            .ThenBy(m => m)
            .ToList();
        var employees = new List<EmployeesPensionMonth>();
        foreach (var (field, count, fromApril2003) in new[]
                 {
                     ("employees.monthsBefore2003", request.Employees.MonthsBefore2003, false),
                     ("employees.monthsFrom2003", request.Employees.MonthsFrom2003, true),
                 })
        {
            var slots = candidates.Where(m => (m >= BenefitDates.TotalRemunerationStart) == fromApril2003).ToList();
            if (count > slots.Count)
            {
                Add(errors, field,
                    $"{count} months do not fit: this birth date has {slots.Count} months {(fromApril2003 ? "from" : "before")} April 2003 at ages 15–69 besides the national-pension months.");
                continue;
            }
            employees.AddRange(slots.Take(count).Select(m => new EmployeesPensionMonth(m, 0)));
        }
        if (errors.Count > 0) return new Layout(null, errors);

        return new Layout(new ContributionRecord(birth, national, employees, []), errors);
    }

    /// <summary>Runs the domain calculators on a laid-out request (fiscal year supported, birth date in scope).</summary>
    internal static EstimateResponse Compute(EstimateRequest request, ContributionRecord record, BenefitParameterSet parameters)
    {
        var birth = request.BirthDate;
        var claimAge = new PensionAge(request.ClaimAge.Years, request.ClaimAge.Months);
        var factor = ClaimFactorCalculator.Calculate(birth, claimAge).Value; // validated: IsAllowed
        var evaluationMonth = new YearMonth(parameters.FiscalYear, 4);

        var basic = BasicPensionCalculator.Calculate(record, parameters, evaluationMonth);
        var additional = AdditionalPensionCalculator.Calculate(record, parameters, basic.IsEligible);
        var e = request.Employees;
        var earnings = EarningsRelatedCalculator.FromAverages(e.AverageMonthlyPayBefore2003, e.MonthsBefore2003,
            e.AveragePayFrom2003, e.MonthsFrom2003, parameters);
        var earningsPayable = basic.IsEligible ? earnings.AnnualAmount : 0;

        var basicAdjusted = factor.Apply(basic.AnnualAmount);
        var additionalAdjusted = factor.Apply(additional.AnnualAmount);
        var earningsAdjusted = factor.Apply(earningsPayable);

        var lines = new List<FormulaLine>();
        lines.AddRange(basic.Lines);
        lines.Add(factor.Line);
        lines.Add(factor.ApplyLine("basic.adjusted", basic.AnnualAmount));
        lines.Add(additional.Line);
        lines.Add(factor.ApplyLine("additional.adjusted", additional.AnnualAmount));
        lines.AddRange(earnings.Lines);
        lines.Add(factor.ApplyLine("earnings.adjusted", earningsPayable));

        // In-work suspension, as BenefitSimulator: on the earnings-related part after an early reduction, without a deferral increase.
        InWorkSuspensionResult? suspension = null;
        long suspendedPerYear = 0;
        var working = request.Working;
        if ((working.MonthlyStandardPay > 0 || working.BonusesLast12Months > 0) && earningsAdjusted > 0)
        {
            var suspensionBase = factor.Factor > 1m ? earningsPayable : earningsAdjusted;
            suspension = InWorkSuspensionCalculator.Calculate(suspensionBase,
                new CurrentWork(working.MonthlyStandardPay, working.BonusesLast12Months), parameters);
            suspendedPerYear = suspension.FullySuspended ? suspensionBase : Math.Min(suspension.SuspendedPerYear, suspensionBase);
            lines.AddRange(suspension.Lines);
            lines.Add(new FormulaLine("suspension.annual", BenefitMessageKeys.FormulaInWorkSuspension,
                Invariant($"min({suspension.SuspendedPerMonth:#,0} × 12, {suspensionBase:#,0}) = {suspendedPerYear:#,0}"), suspendedPerYear));
        }

        // Dependant addition: dependants described by count, given birth dates that make them count when the pension starts.
        var paymentStart = BenefitDates.MonthReaching(birth, claimAge).AddMonths(1);
        var spouse = request.Family.SpouseUnder65
            ? new SpouseInput(paymentStart.FirstDay.AddYears(-40), IncomeUnder8500000Yen: true, HasOwnEmployeesPension240Months: false)
            : null;
        var children = Enumerable.Range(0, request.Family.Children)
            .Select(i => new ChildInput(paymentStart.FirstDay.AddYears(-10).AddDays(i)))
            .ToList();
        var dependant = DependantAdditionCalculator.Calculate(birth, e.MonthsBefore2003 + e.MonthsFrom2003, paymentStart,
            spouse, children, parameters);
        var dependantPayable = basic.IsEligible && earningsPayable > 0 && suspension?.FullySuspended != true;
        var dependantAnnual = dependantPayable ? dependant.AnnualAmountAtStart : 0;
        lines.AddRange(dependant.Lines);
        if (dependantAnnual != dependant.AnnualAmountAtStart)
            lines.Add(new FormulaLine("dependant.payable", BenefitMessageKeys.FormulaDependantAddition,
                Invariant($"{dependant.AnnualAmountAtStart:#,0} → 0"), 0));

        var total = basicAdjusted + additionalAdjusted + earningsAdjusted - suspendedPerYear + dependantAnnual;
        lines.Add(new FormulaLine("total.annual", BenefitMessageKeys.FormulaTotal,
            Invariant($"{basicAdjusted:#,0} + {additionalAdjusted:#,0} + {earningsAdjusted:#,0} − {suspendedPerYear:#,0} + {dependantAnnual:#,0} = {total:#,0}"),
            total));

        var assumptions = BenefitSimulator.StandardAssumptions.Select(a => a.Code)
            .Append(AggregatedMonthsAssumption)
            .ToList();
        return new EstimateResponse(
            parameters.FiscalYear,
            basic.IsEligible,
            basic.QualifyingMonths,
            basicAdjusted,
            additionalAdjusted,
            earningsAdjusted,
            factor.Factor,
            suspension?.SuspendedPerMonth ?? 0,
            dependantAnnual,
            total,
            lines.Select(l => new EstimateLine(l.Code, l.MessageKey, l.Expression, l.Result, l.ParameterReferences.ToList())).ToList(),
            assumptions);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>Reads the JSON tree field by field, recording each problem under the field's JSON path.</summary>
    private sealed class Reader(DateOnly today)
    {
        public Dictionary<string, List<string>> Errors { get; } = [];

        public EstimateRequest? ReadRequest(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(Errors, "$", "The body must be a JSON object.");
                return null;
            }

            var fiscalYear = Int(root, "fiscalYear", "fiscalYear", required: true, min: null);
            var birthDate = Date(root, "birthDate", "birthDate");

            EstimateClaimAge? claimAge = null;
            if (Obj(root, "claimAge", "claimAge", required: true) is { } ca)
            {
                var years = Int(ca, "years", "claimAge.years", required: true, min: 0);
                var months = Int(ca, "months", "claimAge.months", required: false, min: 0) ?? 0;
                if (years is { } y)
                {
                    if (months > 11) Add(Errors, "claimAge.months", "Must be between 0 and 11.");
                    else if (!ClaimFactorCalculator.IsAllowed(new PensionAge(y, months)))
                        Add(Errors, "claimAge", $"{y}y{months}m is not allowed: choose 60y0m–65y0m or 66y0m–75y0m (65y1m–65y11m cannot be chosen).");
                    else claimAge = new EstimateClaimAge(y, months);
                }
            }

            EstimateBasic? basic = null;
            if (Obj(root, "basic", "basic", required: true) is { } b)
            {
                var paid = Int(b, "paidMonths", "basic.paidMonths", required: true, min: 0, max: 480);
                var additionalPremium = Int(b, "additionalPremiumMonths", "basic.additionalPremiumMonths", required: false, min: 0, max: 480) ?? 0;
                var exempt = new List<EstimateExemptMonths>();
                if (Property(b, "exemptMonths") is { } list)
                {
                    if (list.ValueKind != JsonValueKind.Array) Add(Errors, "basic.exemptMonths", "Must be an array.");
                    else if (list.GetArrayLength() > MaximumExemptEntries)
                        Add(Errors, "basic.exemptMonths", $"At most {MaximumExemptEntries} entries (one per type and era).");
                    else
                    {
                        var i = 0;
                        foreach (var item in list.EnumerateArray())
                        {
                            var path = $"basic.exemptMonths[{i++}]";
                            if (item.ValueKind != JsonValueKind.Object) { Add(Errors, path, "Must be an object."); continue; }
                            var type = OneOf(item, "type", path + ".type", ExemptTypes.Keys);
                            var era = OneOf(item, "era", path + ".era", Eras);
                            var months = Int(item, "months", path + ".months", required: true, min: 0, max: 480);
                            if (type is not null && era is not null && months is not null) exempt.Add(new(type, era, months.Value));
                        }
                    }
                }
                if (paid is { } p && additionalPremium > p)
                    Add(Errors, "basic.additionalPremiumMonths", "Must not exceed paidMonths (the additional premium is paid with paid months only).");
                if (paid is { } p2) basic = new EstimateBasic(p2, exempt, additionalPremium);
            }

            var employees = new EstimateEmployees(0, 0, 0, 0);
            if (Obj(root, "employees", "employees", required: false) is { } emp)
            {
                employees = new EstimateEmployees(
                    Int(emp, "monthsBefore2003", "employees.monthsBefore2003", required: false, min: 0, max: 1200) ?? 0,
                    Amount(emp, "averageMonthlyPayBefore2003", "employees.averageMonthlyPayBefore2003") ?? 0,
                    Int(emp, "monthsFrom2003", "employees.monthsFrom2003", required: false, min: 0, max: 1200) ?? 0,
                    Amount(emp, "averagePayFrom2003", "employees.averagePayFrom2003") ?? 0);
            }

            var working = new EstimateWorking(0, 0);
            if (Obj(root, "working", "working", required: false) is { } w)
            {
                working = new EstimateWorking(
                    WholeAmount(w, "monthlyStandardPay", "working.monthlyStandardPay") ?? 0,
                    WholeAmount(w, "bonusesLast12Months", "working.bonusesLast12Months") ?? 0);
            }

            var family = new EstimateFamily(false, 0);
            if (Obj(root, "family", "family", required: false) is { } f)
            {
                bool spouse = false;
                if (Property(f, "spouseUnder65") is { } s)
                {
                    if (s.ValueKind is JsonValueKind.True or JsonValueKind.False) spouse = s.GetBoolean();
                    else Add(Errors, "family.spouseUnder65", "Must be true or false.");
                }
                family = new EstimateFamily(spouse,
                    Int(f, "children", "family.children", required: false, min: 0, max: MaximumChildren) ?? 0);
            }

            if (Errors.Count > 0 || fiscalYear is null || birthDate is null || claimAge is null || basic is null) return null;
            return new EstimateRequest(fiscalYear.Value, birthDate.Value, claimAge, basic, employees, working, family);
        }

        private static JsonElement? Property(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private JsonElement? Obj(JsonElement obj, string name, string path, bool required)
        {
            var value = Property(obj, name);
            if (value is null)
            {
                if (required) Add(Errors, path, "Is required.");
                return null;
            }
            if (value.Value.ValueKind != JsonValueKind.Object)
            {
                Add(Errors, path, "Must be an object.");
                return null;
            }
            return value;
        }

        private int? Int(JsonElement obj, string name, string path, bool required, int? min, int? max = null)
        {
            var value = Property(obj, name);
            if (value is null)
            {
                if (required) Add(Errors, path, "Is required.");
                return null;
            }
            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var n))
            {
                Add(Errors, path, "Must be a whole number.");
                return null;
            }
            if (min is { } lo && n < lo) { Add(Errors, path, lo == 0 ? "Must not be negative." : $"Must be at least {lo}."); return null; }
            if (max is { } hi && n > hi) { Add(Errors, path, $"Must be at most {hi}."); return null; }
            return n;
        }

        private decimal? Amount(JsonElement obj, string name, string path)
        {
            var value = Property(obj, name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var d))
            {
                Add(Errors, path, "Must be a number of yen.");
                return null;
            }
            if (d < 0) { Add(Errors, path, "Must not be negative."); return null; }
            if (d > 100_000_000m) { Add(Errors, path, "Must be at most 100,000,000 yen."); return null; }
            return d;
        }

        private long? WholeAmount(JsonElement obj, string name, string path)
        {
            var value = Property(obj, name);
            if (value is null) return null;
            if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt64(out var n))
            {
                Add(Errors, path, "Must be a whole number of yen.");
                return null;
            }
            if (n < 0) { Add(Errors, path, "Must not be negative."); return null; }
            if (n > 1_000_000_000L) { Add(Errors, path, "Must be at most 1,000,000,000 yen."); return null; }
            return n;
        }

        private string? OneOf(JsonElement obj, string name, string path, IEnumerable<string> allowed)
        {
            var value = Property(obj, name);
            if (value is null) { Add(Errors, path, "Is required."); return null; }
            var text = value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : null;
            if (text is null || !allowed.Contains(text, StringComparer.Ordinal))
            {
                Add(Errors, path, $"Must be one of: {string.Join(", ", allowed)}.");
                return null;
            }
            return text;
        }

        private DateOnly? Date(JsonElement obj, string name, string path)
        {
            var value = Property(obj, name);
            if (value is null) { Add(Errors, path, "Is required."); return null; }
            if (value.Value.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(value.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Add(Errors, path, "Must be a date written yyyy-MM-dd.");
                return null;
            }
            // The synthetic record needs the months to age 70 inside YearMonth's range; a future birth date is refused.
            if (date.Year < YearMonth.MinYear || date > today)
            {
                Add(Errors, path, $"Must be a past date from {YearMonth.MinYear}.");
                return null;
            }
            return date;
        }
    }
}
