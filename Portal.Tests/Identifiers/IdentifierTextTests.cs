using Portal.Domain.Identifiers;

namespace Portal.Tests.Identifiers;

public sealed class IdentifierText_Normalize
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData(" \t\u3000", "")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("ＡＢＣｘｙｚ", "ABCxyz")]
    [InlineData("\u3000 12 \u3000", "12")]
    [InlineData("1\u30002", "1 2")]
    public void FoldsFullWidthAndTrimsWhiteSpace(string? input, string expected)
    {
        Assert.Equal(expected, IdentifierText.Normalize(input));
    }

    [Theory]
    [InlineData("1－2")] // U+FF0D full-width hyphen-minus
    [InlineData("1‐2")] // U+2010 hyphen
    [InlineData("1−2")] // U+2212 minus sign
    [InlineData("1ー2")] // U+30FC katakana prolonged sound mark
    [InlineData("1ｰ2")] // U+FF70 half-width prolonged sound mark
    [InlineData("1–2")] // U+2013 en dash
    [InlineData("1―2")] // U+2015 horizontal bar
    public void MapsDashLookAlikesToHyphenMinus(string input)
    {
        Assert.Equal("1-2", IdentifierText.Normalize(input));
    }
}
