using System.Security.Cryptography;
using System.Text;
using Portal.Infrastructure.Documents;

namespace Portal.Tests.Documents;

public sealed class ReceiptDocument_Create
{
    public ReceiptDocument_Create() => PdfTestLicence.Select();

    private static readonly DateTimeOffset Received = new(2026, 11, 23, 14, 59, 30, TimeSpan.Zero);
    private static readonly string Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("{\"form\":\"exemption\"}")));

    private static PortalDocument Receipt() => ReceiptDocument.Create("保険料免除・納付猶予申請 受付票", "R-2026-000123", Received, Hash,
        [new DocumentField("申請者", "山田 太郎"), new DocumentField("申請期間", "2026年7月〜2027年6月"), new DocumentField("申請区分", "全額免除")]);

    [Fact]
    public void HoldsNumberJapanTimeHashAndTheDataInOrder()
    {
        var doc = Receipt();

        var receipt = Assert.IsType<FieldSection>(doc.Blocks[0]);
        Assert.Equal("R-2026-000123", receipt.Fields[0].Value);
        Assert.Equal("2026-11-23 23:59:30（日本時間）", receipt.Fields[1].Value);
        Assert.Equal(Hash.ToLowerInvariant(), receipt.Fields[2].Value);
        var data = Assert.IsType<DocumentTable>(doc.Blocks[1]);
        Assert.Equal(["申請者", "申請期間", "申請区分"], data.Rows.Select(r => r.Cells[0]));
        Assert.Equal(Received, doc.IssuedAt);
    }

    [Fact]
    public void RendersAsAPdf()
    {
        using var pdf = PdfDocumentRenderer_Render.Open(PdfDocumentRenderer.Render(Receipt()));
        Assert.Equal(1, pdf.PageCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void RefusesSomethingThatIsNotASha256(string hash) =>
        Assert.Throws<ArgumentException>(() => ReceiptDocument.Create("受付票", "R-1", Received, hash, []));

    [Fact]
    public void TakesLocalisedLabels()
    {
        var doc = ReceiptDocument.Create("Receipt", "R-1", Received, Hash, [],
            new ReceiptLabels { ReceiptNumber = "Receipt number", JapanTimeSuffix = " (Japan time)" });
        var receipt = Assert.IsType<FieldSection>(doc.Blocks[0]);
        Assert.Equal("Receipt number", receipt.Fields[0].Label);
        Assert.EndsWith(" (Japan time)", receipt.Fields[1].Value);
    }
}
