using System.Text;
using Portal.Infrastructure.Csv;

namespace Portal.Tests.Csv;

public sealed class CsvExport_Write
{
    private static async Task<string> WriteAsync(params string?[][] rows)
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(stream, ["a", "b"], rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+81-3-0000")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    public async Task CellsASpreadsheetWouldRunAsFormulasAreWrittenAsText(string cell)
    {
        var text = await WriteAsync([cell, "x"]);
        Assert.Contains("'" + cell, text);
    }

    [Fact]
    public async Task StartsWithAByteOrderMarkAndKeepsJapanese()
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(stream, ["月", "記録"], [["2026-04", "納付済"]]);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("月,記録\r\n2026-04,納付済\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
