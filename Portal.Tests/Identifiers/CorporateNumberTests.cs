using Portal.Domain.Identifiers;

namespace Portal.Tests.Identifiers;

public sealed class CorporateNumber_Parse
{
    [Theory]
    [InlineData("7000012050002")] // DOMAIN example
    [InlineData("9000000000000")] // Σ 0 → 9
    [InlineData("8000000000001")] // Σ 1 → 8
    [InlineData("7000000000010")] // Σ 2 (even position weighs 2) → 7
    public void AcceptsValidCheckDigit(string input)
    {
        var result = CorporateNumber.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal(input, result.Value.Value);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('1')]
    [InlineData('2')]
    [InlineData('3')]
    [InlineData('4')]
    [InlineData('5')]
    [InlineData('6')]
    [InlineData('8')]
    [InlineData('9')]
    public void RefusesWrongCheckDigit(char checkDigit)
    {
        var result = CorporateNumber.Parse(checkDigit + "000012050002");

        Assert.False(result.IsValid);
        Assert.Equal("check_digit", result.Error!.Code);
        Assert.Equal("Identifier.CorporateNumber.CheckDigit", result.Error.MessageKey);
    }

    [Theory]
    [InlineData("７００００１２０５０００２")]
    [InlineData("\u30007000012050002\u3000")]
    [InlineData(" 7000012050002 ")]
    [InlineData("7-0000-1205-0002")]
    [InlineData("7 0000 1205 0002")]
    [InlineData("７－００００－１２０５－０００２")]
    public void AcceptsFullWidthDigitsSurroundingSpaceAndGroupSeparators(string input)
    {
        var result = CorporateNumber.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal("7000012050002", result.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u3000")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = CorporateNumber.Parse(input);

        Assert.Equal("required", result.Error?.Code);
        Assert.Equal("Identifier.CorporateNumber.Required", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("000012050002")]
    [InlineData("70000120500020")]
    [InlineData("7")]
    public void RefusesWrongLength(string input)
    {
        var result = CorporateNumber.Parse(input);

        Assert.Equal("length", result.Error?.Code);
        Assert.Equal("Identifier.CorporateNumber.Length", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("700001205000A")]
    [InlineData("T7000012050002")] // invoice registration number, not a corporate number
    [InlineData("7--000012050002")]
    [InlineData("7000012050002-")]
    [InlineData("7.000012050002")]
    public void RefusesLettersAndStraySeparatorsAsFormat(string input)
    {
        var result = CorporateNumber.Parse(input);

        Assert.Equal("format", result.Error?.Code);
        Assert.Equal("Identifier.CorporateNumber.Format", result.Error!.MessageKey);
    }

    [Fact]
    public void TryParseReportsSuccessAndFailure()
    {
        Assert.True(CorporateNumber.TryParse("7000012050002", out var number));
        Assert.Equal("7000012050002", number.Value);

        Assert.False(CorporateNumber.TryParse("8000012050002", out var none));
        Assert.Null(none);
    }
}

public sealed class CorporateNumber_ComputeCheckDigit
{
    [Fact]
    public void MatchesTheDomainExample()
    {
        Assert.Equal(7, CorporateNumber.ComputeCheckDigit("000012050002"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00001205000")]
    [InlineData("7000012050002")]
    [InlineData("00001205000X")]
    public void ThrowsForAnythingButTwelveDigits(string last12)
    {
        Assert.Throws<ArgumentException>(() => CorporateNumber.ComputeCheckDigit(last12));
    }
}

public sealed class CorporateNumber_Display
{
    [Fact]
    public void ToStringShowsAllThirteenDigits()
    {
        Assert.Equal("7000012050002", CorporateNumber.From("7-0000-1205-0002").ToString());
    }

    [Fact]
    public void FromThrowsForInvalidTrustedData()
    {
        Assert.Throws<ArgumentException>(() => CorporateNumber.From("1000012050002"));
    }
}
