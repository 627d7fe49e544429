using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Portal.Infrastructure.Documents;

namespace Portal.Tests.Documents;

public sealed class PdfDocumentRenderer_Render
{
    public PdfDocumentRenderer_Render() => PdfTestLicence.Select();

    private static readonly DateTimeOffset Issued = new(2026, 11, 23, 1, 30, 0, TimeSpan.Zero);

    internal static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

    private static PortalDocument Short() => new("年金記録 / Pension record")
    {
        Subtitle = "山田 太郎",
        IssuedAt = Issued,
        FooterNote = "この書面は電子的に発行されました。",
        Blocks =
        [
            new FieldSection("基本情報", [new DocumentField("基礎年金番号", "****-**7890"), new DocumentField("受給資格期間", "240か月")]),
            new DocumentParagraph("ご注意", "未納の月があります。納付期限から2年を過ぎると納めることができなくなります。 Unpaid months can be paid for two years."),
            new DocumentTable("厚生年金保険の加入期間", [new TableColumn("事業所"), new TableColumn("取得日"), new TableColumn("月数", 0.5, ColumnAlignment.Right)],
                [TableRow.Of("さくら精機株式会社", "2005年4月1日", "120")]),
        ],
    };

    /// <summary>45 years of months, grouped by year: 45 group rows and 540 month rows.</summary>
    internal static PortalDocument FortyFiveYears()
    {
        var rows = new List<TableRow>();
        for (var year = 1981; year < 1981 + 45; year++)
        {
            rows.Add(TableRow.Group($"{year}年"));
            for (var month = 1; month <= 12; month++)
                rows.Add(TableRow.Of($"{year}年{month}月", month % 5 == 0 ? "4分の3免除" : "納付済", "第1号", "16,980円", $"{year}-{month:00}-28"));
        }
        return new PortalDocument("月別の記録")
        {
            IssuedAt = Issued,
            FooterNote = "ページ番号 / page numbers",
            Blocks = [new DocumentTable("月別の状況", [new("月"), new("記録"), new("種別"), new("保険料", 1, ColumnAlignment.Right), new("納付日")], rows)],
        };
    }

    [Fact]
    public void MakesAValidOnePagePdfWithTheJapaneseFontEmbedded()
    {
        var bytes = PdfDocumentRenderer.Render(Short());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var pdf = Open(bytes);
        Assert.Equal(1, pdf.PageCount);
        Assert.Equal("年金記録 / Pension record", pdf.Info.Title);
        var raw = Encoding.Latin1.GetString(bytes);
        // A TrueType subset of the bundled font, embedded (FontFile2), with a ToUnicode map for copy and search.
        Assert.Contains("IPAGothic", raw);
        Assert.Contains("/FontFile2", raw);
        Assert.Contains("/ToUnicode", raw);
    }

    [Fact]
    public void BreaksA45YearTableAcrossA4PagesWithRoomForEveryRow()
    {
        var bytes = PdfDocumentRenderer.Render(FortyFiveYears());
        if (Environment.GetEnvironmentVariable("PORTAL_PDF_SAMPLES") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, "months.pdf"), bytes);
            File.WriteAllBytes(Path.Combine(dir, "short.pdf"), PdfDocumentRenderer.Render(Short()));
        }

        using var pdf = Open(bytes);
        // 585 rows at about 18 pt each on about 730 pt of A4 per page: 14 to 16 pages.
        Assert.InRange(pdf.PageCount, 14, 16);
        Assert.All(pdf.Pages.Cast<PdfPage>(), p =>
        {
            Assert.Equal(595, Math.Round(p.Width.Point));
            Assert.Equal(842, Math.Round(p.Height.Point));
        });
    }

    [Fact]
    public void GrowsPageByPageWithTheRows()
    {
        static int Pages(int rows) => Open(PdfDocumentRenderer.Render(new PortalDocument("表")
        {
            Blocks = [new DocumentTable(null, [new("A"), new("B")], [.. Enumerable.Range(0, rows).Select(i => TableRow.Of($"{i}", "値"))])],
        })).PageCount;

        Assert.Equal(1, Pages(10));
        Assert.True(Pages(100) > 1);
        Assert.True(Pages(400) > Pages(100));
    }

    [Fact]
    public void RendersAnEmptyDocumentAndAnEmptyTable()
    {
        var bytes = PdfDocumentRenderer.Render(new PortalDocument("空")
        {
            Blocks = [new DocumentTable("なし", [new("A")], []) { EmptyText = "記録はありません" }],
        });
        using var pdf = Open(bytes);
        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public void RendersConcurrently()
    {
        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => PdfDocumentRenderer.Render(Short())).ToList();
        Assert.All(results, b => Assert.Equal(1, Open(b).PageCount));
    }

    [Fact]
    public void WrapsJapaneseAnywhereAndLatinAtSpaces()
    {
        static double Width(char c) => c > 0xFF ? 10 : 5;

        Assert.Equal(["あいう", "えお"], PdfDocumentRenderer.Wrap("あいうえお", Width, 30));
        Assert.Equal(["one two", "three"], PdfDocumentRenderer.Wrap("one two three", Width, 40));
        // Closing punctuation never starts a line.
        Assert.Equal(["あいう。", "え"], PdfDocumentRenderer.Wrap("あいう。え", Width, 30));
        Assert.Equal(["a", "b"], PdfDocumentRenderer.Wrap("a\nb", Width, 100));
    }

    [Fact]
    public void TheBundledFontIsTrueTypeAndTravelsWithItsLicence()
    {
        var font = PortalFontResolver.Instance.GetFont(PortalFontResolver.FaceName)!;
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, font[..4]); // TrueType outlines, not CFF ("OTTO")
        Assert.Null(PortalFontResolver.Instance.GetFont("Arial"));
        var folder = Path.Combine(Portal.Tests.TestSupport.UiResources.RepoRoot, "Portal.Infrastructure", "Documents", "Fonts");
        Assert.Contains("IPA Font License Agreement v1.0", File.ReadAllText(Path.Combine(folder, "IPA_Font_License_Agreement_v1.0.txt")));
    }

    [Fact]
    public void ShowsTheIssueTimeInJapanTime() =>
        Assert.Equal("2026-11-23 10:30", PdfDocumentRenderer.FormatJapanTime(Issued));
}
