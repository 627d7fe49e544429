namespace Portal.Domain.Common;

public enum IssueSeverity { Error, Warning }

public sealed record FormIssue(string Field, string Code, string MessageKey, IssueSeverity Severity, IReadOnlyList<string> Args);
