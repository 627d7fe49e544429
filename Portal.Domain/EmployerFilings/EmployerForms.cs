using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.Submissions;

namespace Portal.Domain.EmployerFilings;

/// <summary>One entry point for the seven employer notifications: payload type and validation by <see cref="SubmissionKind"/>.</summary>
public static class EmployerForms
{
    /// <summary>The JSON options of every payload (camelCase, enums as strings).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The seven kinds, in DOMAIN §7 order.</summary>
    public static IReadOnlyList<SubmissionKind> Kinds { get; } =
    [
        SubmissionKind.Acquisition, SubmissionKind.Loss, SubmissionKind.AnnualBaseReport, SubmissionKind.MonthlyChange,
        SubmissionKind.BonusReport, SubmissionKind.DependantChange, SubmissionKind.Category3Notification,
    ];

    /// <summary>The payload class of a kind, or null for a kind that is not an employer notification.</summary>
    public static Type? PayloadType(SubmissionKind kind) => kind.Name switch
    {
        nameof(SubmissionKind.Acquisition) => typeof(AcquisitionFiling),
        nameof(SubmissionKind.Loss) => typeof(LossFiling),
        nameof(SubmissionKind.AnnualBaseReport) => typeof(AnnualBaseReportFiling),
        nameof(SubmissionKind.MonthlyChange) => typeof(MonthlyChangeFiling),
        nameof(SubmissionKind.BonusReport) => typeof(BonusReportFiling),
        nameof(SubmissionKind.DependantChange) => typeof(DependantChangeFiling),
        nameof(SubmissionKind.Category3Notification) => typeof(Category3NotificationFiling),
        _ => null,
    };

    /// <summary>Validates a payload in JSON with only today's date known (the establishment reference is not compared).</summary>
    public static IReadOnlyList<FormIssue> Validate(SubmissionKind kind, string json, DateOnly today) =>
        Validate(kind, json, new EmployerFilingContext(today));

    /// <summary>Validates a payload in JSON. Never throws for bad input: a payload that does not parse gives <c>payload_invalid</c>.</summary>
    public static IReadOnlyList<FormIssue> Validate(SubmissionKind kind, string json, EmployerFilingContext context)
    {
        if (PayloadType(kind) is not { } type) return [FilingRules.UnknownKind.Error("")];
        object? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json ?? "", type, JsonOptions);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return [FilingRules.PayloadInvalid.Error("")];
        }
        return payload switch
        {
            AcquisitionFiling f => AcquisitionRules.Validate(f, context),
            LossFiling f => LossRules.Validate(f, context),
            AnnualBaseReportFiling f => AnnualBaseReportRules.Validate(f, context),
            MonthlyChangeFiling f => MonthlyChangeRules.Validate(f, context),
            BonusReportFiling f => BonusReportRules.Validate(f, context),
            DependantChangeFiling f => DependantChangeRules.Validate(f, context),
            Category3NotificationFiling f => Category3NotificationRules.Validate(f, context),
            _ => [FilingRules.PayloadInvalid.Error("")],
        };
    }
}
