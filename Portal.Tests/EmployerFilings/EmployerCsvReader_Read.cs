using System.Diagnostics;
using System.Text;
using Portal.Domain.Common;
using Portal.Domain.EmployerFilings;
using Portal.Infrastructure.EmployerFilings.Csv;
using Portal.Tests.TestSupport;
using static Portal.Tests.EmployerFilings.FilingTestData;

namespace Portal.Tests.EmployerFilings;

public sealed class EmployerCsvReader_Read
{
    private const string FileRecord = "ABR,12-アイウ,12345,2026-07-06,001";
    private static readonly string Header = string.Join(",", EmployerCsvLayouts.AnnualBaseReport.Columns.Select(c => c.Header));
    private static readonly Encoding Cp932;

    static EmployerCsvReader_Read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp932 = Encoding.GetEncoding(932);
    }

    /// <summary>An annual-base row: reference, name, then valid pay data.</summary>
    private static string Row(string reference, string name = "年金 太郎", string since = "2010-04-01", string aprilDays = "30") =>
        $"{reference},{name},1970-04-01,,,300000,{since},,0,310000,{aprilDays},305000,31,320000,30,0,";

    private static string Csv(params string[] rows) => string.Join("\r\n", [FileRecord, Header, .. rows]) + "\r\n";

    private static Task<CsvImportResult<AnnualBaseReportLine>> ReadAsync(byte[] bytes, EmployerCsvOptions? options = null) =>
        EmployerCsvReader.ReadAsync(new MemoryStream(bytes), EmployerCsvLayouts.AnnualBaseReport, Context, options);

    private static byte[] Utf8Bom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static void Refused(CsvImportResult result, string code)
    {
        Assert.True(result.IsRefused, $"expected refusal {code}");
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Empty(((dynamic)result).ValidLines);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public async Task Utf8WithAndWithoutByteOrderMarkAndShiftJisGiveTheSameLines()
    {
        var text = Csv(Row("1"), Row("2", "厚生 花子"));
        var results = new[]
        {
            await ReadAsync(Utf8Bom(text)),
            await ReadAsync(Encoding.UTF8.GetBytes(text)),
            await ReadAsync(Cp932.GetBytes(text)),
        };
        Assert.Equal(["utf-8", "utf-8", "shift_jis"], results.Select(r => r.Encoding));
        foreach (var result in results)
        {
            Assert.False(result.IsRefused);
            Assert.Empty(result.Issues);
            Assert.Equal(2, result.ValidRowCount);
            Assert.Equal("厚生 花子", result.ValidLines[1].Line.Name);
            Assert.Equal(4, result.ValidLines[1].Row); // spreadsheet row: file record 1, header 2
            Assert.Equal("12-アイウ", result.OfficeSymbol);
            Assert.Equal("001", result.FileSerial);
        }
    }

    [Fact]
    public async Task AShiftJisFileWithAUtf8LineIsRefusedAsMixed()
    {
        var bytes = Cp932.GetBytes(Csv(Row("1"))).Concat(Encoding.UTF8.GetBytes(Row("2", "厚生 花子") + "\r\n")).ToArray();
        Refused(await ReadAsync(bytes), "mixed_encoding");
    }

    [Fact]
    public async Task AUtf8FileWithAShiftJisLineIsRefusedAsMixed()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(Row("1"))).Concat(Cp932.GetBytes(Row("2", "厚生 花子") + "\r\n")).ToArray();
        Refused(await ReadAsync(bytes), "mixed_encoding");
    }

    [Fact]
    public async Task BytesThatAreNeitherEncodingAreRefused()
    {
        var bytes = Encoding.ASCII.GetBytes(Csv(Row("1"))).Concat(new byte[] { 0x82, 0x20, 0x82, 0x20, 0x82, 0x20, 0x82, 0x20, 0x0D, 0x0A }).ToArray();
        Refused(await ReadAsync(bytes), "unknown_encoding");
        Refused(await ReadAsync([0xFF, 0xFE, 0x41, 0x00]), "unsupported_encoding"); // UTF-16
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x0D, 0x0A, 0x0D, 0x0A })]
    public async Task AnEmptyFileIsRefused(byte[] bytes) => Refused(await ReadAsync(bytes), "empty_file");

    [Fact]
    public async Task AFileWithoutRowsOrHeaderIsRefused()
    {
        Refused(await ReadAsync(Utf8Bom(FileRecord + "\r\n")), "missing_header");
        Refused(await ReadAsync(Utf8Bom(Csv())), "no_rows");
        Refused(await ReadAsync(Utf8Bom(Csv(",,,,,,,,,,,,,,,,", ""))), "no_rows"); // blank spreadsheet rows are not rows
    }

    [Fact]
    public async Task AMissingColumnRefusesTheFileAndNamesIt()
    {
        var header = Header.Replace(",5月支払基礎日数", "");
        var text = string.Join("\r\n", FileRecord, header, Row("1"));
        var result = await ReadAsync(Utf8Bom(text));
        Refused(result, "missing_column");
        Assert.Equal(["5月支払基礎日数"], result.Refusal!.Args);
    }

    [Fact]
    public async Task ExtraColumnsRefuseTheFileAndRowsWithExtraFieldsAreRowErrors()
    {
        var result = await ReadAsync(Utf8Bom(string.Join("\r\n", FileRecord, Header + ",部署", Row("1") + ",総務")));
        Refused(result, "unknown_column");
        Assert.Equal(["部署"], result.Refusal!.Args);

        result = await ReadAsync(Utf8Bom(Csv(Row("1") + ",余分", Row("2"))));
        Assert.False(result.IsRefused);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((3, "", "field_count"), (issue.Row, issue.Column, issue.Code));
        Assert.Equal(["18", "17"], issue.Args);
        Assert.Equal("2", Assert.Single(result.ValidLines).Line.InsuredReference);
    }

    [Fact]
    public async Task HeadersInAnyOrderOrAsJsonFieldNamesAreAccepted()
    {
        var columns = EmployerCsvLayouts.AnnualBaseReport.Columns.Reverse().ToList();
        var header = string.Join(",", columns.Select((c, i) => i % 2 == 0 ? c.Header : c.Field));
        var values = Row("1").Split(',').AsEnumerable().Reverse();
        var result = await ReadAsync(Utf8Bom(string.Join("\r\n", FileRecord, header, string.Join(",", values))));
        Assert.Empty(result.Issues);
        Assert.Equal(310_000, Assert.Single(result.ValidLines).Line.AprilPay);
    }

    [Fact]
    public async Task DatesInTheWrongFormatAreRowErrorsOnTheirColumn()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1", since: "01/04/2010"), Row("2", since: "令和2年4月1日"), Row("3", since: "2010/4/1"), Row("4", since: "２０１０－０４－０１"))));
        Assert.Equal([(3, "資格取得年月日", "date_format"), (4, "資格取得年月日", "date_format")],
            result.Issues.Select(i => (i.Row, i.Column, i.Code)));
        Assert.Equal(["3", "4"], result.ValidLines.Select(v => v.Line.InsuredReference));
    }

    [Fact]
    public async Task HalfWidthKatakanaAndMachineDependentCharactersAreRowErrors()
    {
        var text = Csv(Row("1", "ﾈﾝｷﾝ ﾀﾛｳ"), Row("2", "年金 太郎①"), Row("3", "㈱年金"), Row("4", "髙橋 一"));
        foreach (var bytes in new[] { Utf8Bom(text), Cp932.GetBytes(text) }) // CP932 can carry them all: the rules still refuse them
        {
            var result = await ReadAsync(bytes);
            Assert.Equal([(3, "氏名", "half_width_kana"), (4, "氏名", "machine_dependent"), (5, "氏名", "machine_dependent"), (6, "氏名", "machine_dependent")],
                result.Issues.Select(i => (i.Row, i.Column, i.Code)));
            Assert.Empty(result.ValidLines);
            Assert.Equal(4, result.RowCount);
        }
    }

    [Fact]
    public async Task TheSamePersonTwiceIsARowErrorOnTheSecondRow()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1"), Row("2"), Row("００１"), Row("1"))));
        Assert.Equal([(5, "被保険者整理番号", "duplicate_person"), (6, "被保険者整理番号", "duplicate_person")],
            result.Issues.Select(i => (i.Row, i.Column, i.Code)));
        Assert.All(result.Issues, i => Assert.Equal(["3"], i.Args));
        Assert.Equal(2, result.ValidRowCount);
    }

    [Fact]
    public async Task DomainRulesRunOnEveryRowWithColumnNames()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1", since: "2026-06-01"), Row("abc"), Row("3", aprilDays: "x"))));
        Assert.Equal([(3, "資格取得年月日", "not_annual_base_target"), (4, "被保険者整理番号", "insured_reference_format"), (5, "4月支払基礎日数", "number_format")],
            result.Issues.Select(i => (i.Row, i.Column, i.Code)));
        Assert.True(result.HasRowErrors);
    }

    [Fact]
    public async Task AMonthColumnAcceptsTheFirstOfTheMonthAsASpreadsheetSavesIt()
    {
        var text = Csv(Row("1").Replace(",2010-04-01,,", ",2010-04-01,2026/10/1,"), Row("2").Replace(",2010-04-01,,", ",2010-04-01,2026/08/01,"));
        var result = await ReadAsync(Utf8Bom(text));
        Assert.Equal("2026-10", result.ValidLines.Single().Line.MonthlyChangeFrom);
        Assert.Equal((4, "月額変更予定月", "not_annual_base_target"), result.Issues.Select(i => (i.Row, i.Column, i.Code)).Single());
    }

    [Fact]
    public async Task AnUnreadableCellDoesNotHideTheRowsOtherErrors()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1", "ﾈﾝｷﾝ", aprilDays: "三十"))));
        Assert.Equal([(3, "4月支払基礎日数", "number_format"), (3, "氏名", "half_width_kana")],
            result.Issues.Select(i => (i.Row, i.Column, i.Code))); // cells first, then the domain rules
    }

    [Fact]
    public async Task TheFileRecordMustMatchTheFormAndTheEstablishment()
    {
        Assert.False((await ReadAsync(Utf8Bom(Csv(Row("1")).Replace("12-アイウ,12345", "１２アイウ,１２３４５")))).IsRefused);
        Refused(await ReadAsync(Utf8Bom(Csv(Row("1")).Replace("ABR,", "BON,"))), "wrong_kind");
        Refused(await ReadAsync(Utf8Bom(Csv(Row("1")).Replace("12345,", "99999,"))), "establishment_mismatch");
        Refused(await ReadAsync(Utf8Bom(Csv(Row("1")).Replace("2026-07-06", "R8.7.6"))), "file_record_invalid");
        Refused(await ReadAsync(Utf8Bom(Header + "\r\n" + Row("1"))), "file_record_invalid"); // no file record
    }

    [Fact]
    public async Task TooManyRowsRefusesTheWholeFileSoNothingIsHalfSaved()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1"), Row("2"), Row("3"))), new EmployerCsvOptions { MaxRows = 2 });
        Refused(result, "too_many_rows");
        Assert.Equal(["2"], result.Refusal!.Args);
        Assert.Null(EmployerCsvImport.ToFiling(result, Context));
    }

    [Fact]
    public async Task AnUnclosedQuoteIsARowErrorAndDoesNotSwallowTheNextRows()
    {
        var result = await ReadAsync(Utf8Bom(Csv(Row("1"), "2,\"年金 太郎,1970-04-01", Row("3"))));
        Assert.False(result.IsRefused);
        Assert.Equal((4, "malformed_row"), result.Issues.Select(i => (i.Row, i.Code)).Single());
        Assert.Equal(["1", "3"], result.ValidLines.Select(v => v.Line.InsuredReference));
    }

    [Fact]
    public async Task A50MegabyteFileIsRefusedBySizeWithoutBeingRead()
    {
        var folder = Directory.CreateTempSubdirectory("portal-csv-");
        try
        {
            var path = Path.Combine(folder.FullName, "big.csv");
            await using (var file = File.Create(path))
            {
                var head = Utf8Bom(Csv());
                await file.WriteAsync(head);
                var row = Encoding.UTF8.GetBytes(Row("1") + "\r\n");
                var block = Enumerable.Repeat(row, 4096).SelectMany(b => b).ToArray();
                while (file.Length < 50L * 1024 * 1024) await file.WriteAsync(block);
            }
            Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);

            var watch = Stopwatch.StartNew();
            await using (var seekable = File.OpenRead(path))
            {
                var result = await EmployerCsvReader.ReadAsync(seekable, EmployerCsvLayouts.AnnualBaseReport, Context);
                Refused(result, "file_too_large");
                Assert.Equal(["10"], result.Refusal!.Args);
                Assert.Equal(0, seekable.Position); // refused on its length, nothing read
            }

            // An upload stream that cannot tell its length is refused once 10 MB have been read, not after 50.
            await using (var upload = new CountingStream(File.OpenRead(path)))
            {
                var noRowLimit = new EmployerCsvOptions { MaxRows = int.MaxValue };
                var result = await EmployerCsvReader.ReadAsync(upload, EmployerCsvLayouts.AnnualBaseReport, Context, noRowLimit);
                Refused(result, "file_too_large");
                Assert.InRange(upload.BytesRead, 10L * 1024 * 1024, 10L * 1024 * 1024 + 256 * 1024);
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task EverySampleFileInDocsReadsWithoutErrors()
    {
        var folder = Path.Combine(UiResources.RepoRoot, "docs", "csv-samples");
        foreach (var layout in EmployerCsvLayouts.All)
        {
            var path = Path.Combine(folder, layout.Kind.Code["employer.".Length..] + ".csv");
            await using var stream = File.OpenRead(path);
            var result = await EmployerCsvImport.ReadAsync(layout.Kind, stream, Context with { ReportYear = 2026 });
            Assert.NotNull(result);
            Assert.False(result.IsRefused, $"{path}: {result.Refusal}");
            Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Error);
            Assert.Equal(result.RowCount, result.ValidRowCount);
            Assert.True(result.RowCount > 0);

            // The valid rows make a filing that the single-form rules accept too.
            var filing = EmployerCsvImport.ToFiling(result, Context with { ReportYear = 2026 })!;
            var json = System.Text.Json.JsonSerializer.Serialize(filing, filing.GetType(), EmployerForms.JsonOptions);
            Assert.DoesNotContain(EmployerForms.Validate(layout.Kind, json, Context), i => i.Severity == IssueSeverity.Error);
        }
    }

    [Fact]
    public async Task TheTemplateIsTheFileRecordAndTheHeadersAndReadsBack()
    {
        foreach (var layout in EmployerCsvLayouts.All)
        {
            using var stream = new MemoryStream();
            await EmployerCsvTemplates.WriteAsync(stream, layout, FilingTestData.Establishment, Today);
            var text = Encoding.UTF8.GetString(stream.ToArray());
            Assert.StartsWith("\uFEFF" + layout.Kind.ReceiptCode + ",12-アイウ,12345,2026-07-06,001\r\n", text);
            Assert.EndsWith(string.Join(",", layout.Columns.Select(c => c.Header)) + "\r\n", text);
            stream.Position = 0;
            var result = await EmployerCsvImport.ReadAsync(layout.Kind, stream, Context);
            Assert.Equal("no_rows", result!.Refusal?.Code); // a template has no rows yet, but a correct head
        }
    }

    [Fact]
    public void TheDocumentationListsEveryColumn()
    {
        var doc = File.ReadAllText(Path.Combine(UiResources.RepoRoot, "docs", "csv-layouts.md"));
        foreach (var layout in EmployerCsvLayouts.All)
        foreach (var column in layout.Columns)
            Assert.Contains($"`{column.Field}`", doc);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { var n = inner.Read(buffer, offset, count); BytesRead += n; return n; }
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
