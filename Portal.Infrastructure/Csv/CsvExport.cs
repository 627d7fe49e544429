using CsvHelper;

namespace Portal.Infrastructure.Csv;

/// <summary>
/// Every CSV the portal hands to a person: UTF-8 with a byte-order mark (so spreadsheet software in Japan reads it
/// as UTF-8), and text cells that start with <c>= + - @</c>, tab or CR escaped with <c>'</c> so a spreadsheet shows
/// them as text instead of running them as formulas (CsvHelper's injection protection).
/// </summary>
public static class CsvExport
{
    public static CsvWriterOptions Options => new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static async Task WriteAsync(Stream destination, IReadOnlyList<string> header,
        IEnumerable<string?[]> rows, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
        foreach (var row in rows)
            await csv.WriteRecordAsync(row, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}
