using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;

namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>
/// One problem in an uploaded CSV: the row as a spreadsheet numbers it (the file record is row 1, the column header
/// row 2, the first employee row 3), the column header it is about (empty for the whole row), a stable code and the
/// message key with its arguments. Never carries a cell value, so never a My Number.
/// </summary>
public sealed record CsvRowIssue(int Row, string Column, string Code, string MessageKey, IReadOnlyList<string> Args,
    IssueSeverity Severity = IssueSeverity.Error);

/// <summary>Why a whole file is refused: a code, a message key and its arguments.</summary>
public sealed record CsvRefusal(string Code, string MessageKey, IReadOnlyList<string> Args);

/// <summary>The whole-file refusals.</summary>
public static class CsvRefusals
{
    public static CsvRefusal FileTooLarge(long maxBytes) => new("file_too_large", "EmployerFilings.Csv.FileTooLarge", [(maxBytes / (1024 * 1024)).ToString()]);
    public static CsvRefusal TooManyRows(int maxRows) => new("too_many_rows", "EmployerFilings.Csv.TooManyRows", [maxRows.ToString()]);
    public static readonly CsvRefusal EmptyFile = new("empty_file", "EmployerFilings.Csv.EmptyFile", []);
    public static readonly CsvRefusal NoRows = new("no_rows", "EmployerFilings.Csv.NoRows", []);
    public static readonly CsvRefusal UnknownEncoding = new("unknown_encoding", "EmployerFilings.Csv.UnknownEncoding", []);
    public static readonly CsvRefusal MixedEncoding = new("mixed_encoding", "EmployerFilings.Csv.MixedEncoding", []);
    public static readonly CsvRefusal UnsupportedEncoding = new("unsupported_encoding", "EmployerFilings.Csv.UnsupportedEncoding", []);
    public static CsvRefusal FileRecordInvalid(string field) => new("file_record_invalid", "EmployerFilings.Csv.FileRecordInvalid", [field]);
    public static CsvRefusal WrongKind(string expected) => new("wrong_kind", "EmployerFilings.Csv.WrongKind", [expected]);
    public static readonly CsvRefusal EstablishmentMismatch = new("establishment_mismatch", "EmployerFilings.Csv.EstablishmentMismatch", []);
    public static readonly CsvRefusal MissingHeader = new("missing_header", "EmployerFilings.Csv.MissingHeader", []);
    public static CsvRefusal MissingColumns(IEnumerable<string> columns) => new("missing_column", "EmployerFilings.Csv.MissingColumn", [string.Join("、", columns)]);
    public static CsvRefusal UnknownColumns(IEnumerable<string> columns) => new("unknown_column", "EmployerFilings.Csv.UnknownColumn", [string.Join("、", columns)]);
    public static CsvRefusal DuplicateColumns(IEnumerable<string> columns) => new("duplicate_column", "EmployerFilings.Csv.DuplicateColumn", [string.Join("、", columns)]);
    public static CsvRefusal Malformed(long row) => new("malformed_csv", "EmployerFilings.Csv.Malformed", [row.ToString()]);
    public static readonly CsvRefusal Unreadable = new("unreadable", "EmployerFilings.Csv.Unreadable", []);
}

/// <summary>Row-level CSV codes (the others come from the domain rules, <see cref="FilingRules"/>).</summary>
public static class CsvRowCodes
{
    public static readonly FilingRule FieldCount = new("field_count", "EmployerFilings.Csv.FieldCount");
    public static readonly FilingRule MalformedRow = new("malformed_row", "EmployerFilings.Csv.MalformedRow");
}

/// <summary>Limits of a CSV upload (configurable: <c>EmployerFilings:Csv</c>).</summary>
public sealed class EmployerCsvOptions
{
    /// <summary>Largest file accepted, bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Most employee rows accepted (default 20,000).</summary>
    public int MaxRows { get; set; } = 20_000;
    /// <summary>Most row issues kept (the count goes on; the grid and report show the first ones).</summary>
    public int MaxIssues { get; set; } = 10_000;
}

/// <summary>The outcome of reading one CSV: a refusal, or the valid lines plus the row issues.</summary>
public class CsvImportResult
{
    /// <summary>Set when the whole file is refused; then there are no lines and nothing may be saved.</summary>
    public CsvRefusal? Refusal { get; init; }
    /// <summary>Row issues (errors and warnings), in file order, at most <see cref="EmployerCsvOptions.MaxIssues"/>.</summary>
    public IReadOnlyList<CsvRowIssue> Issues { get; init; } = [];
    /// <summary>All issues found, including those beyond the kept ones.</summary>
    public int IssueCount { get; init; }
    /// <summary>Employee rows read (blank rows not counted).</summary>
    public int RowCount { get; init; }
    /// <summary>Rows with no error.</summary>
    public int ValidRowCount { get; init; }
    /// <summary>The encoding found: <c>utf-8</c>, <c>shift_jis</c> or <c>ascii</c>.</summary>
    public string? Encoding { get; init; }
    /// <summary>事業所整理記号 from the file record.</summary>
    public string? OfficeSymbol { get; init; }
    /// <summary>事業所番号 from the file record.</summary>
    public string? EstablishmentNumber { get; init; }
    /// <summary>Creation date from the file record.</summary>
    public DateOnly? CreatedOn { get; init; }
    /// <summary>3-digit file serial from the file record.</summary>
    public string? FileSerial { get; init; }

    /// <summary>True when the file is refused.</summary>
    public bool IsRefused => Refusal is not null;
    /// <summary>True when some row has an error (the default policy then rejects the whole file; the employer may choose to file the valid rows).</summary>
    public bool HasRowErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}

/// <summary>The outcome with the typed valid lines.</summary>
public sealed class CsvImportResult<TLine> : CsvImportResult where TLine : EmployeeLineBase
{
    /// <summary>The lines of the rows without errors (empty when refused), with their spreadsheet row numbers.</summary>
    public IReadOnlyList<(int Row, TLine Line)> ValidLines { get; init; } = [];
}
