using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Domain.Identifiers;

namespace Portal.Web.Features.Submissions;

/// <summary>
/// The data of a submission as received, as label/value lines for the screens and the receipt PDF. Labels come from
/// the field-label keys (<c>{Feature}.Field.{path}</c>, list indices dropped); a My Number is always shown masked.
/// </summary>
public static partial class ReceivedData
{
    /// <summary>One line: the JSON path, its label and the value as text.</summary>
    public sealed record Line(string Path, string Label, string Value);

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    /// <summary>The lines of <paramref name="json"/>, in document order, empty values left out.</summary>
    public static IReadOnlyList<Line> Describe(string? json, string labelPrefix, IStringLocalizer localizer)
    {
        var lines = new List<Line>();
        if (string.IsNullOrWhiteSpace(json)) return lines;
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, "", lines, labelPrefix, localizer);
        return lines;
    }

    // A choice is stored by its enum name; show its label. Keyed by the field's last segment.
    private static readonly Dictionary<string, string> OptionEnums = new(StringComparer.Ordinal)
    {
        ["type"] = "ExemptionType", ["event"] = "EnrolmentEvent", ["sex"] = "Sex", ["method"] = "PaymentMethod",
        ["advancePayment"] = "AdvancePayment", ["accountType"] = "AccountType", ["brand"] = "CardBrand",
        ["believedStatus"] = "MonthStatus", ["contact"] = "ContactPreference",
    };

    // Employer filings name their choice labels {prefix}.{Enum}.{value} (EmployerFilings.Sex.Male).
    private static readonly Dictionary<string, string> EmployerEnums = new(StringComparer.Ordinal)
    {
        ["sex"] = "Sex", ["dependantSex"] = "Sex", ["spouseSex"] = "Sex", ["reason"] = "LossReason", ["changeType"] = "DependantChangeType",
        ["relationship"] = "DependantRelationship", ["eventType"] = "Category3EventType",
    };

    private static string? OptionLabel(string prefix, string path, string value, IStringLocalizer localizer)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        if (prefix == "EmployerFilings")
        {
            if (!EmployerEnums.TryGetValue(last, out var employerEnum)) return null;
            var option = localizer[$"{prefix}.{employerEnum}.{value}"];
            return option.ResourceNotFound ? null : option.Value;
        }
        if (!OptionEnums.TryGetValue(last, out var enumName)) return null;
        var text = localizer[$"{prefix}.Option.{enumName}.{value}"];
        return text.ResourceNotFound ? null : text.Value;
    }

    private static void Walk(JsonElement element, string path, List<Line> lines, string prefix, IStringLocalizer localizer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", lines, prefix, localizer);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{i++}]", lines, prefix, localizer);
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                var value = element.ValueKind switch
                {
                    JsonValueKind.True => localizer["Common.Yes"].Value,
                    JsonValueKind.False => localizer["Common.No"].Value,
                    JsonValueKind.String => element.GetString() ?? "",
                    _ => element.GetRawText(),
                };
                if (value.Length == 0) break;
                if (element.ValueKind == JsonValueKind.String && OptionLabel(prefix, path, value, localizer) is { } option)
                    value = option;
                if (path.EndsWith("myNumber", StringComparison.OrdinalIgnoreCase))
                    value = MyNumber.Parse(value) is { IsValid: true } parsed ? parsed.Value.Masked() : "************";
                var key = $"{prefix}.Field.{Index().Replace(path, "")}";
                var label = localizer[key];
                if (label.ResourceNotFound)
                {
                    // Employer payload labels are keyed by the property name alone (EmployerFilings.Field.AprilPay).
                    var segment = Index().Replace(path, "");
                    segment = segment[(segment.LastIndexOf('.') + 1)..];
                    if (segment.Length > 0) label = localizer[$"{prefix}.Field.{char.ToUpperInvariant(segment[0])}{segment[1..]}"];
                }
                var text = label.ResourceNotFound ? path : label.Value;
                var indices = Index().Matches(path).Select(m => int.Parse(m.Value[1..^1]) + 1).ToList();
                if (indices.Count > 0) text = $"{text} ({string.Join(", ", indices)})";
                lines.Add(new Line(path, text, value));
                break;
        }
    }
}
