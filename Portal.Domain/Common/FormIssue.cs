namespace Portal.Domain.Common;

/// <summary>How serious a <see cref="FormIssue"/> is: an error blocks submission, a warning does not.</summary>
public enum IssueSeverity { Error, Warning }

/// <summary>
/// One problem found in a form (入力チェック結果): the dotted camelCase JSON path of the field
/// (<c>lines[2].aprilPay</c>), a stable code, the resource key of the message, its severity and the message arguments.
/// Arguments never contain a My Number.
/// </summary>
public sealed record FormIssue(string Field, string Code, string MessageKey, IssueSeverity Severity, IReadOnlyList<string> Args);
