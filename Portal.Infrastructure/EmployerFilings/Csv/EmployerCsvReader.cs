using CsvHelper;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;

namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>
/// Reads one uploaded CSV of one notification type in a single streaming pass (CsvHelper over <see cref="CsvInputStream"/>):
/// <list type="number">
/// <item>Row 1, the file record: form code (<see cref="Portal.Domain.Submissions.SubmissionKind.ReceiptCode"/>), 事業所整理記号,
/// 事業所番号, creation date, 3-digit file serial.</item>
/// <item>Row 2, the column headers of the layout (any order; every column present; no unknown column).</item>
/// <item>Rows 3 and on, one employee each, read into the line type and checked by the domain's <c>ValidateLine</c>, then for
/// duplicates (the same person twice).</item>
/// </list>
/// Whole-file problems (size, row count, encoding, file record, headers, broken quoting) refuse the file; everything else
/// is a row issue. Never throws for bad input. Nothing is stored here: the caller saves the result or nothing.
/// </summary>
public static class EmployerCsvReader
{
    /// <summary>Longest record accepted, bytes (guards against an unclosed quote swallowing the file).</summary>
    private const int MaxRecordBytes = 64 * 1024;

    /// <summary>Reads <paramref name="source"/> with the layout of <typeparamref name="TLine"/>.</summary>
    /// <param name="source">The upload, read once from its position; not disposed.</param>
    /// <param name="layout">The notification's layout.</param>
    /// <param name="context">Today and the establishment of the signed-in employer.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="declaredLength">The size the browser declared, to refuse a large file before reading it.</param>
    public static async Task<CsvImportResult<TLine>> ReadAsync<TLine>(Stream source, EmployerCsvLayout<TLine> layout,
        EmployerFilingContext context, EmployerCsvOptions? options = null, long? declaredLength = null,
        CancellationToken cancellationToken = default) where TLine : EmployeeLineBase, new()
    {
        options ??= new EmployerCsvOptions();
        var knownLength = declaredLength ?? (source.CanSeek ? source.Length - source.Position : null);
        if (knownLength > options.MaxBytes) return Refused<TLine>(CsvRefusals.FileTooLarge(options.MaxBytes));
        if (knownLength == 0) return Refused<TLine>(CsvRefusals.EmptyFile);

        var input = new CsvInputStream(source, options.MaxBytes);
        var state = new ReadState<TLine>(layout, context, options);
        try
        {
            var readerOptions = new CsvReaderOptions
            {
                Separator = ',',
                HasHeader = false,
                TrackLineNumbers = true,
                MaxRecordSize = MaxRecordBytes,
                AllowLineBreaksInQuotes = false, // one stray quote cannot swallow the rows after it
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MalformedData = CsvMalformedDataHandling.Skip,
                OnMalformedRecord = m => state.Malformed((int)m.LineNumber),
                PoolStrings = true,
            };
            await using var reader = CsvReader.Create(input, readerOptions, leaveOpen: true);
            while (await reader.ReadAsync(cancellationToken))
            {
                var refusal = state.Record(reader);
                if (refusal is not null) return Refused<TLine>(refusal, input.DetectedEncoding);
            }
        }
        catch (CsvRefusalException e)
        {
            return Refused<TLine>(e.Refusal, input.DetectedEncoding);
        }
        catch (CsvFormatException e)
        {
            return Refused<TLine>(CsvRefusals.Malformed(e.LineNumber > 0 ? e.LineNumber : e.RecordNumber), input.DetectedEncoding);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refused<TLine>(CsvRefusals.Unreadable, input.DetectedEncoding);
        }

        if (input.BytesRead == 0 || state.Stage == 0) return Refused<TLine>(CsvRefusals.EmptyFile, input.DetectedEncoding);
        if (state.Stage == 1) return Refused<TLine>(CsvRefusals.MissingHeader, input.DetectedEncoding);
        if (state.Rows == 0) return Refused<TLine>(CsvRefusals.NoRows, input.DetectedEncoding);
        return state.Result(input.DetectedEncoding ?? "ascii");
    }

    private static CsvImportResult<TLine> Refused<TLine>(CsvRefusal refusal, string? encoding = null) where TLine : EmployeeLineBase =>
        new() { Refusal = refusal, Encoding = encoding };

    private sealed class ReadState<TLine>(EmployerCsvLayout<TLine> layout, EmployerFilingContext context, EmployerCsvOptions options)
        where TLine : EmployeeLineBase, new()
    {
        private readonly List<CsvRowIssue> issues = [];
        private readonly List<(int, TLine)> valid = [];
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
        private readonly HashSet<int> malformedLines = [];
        private CsvColumn?[] columnAt = [];
        private int issueCount;
        private string? officeSymbol, establishmentNumber, serial;
        private DateOnly? createdOn;

        /// <summary>0 before the file record, 1 before the header, 2 in the rows.</summary>
        public int Stage { get; private set; }
        public int Rows { get; private set; }

        public void Malformed(int line)
        {
            malformedLines.Add(line);
            if (Stage == 2) AddIssue(new CsvRowIssue(line, "", CsvRowCodes.MalformedRow.Code, CsvRowCodes.MalformedRow.MessageKey, []));
        }

        public CsvRefusal? Record(CsvReader reader)
        {
            var line = (int)reader.LineNumber;
            var count = reader.FieldCount;
            if (IsBlank(reader, count)) return null;
            switch (Stage)
            {
                case 0:
                    Stage = 1;
                    return FileRecord(reader, count);
                case 1:
                    Stage = 2;
                    return Header(reader, count);
            }

            Rows++;
            if (Rows > options.MaxRows) return CsvRefusals.TooManyRows(options.MaxRows);
            if (Rows == 1 && layout.FileIssues is not null)
                foreach (var issue in layout.FileIssues(context))
                    AddIssue(new CsvRowIssue(0, layout.ColumnFor(issue.Field), issue.Code, issue.MessageKey, issue.Args, issue.Severity));

            if (count != columnAt.Length)
            {
                AddIssue(new CsvRowIssue(line, "", CsvRowCodes.FieldCount.Code, CsvRowCodes.FieldCount.MessageKey,
                    [count.ToString(), columnAt.Length.ToString()]));
                return null;
            }

            var entry = new TLine();
            var hasError = false;
            List<string>? unreadable = null;
            for (var i = 0; i < count; i++)
            {
                var column = columnAt[i]!;
                var rule = column.Set(entry, reader.GetString(i));
                if (rule is null) continue;
                hasError = true;
                (unreadable ??= []).Add(column.Field);
                AddIssue(new CsvRowIssue(line, column.Header, rule.Code, rule.MessageKey, []));
            }

            foreach (var issue in layout.ValidateLine(entry, context))
            {
                // A cell that could not be read stays empty: do not report it again as "required".
                if (unreadable is not null && unreadable.Contains(issue.Field)) continue;
                hasError |= issue.Severity == IssueSeverity.Error;
                AddIssue(new CsvRowIssue(line, layout.ColumnFor(issue.Field), issue.Code, issue.MessageKey, issue.Args, issue.Severity));
            }
            if (layout.DuplicateKey(entry) is { } key)
            {
                if (seen.TryGetValue(key.Value, out var firstRow))
                {
                    hasError = true;
                    AddIssue(new CsvRowIssue(line, layout.ColumnFor(key.Field), FilingRules.DuplicatePerson.Code,
                        FilingRules.DuplicatePerson.MessageKey, [firstRow.ToString()]));
                }
                else
                {
                    seen[key.Value] = line;
                }
            }
            if (!hasError) valid.Add((line, entry));
            return null;
        }

        private CsvRefusal? FileRecord(CsvReader reader, int count)
        {
            if (count < 5) return CsvRefusals.FileRecordInvalid("count");
            var code = IdentifierText.Normalize(reader.GetString(0)).ToUpperInvariant();
            if (code != layout.Kind.ReceiptCode)
                return code.Length == 3 && code.All(char.IsAsciiLetterOrDigit)
                    ? CsvRefusals.WrongKind(layout.Kind.ReceiptCode)
                    : CsvRefusals.FileRecordInvalid("kind");
            officeSymbol = Text(reader.GetString(1));
            establishmentNumber = Text(reader.GetString(2));
            if (officeSymbol is null) return CsvRefusals.FileRecordInvalid("officeSymbol");
            if (establishmentNumber is null) return CsvRefusals.FileRecordInvalid("establishmentNumber");
            if (context.Establishment is { } e && !e.Matches(officeSymbol, establishmentNumber))
                return CsvRefusals.EstablishmentMismatch;
            if (!CsvCells.TryDate(reader.GetString(3) ?? "", out var created)) return CsvRefusals.FileRecordInvalid("createdOn");
            createdOn = created;
            var serialText = IdentifierText.Normalize(reader.GetString(4));
            if (serialText.Length != 3 || !serialText.All(char.IsAsciiDigit)) return CsvRefusals.FileRecordInvalid("serial");
            serial = serialText;
            return null;
        }

        private CsvRefusal? Header(CsvReader reader, int count)
        {
            var byName = new Dictionary<string, CsvColumn>(StringComparer.Ordinal);
            foreach (var column in layout.Columns)
            {
                byName[column.Header] = column;
                byName[column.Field.ToLowerInvariant()] = column;
            }
            columnAt = new CsvColumn?[count];
            var unknown = new List<string>();
            var duplicate = new List<string>();
            var found = new HashSet<CsvColumn>();
            for (var i = 0; i < count; i++)
            {
                var name = IdentifierText.Normalize(reader.GetString(i)).TrimStart('\uFEFF');
                if (!byName.TryGetValue(name, out var column) && !byName.TryGetValue(name.ToLowerInvariant(), out column))
                {
                    unknown.Add(name.Length == 0 ? $"#{i + 1}" : name);
                    continue;
                }
                if (!found.Add(column)) duplicate.Add(column.Header);
                columnAt[i] = column;
            }
            var missing = layout.Columns.Where(c => !found.Contains(c)).Select(c => c.Header).ToList();
            if (missing.Count > 0) return CsvRefusals.MissingColumns(missing);
            if (unknown.Count > 0) return CsvRefusals.UnknownColumns(unknown);
            if (duplicate.Count > 0) return CsvRefusals.DuplicateColumns(duplicate);
            return null;
        }

        private static bool IsBlank(CsvReader reader, int count)
        {
            for (var i = 0; i < count; i++)
                if (!string.IsNullOrWhiteSpace(reader.GetString(i))) return false;
            return true;
        }

        private static string? Text(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

        private void AddIssue(CsvRowIssue issue)
        {
            issueCount++;
            if (issues.Count < options.MaxIssues) issues.Add(issue);
        }

        public CsvImportResult<TLine> Result(string encoding) => new()
        {
            Issues = issues,
            IssueCount = issueCount,
            RowCount = Rows,
            ValidRowCount = valid.Count,
            ValidLines = valid,
            Encoding = encoding,
            OfficeSymbol = officeSymbol,
            EstablishmentNumber = establishmentNumber,
            CreatedOn = createdOn,
            FileSerial = serial,
        };
    }
}
