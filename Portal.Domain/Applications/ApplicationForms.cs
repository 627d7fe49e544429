using Portal.Domain.Common;
using System.Text.Json;
using Portal.Domain.Submissions;

namespace Portal.Domain.Applications;

/// <summary>
/// One entry point over the six citizen forms: reads a draft or submitted payload (JSON, <see cref="JsonSerializerDefaults.Web"/>,
/// camelCase) and dispatches to the form's rules. Never throws for a payload a user produced.
/// </summary>
public static class ApplicationForms
{
    /// <summary>The serializer options every payload uses (web defaults: camelCase, case-insensitive read).</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The citizen kinds that have form rules here.</summary>
    public static IReadOnlyList<SubmissionKind> Kinds { get; } =
    [
        SubmissionKind.Exemption, SubmissionKind.StudentDeferral, SubmissionKind.MaternityExemption,
        SubmissionKind.Enrolment, SubmissionKind.AdditionalPremium, SubmissionKind.PaymentSetup,
    ];

    /// <summary>True when <paramref name="kind"/> has form rules here.</summary>
    public static bool Supports(SubmissionKind kind) => Kinds.Contains(kind);

    /// <summary>The payload class of a kind.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Kinds"/>.</exception>
    public static Type PayloadType(SubmissionKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == SubmissionKind.Exemption) return typeof(ExemptionApplication);
        if (kind == SubmissionKind.StudentDeferral) return typeof(StudentDeferralApplication);
        if (kind == SubmissionKind.MaternityExemption) return typeof(MaternityExemptionApplication);
        if (kind == SubmissionKind.Enrolment) return typeof(EnrolmentApplication);
        if (kind == SubmissionKind.AdditionalPremium) return typeof(AdditionalPremiumApplication);
        if (kind == SubmissionKind.PaymentSetup) return typeof(PaymentSetupApplication);
        throw new ArgumentException($"No citizen form rules for '{kind.Code}'.", nameof(kind));
    }

    /// <summary>Serialises a payload as the draft and submission store it.</summary>
    public static string Serialize<T>(T payload) where T : class => JsonSerializer.Serialize(payload, SerializerOptions);

    /// <summary>Reads a payload; null with the issue when the JSON cannot be read. Never throws for bad JSON.</summary>
    public static T? Deserialize<T>(string? json, out FormIssue? issue) where T : class
    {
        var result = Read(typeof(T), json, out issue);
        return (T?)result;
    }

    /// <summary>A new draft of the kind, prefilled from the facts (see each form's <c>Prefill</c>), as an object.</summary>
    public static object Prefill(SubmissionKind kind, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == SubmissionKind.Exemption) return ExemptionRules.Prefill(facts, today);
        if (kind == SubmissionKind.StudentDeferral) return StudentDeferralRules.Prefill(facts, today);
        if (kind == SubmissionKind.MaternityExemption) return MaternityRules.Prefill(facts, today);
        if (kind == SubmissionKind.Enrolment) return EnrolmentRules.Prefill(facts, today);
        if (kind == SubmissionKind.AdditionalPremium) return AdditionalPremiumRules.Prefill(facts, today);
        if (kind == SubmissionKind.PaymentSetup) return PaymentSetupRules.Prefill(facts, today);
        throw new ArgumentException($"No citizen form rules for '{kind.Code}'.", nameof(kind));
    }

    /// <summary>
    /// Applies the form's data minimisation (<see cref="ExemptionRules.Minimise"/>, <see cref="PaymentSetupRules.Minimise"/>;
    /// the other forms hold nothing conditional) and returns the payload.
    /// </summary>
    public static object Minimise(object payload) => payload switch
    {
        ExemptionApplication a => ExemptionRules.Minimise(a),
        PaymentSetupApplication a => PaymentSetupRules.Minimise(a),
        null => throw new ArgumentNullException(nameof(payload)),
        _ => payload,
    };

    /// <summary>
    /// Reads <paramref name="json"/> as the kind's payload and runs its rules. A kind without rules, or JSON that cannot
    /// be read, gives one error (<c>unsupported_kind</c> / <c>malformed</c>, with the JSON path as the field when known).
    /// </summary>
    public static IReadOnlyList<FormIssue> Validate(SubmissionKind kind, string? json, ApplicantFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(facts);
        if (!Supports(kind))
            return [new FormIssue("", IssueCodes.UnsupportedKind, ApplicationMessageKeys.UnsupportedKind, IssueSeverity.Error, [kind.Code])];
        var payload = Read(PayloadType(kind), json, out var issue);
        if (payload is null) return [issue!];
        return payload switch
        {
            ExemptionApplication a => ExemptionRules.Validate(a, facts, today),
            StudentDeferralApplication a => StudentDeferralRules.Validate(a, facts, today),
            MaternityExemptionApplication a => MaternityRules.Validate(a, facts, today),
            EnrolmentApplication a => EnrolmentRules.Validate(a, facts, today),
            AdditionalPremiumApplication a => AdditionalPremiumRules.Validate(a, facts, today),
            PaymentSetupApplication a => PaymentSetupRules.Validate(a, facts, today),
            _ => throw new InvalidOperationException("Unreachable: every supported kind is dispatched."),
        };
    }

    /// <summary>The duplicate-rule key of the payload, or null (unsupported kind, unreadable JSON or key fields missing).</summary>
    public static string? BusinessKey(SubmissionKind kind, string? json, ApplicantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(facts);
        if (!Supports(kind)) return null;
        return Read(PayloadType(kind), json, out _) switch
        {
            ExemptionApplication a => ExemptionRules.BusinessKey(a, facts),
            StudentDeferralApplication a => StudentDeferralRules.BusinessKey(a, facts),
            MaternityExemptionApplication a => MaternityRules.BusinessKey(a, facts),
            EnrolmentApplication a => EnrolmentRules.BusinessKey(a, facts),
            AdditionalPremiumApplication a => AdditionalPremiumRules.BusinessKey(a, facts),
            PaymentSetupApplication a => PaymentSetupRules.BusinessKey(a, facts),
            _ => null,
        };
    }

    private static object? Read(Type type, string? json, out FormIssue? issue)
    {
        issue = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            issue = Malformed("");
            return null;
        }
        try
        {
            var value = JsonSerializer.Deserialize(json, type, SerializerOptions);
            if (value is null) issue = Malformed("");
            return value;
        }
        catch (JsonException e)
        {
            issue = Malformed(FieldOf(e.Path));
            return null;
        }
        catch (NotSupportedException)
        {
            issue = Malformed("");
            return null;
        }
    }

    private static FormIssue Malformed(string field) =>
        new(field, IssueCodes.Malformed, ApplicationMessageKeys.Malformed, IssueSeverity.Error, []);

    /// <summary><c>$.period.start</c> → <c>period.start</c>; <c>$</c> or null → <c>""</c>.</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
