using System.Globalization;
using CsvHelper;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Infrastructure.Csv;

namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>The downloadable template of a layout: the file record and the column headers, UTF-8 with a byte-order mark.</summary>
public static class EmployerCsvTemplates
{
    /// <summary>File name offered for download, e.g. <c>template-employer.annual-base-report.csv</c>.</summary>
    public static string FileName(IEmployerCsvLayout layout) => $"template-{layout.Kind.Code}.csv";

    /// <summary>
    /// Writes the template: row 1 the file record (form code, the establishment's symbol and number, or placeholders,
    /// <paramref name="today"/>, serial 001), row 2 the headers. Cells are formula-neutralised like every CSV the portal writes.
    /// </summary>
    public static async Task WriteAsync(Stream destination, IEmployerCsvLayout layout, EstablishmentFacts? establishment,
        DateOnly today, CancellationToken cancellationToken = default)
    {
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        await csv.WriteRecordAsync(
        [
            layout.Kind.ReceiptCode,
            establishment?.OfficeSymbol ?? "00-アイウ",
            establishment?.EstablishmentNumber ?? "00000",
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "001",
        ], cancellationToken);
        await csv.WriteRecordAsync(layout.Columns.Select(c => c.Header).ToArray(), cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}

/// <summary>
/// The error report an employer downloads: one row per issue (row, column, code, severity, message), written through
/// <see cref="CsvExport"/> so that a cell beginning with <c>= + - @</c> comes back neutralised. It never holds a cell
/// value, so never a My Number.
/// </summary>
public static class CsvErrorReport
{
    /// <summary>Default (Japanese) column headers: 行, 列, コード, 重要度, 内容.</summary>
    public static IReadOnlyList<string> DefaultHeader { get; } = ["行", "列", "コード", "重要度", "内容"];

    /// <summary>Writes the report.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="result">The import result (a refusal gives one row 0).</param>
    /// <param name="message">The message text for a key and its arguments (the web passes its localiser).</param>
    /// <param name="header">Localised headers; null for <see cref="DefaultHeader"/>.</param>
    /// <param name="severity">Localised severity names; null for エラー / 警告.</param>
    public static Task WriteAsync(Stream destination, CsvImportResult result, Func<string, IReadOnlyList<string>, string> message,
        IReadOnlyList<string>? header = null, Func<IssueSeverity, string>? severity = null, CancellationToken cancellationToken = default)
    {
        severity ??= s => s == IssueSeverity.Error ? "エラー" : "警告";
        IEnumerable<string?[]> rows = result.Refusal is { } refusal
            ? [["0", "", refusal.Code, severity(IssueSeverity.Error), message(refusal.MessageKey, refusal.Args)]]
            : result.Issues.Select(i => new string?[]
            {
                i.Row.ToString(CultureInfo.InvariantCulture), i.Column, i.Code, severity(i.Severity), message(i.MessageKey, i.Args),
            });
        return CsvExport.WriteAsync(destination, header ?? DefaultHeader, rows, cancellationToken);
    }
}

/// <summary>Entry point by kind for the web: reads with the right layout and builds the filing payload from the valid rows.</summary>
public static class EmployerCsvImport
{
    /// <summary>Reads an upload for <paramref name="kind"/>; null when the kind has no layout.</summary>
    public static async Task<CsvImportResult?> ReadAsync(Portal.Domain.Submissions.SubmissionKind kind, Stream source,
        EmployerFilingContext context, EmployerCsvOptions? options = null, long? declaredLength = null, CancellationToken cancellationToken = default) =>
        EmployerCsvLayouts.For(kind) switch
        {
            EmployerCsvLayout<AcquisitionLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<LossLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<AnnualBaseReportLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<MonthlyChangeLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<BonusReportLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<DependantChangeLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            EmployerCsvLayout<Category3NotificationLine> l => await EmployerCsvReader.ReadAsync(source, l, context, options, declaredLength, cancellationToken),
            _ => null,
        };

    /// <summary>
    /// The filing payload of the valid rows (establishment from the file record), ready for
    /// <see cref="EmployerForms.Validate(Portal.Domain.Submissions.SubmissionKind, string, EmployerFilingContext)"/> and storage;
    /// null when the file was refused.
    /// </summary>
    public static EmployerFilingBase? ToFiling(CsvImportResult result, EmployerFilingContext context)
    {
        if (result.IsRefused) return null;
        EmployerFilingBase? filing = result switch
        {
            CsvImportResult<AcquisitionLine> r => new AcquisitionFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<LossLine> r => new LossFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<AnnualBaseReportLine> r => new AnnualBaseReportFiling { Year = context.EffectiveReportYear, Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<MonthlyChangeLine> r => new MonthlyChangeFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<BonusReportLine> r => new BonusReportFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<DependantChangeLine> r => new DependantChangeFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            CsvImportResult<Category3NotificationLine> r => new Category3NotificationFiling { Lines = r.ValidLines.Select(v => v.Line).ToList() },
            _ => null,
        };
        if (filing is null) return null;
        filing.OfficeSymbol = result.OfficeSymbol;
        filing.EstablishmentNumber = result.EstablishmentNumber;
        return filing;
    }
}
