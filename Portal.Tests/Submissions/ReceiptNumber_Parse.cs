using Portal.Domain.Common;
using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

public sealed class ReceiptNumber_Parse
{
    [Theory]
    [InlineData("20261122-EXM-0000042")]
    [InlineData(" 20261122-exm-0000042 ")]
    [InlineData("２０２６１１２２－ＥＸＭ－０００００４２")]
    [InlineData("20261122ーEXMー0000042")]
    public void AcceptsTheDocumentedFormAsTyped(string input)
    {
        var result = ReceiptNumber.Parse(input);
        Assert.True(result.IsValid, result.Error?.Code);
        var number = result.Value;
        Assert.Equal("20261122-EXM-0000042", number.Value);
        Assert.Equal((new DateOnly(2026, 11, 22), "EXM", 42), (number.Date, number.KindCode, number.Sequence));
    }

    [Theory]
    [InlineData("2026112-EXM-0000042")]   // short date
    [InlineData("20261131-EXM-0000042")]  // no 31 November
    [InlineData("19991231-EXM-0000042")]  // before 2000
    [InlineData("20261122-EX-00000042")]  // kind code too short
    [InlineData("20261122-E_M-0000042")]  // kind code character
    [InlineData("20261122-EXM-0000000")]  // sequence starts at 1
    [InlineData("20261122-EXM-000004A")]  // sequence digits
    [InlineData("20261122EXM0000042")]    // no separators
    [InlineData("20261122 EXM 0000042")]  // wrong separators
    [InlineData("20261122-EXM-00000042")] // too long
    public void RefusesAnythingElseAsFormat(string input)
    {
        var result = ReceiptNumber.Parse(input);
        Assert.Equal(("format", "Submissions.ReceiptNumber.Format"), (result.Error?.Code, result.Error?.MessageKey));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = ReceiptNumber.Parse(input);
        Assert.Equal(("required", "Submissions.ReceiptNumber.Required"), (result.Error?.Code, result.Error?.MessageKey));
    }

    [Fact]
    public void IsDatedInJapanTime()
    {
        var number = ReceiptNumber.Create(SubmissionKind.BonusReport, new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero), 7);
        Assert.Equal("20270101-BON-0000007", number.Value);
        Assert.Equal(number, ReceiptNumber.Parse(number.Value).Value);
    }

    [Fact]
    public void CreateThrowsForPartsOutOfRange()
    {
        var day = new DateOnly(2026, 11, 22);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumber.Create(day, "EXM", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumber.Create(day, "EXM", 10_000_000));
        Assert.Throws<ArgumentException>(() => ReceiptNumber.Create(day, "ex", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiptNumber.Create(new DateOnly(1999, 12, 31), "EXM", 1));
        Assert.Equal("20261122-EXM-9999999", ReceiptNumber.Create(day, "EXM", 9_999_999).Value);
    }
}
