using System.Text;
using Portal.Domain.Common;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Tests.TestSupport;

namespace Portal.Tests.EmployerFilings;

public sealed class CsvErrorReport_Write
{
    private static string Message(string key, IReadOnlyList<string> args) =>
        string.Format(UiResources.Japanese[key], args.ToArray<object>());

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+81-3-0000")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1)")]
    public async Task CellsBeginningWithFormulaCharactersComeBackNeutralised(string hostile)
    {
        // A column header typed by the employer is echoed in the report: it must not run as a formula.
        var result = new CsvImportResult
        {
            Issues = [new CsvRowIssue(3, hostile, "date_format", "EmployerFilings.Error.DateFormat", [])],
        };
        using var stream = new MemoryStream();
        await CsvErrorReport.WriteAsync(stream, result, (key, args) => hostile);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("," + hostile, text.Replace("\"", ""));
        Assert.Contains("'" + hostile.Replace("\"", "\"\""), text);
    }

    [Fact]
    public async Task ARefusalIsOneRowAndRowsCarryNoValues()
    {
        using var stream = new MemoryStream();
        await CsvErrorReport.WriteAsync(stream, new CsvImportResult { Refusal = CsvRefusals.MissingColumns(["氏名"]) }, Message);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal("\uFEFF行,列,コード,重要度,内容\r\n0,,missing_column,エラー,必要な列がありません: 氏名\r\n", text);

        stream.SetLength(0);
        var result = new CsvImportResult
        {
            Issues =
            [
                new CsvRowIssue(4, "個人番号", "check_digit", "Identifier.MyNumber.CheckDigit", []),
                new CsvRowIssue(5, "賞与額_通貨", "bonus_capped", "EmployerFilings.Warning.BonusCapped", ["1500000"], IssueSeverity.Warning),
            ],
        };
        await CsvErrorReport.WriteAsync(stream, result, Message);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");
        Assert.StartsWith("4,個人番号,check_digit,エラー,", lines[1]);
        Assert.StartsWith("5,賞与額_通貨,bonus_capped,警告,", lines[2]);
    }

    [Fact]
    public void EveryCsvRefusalAndRowCodeHasMessagesInBothLanguages()
    {
        var keys = new[]
        {
            CsvRefusals.FileTooLarge(1), CsvRefusals.TooManyRows(1), CsvRefusals.EmptyFile, CsvRefusals.NoRows, CsvRefusals.UnknownEncoding,
            CsvRefusals.MixedEncoding, CsvRefusals.UnsupportedEncoding, CsvRefusals.FileRecordInvalid("x"), CsvRefusals.WrongKind("x"),
            CsvRefusals.EstablishmentMismatch, CsvRefusals.MissingHeader, CsvRefusals.MissingColumns(["x"]), CsvRefusals.UnknownColumns(["x"]),
            CsvRefusals.DuplicateColumns(["x"]), CsvRefusals.Malformed(1), CsvRefusals.Unreadable,
        }.Select(r => r.MessageKey).Concat([CsvRowCodes.FieldCount.MessageKey, CsvRowCodes.MalformedRow.MessageKey]);
        Assert.Empty(UiResources.MissingOrEmpty(keys));
        foreach (var layout in EmployerCsvLayouts.All)
            Assert.Empty(UiResources.MissingOrEmpty(layout.Columns.Select(c => "EmployerFilings.Field." + char.ToUpperInvariant(c.Field[0]) + c.Field[1..])));
    }
}
