using System.Text;
using BenchmarkDotNet.Attributes;
using Portal.Domain.EmployerFilings;
using Portal.Domain.Identifiers;
using Portal.Infrastructure.EmployerFilings.Csv;

namespace Portal.Benchmarks;

/// <summary>
/// Issue target: a 10,000-row 算定基礎届 CSV parsed and validated (and staged, which the integrator adds) in under 2 s.
/// The file is built once in memory: 10,000 distinct employees with kanji names, My Numbers with valid check digits and
/// April–June pay, in UTF-8 (with BOM) and in Shift_JIS.
/// </summary>
[MemoryDiagnoser]
public class EmployerFilingsBenchmarks
{
    public const int Rows = 10_000;
    private static readonly EmployerFilingContext Context =
        new(new DateOnly(2026, 7, 6), new EstablishmentFacts("12-アイウ", "12345"), ReportYear: 2026);

    private byte[] utf8 = [];
    private byte[] shiftJis = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = AnnualBaseCsv(Rows);
        utf8 = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        shiftJis = Encoding.GetEncoding(932).GetBytes(text);
        var check = ReadAsync(utf8).GetAwaiter().GetResult();
        if (check.IsRefused || check.ValidRowCount != Rows)
            throw new InvalidOperationException($"Fixture is not clean: {check.Refusal?.Code}, {check.ValidRowCount} valid, first issue {check.Issues.FirstOrDefault()}");
    }

    /// <summary>Parse + validate 10,000 rows from UTF-8.</summary>
    [Benchmark]
    public async Task<int> AnnualBase10000RowsUtf8() => (await ReadAsync(utf8)).ValidRowCount;

    /// <summary>Parse + validate 10,000 rows from Shift_JIS (transcoded while streaming).</summary>
    [Benchmark]
    public async Task<int> AnnualBase10000RowsShiftJis() => (await ReadAsync(shiftJis)).ValidRowCount;

    private static Task<CsvImportResult<AnnualBaseReportLine>> ReadAsync(byte[] bytes) =>
        EmployerCsvReader.ReadAsync(new MemoryStream(bytes, writable: false), EmployerCsvLayouts.AnnualBaseReport, Context);

    /// <summary>The CSV text of <paramref name="rows"/> distinct, valid employees.</summary>
    public static string AnnualBaseCsv(int rows)
    {
        string[] family = ["年金", "厚生", "保険", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本"];
        string[] given = ["太郎", "花子", "次郎", "一郎", "桜", "葵", "翔太", "陽菜", "大輔", "美咲"];
        var builder = new StringBuilder(rows * 120);
        builder.Append("ABR,12-アイウ,12345,2026-07-06,001\r\n");
        builder.AppendJoin(',', EmployerCsvLayouts.AnnualBaseReport.Columns.Select(c => c.Header)).Append("\r\n");
        for (var i = 1; i <= rows; i++)
        {
            var first11 = (40_000_000_000L + i * 7L).ToString("D11");
            var myNumber = first11 + MyNumber.ComputeCheckDigit(first11);
            var pay = 150_000 + i % 400 * 1_000;
            builder.Append(i).Append(',')
                .Append(family[i % 10]).Append(' ').Append(given[i / 10 % 10]).Append(',')
                .Append("1980-04-01,").Append(myNumber).Append(",,")
                .Append("300000,2015-04-01,,0,")
                .Append(pay).Append(",30,").Append(pay + 2_000).Append(",31,").Append(pay + 1_000).Append(",30,0,\r\n");
        }
        return builder.ToString();
    }
}
