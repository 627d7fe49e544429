using Portal.Domain.Identifiers;

namespace Portal.Tests.Identifiers;

public sealed class MyNumber_Parse
{
    [Theory]
    [InlineData("123456789018")] // DOMAIN example
    [InlineData("000000000000")] // r = 0 → 0
    [InlineData("000000000140")] // r = 0 → 0 (Σ 11)
    [InlineData("000000000060")] // r = 1 → 0 (Σ 12)
    [InlineData("000000000051")] // r = 10 → 1
    [InlineData("111111111118")] // Σ 47, r = 3 → 8
    public void AcceptsValidCheckDigit(string input)
    {
        var result = MyNumber.Parse(input);

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
    [InlineData('7')]
    [InlineData('9')]
    public void RefusesWrongCheckDigit(char checkDigit)
    {
        var result = MyNumber.Parse("12345678901" + checkDigit);

        Assert.False(result.IsValid);
        Assert.Equal("check_digit", result.Error!.Code);
        Assert.Equal("Identifier.MyNumber.CheckDigit", result.Error.MessageKey);
    }

    [Theory]
    [InlineData("１２３４５６７８９０１８")]
    [InlineData("\u3000123456789018\u3000")]
    [InlineData("  123456789018\t")]
    [InlineData("1234 5678 9018")]
    [InlineData("1234-5678-9018")]
    [InlineData("１２３４－５６７８－９０１８")]
    [InlineData("1234\u30005678\u30009018")]
    [InlineData("1234ー5678ー9018")]
    [InlineData("1234\u22125678\u22129018")]
    [InlineData("123456 789018")]
    public void AcceptsFullWidthDigitsSurroundingSpaceAndGroupSeparators(string input)
    {
        var result = MyNumber.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal("123456789018", result.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\u3000")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = MyNumber.Parse(input);

        Assert.Equal("required", result.Error?.Code);
        Assert.Equal("Identifier.MyNumber.Required", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890188")]
    [InlineData("1234 5678 901")]
    [InlineData("1")]
    public void RefusesWrongLength(string input)
    {
        var result = MyNumber.Parse(input);

        Assert.Equal("length", result.Error?.Code);
        Assert.Equal("Identifier.MyNumber.Length", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("12345678901A")]
    [InlineData("abcdefghijkl")]
    [InlineData("1234.5678.9018")]
    [InlineData("1234_5678_9018")]
    [InlineData("1234--5678-9018")]
    [InlineData("1234  5678 9018")]
    [InlineData("-123456789018")]
    [InlineData("123456789018-")]
    [InlineData("+123456789018")]
    public void RefusesLettersAndStraySeparatorsAsFormat(string input)
    {
        var result = MyNumber.Parse(input);

        Assert.Equal("format", result.Error?.Code);
        Assert.Equal("Identifier.MyNumber.Format", result.Error!.MessageKey);
    }

    [Fact]
    public void TryParseReportsSuccessAndFailure()
    {
        Assert.True(MyNumber.TryParse("1234 5678 9018", out var number));
        Assert.Equal("123456789018", number.Value);

        Assert.False(MyNumber.TryParse("123456789019", out var none));
        Assert.Null(none);
    }
}

public sealed class MyNumber_ComputeCheckDigit
{
    [Fact]
    public void MatchesTheDomainExample()
    {
        Assert.Equal(8, MyNumber.ComputeCheckDigit("12345678901"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("1234567890A")]
    public void ThrowsForAnythingButElevenDigits(string first11)
    {
        Assert.Throws<ArgumentException>(() => MyNumber.ComputeCheckDigit(first11));
    }
}

public sealed class MyNumber_From
{
    [Fact]
    public void BuildsAValidNumber()
    {
        Assert.Equal("123456789018", MyNumber.From("123456789018").Value);
    }

    [Fact]
    public void ThrowsWithoutEchoingTheDigits()
    {
        var error = Assert.Throws<ArgumentException>(() => MyNumber.From("123456789019"));

        Assert.DoesNotContain("12345678", error.Message);
    }
}

public sealed class MyNumber_Masking
{
    private static readonly MyNumber Number = MyNumber.From("123456789018");

    [Fact]
    public void ToStringShowsOnlyTheLastFourDigits()
    {
        Assert.Equal("********9018", Number.ToString());
        Assert.Equal("********9018", Number.Masked());
    }

    [Fact]
    public void ToStringNeverContainsTheFirstEightDigits()
    {
        Assert.DoesNotContain("12345678", Number.ToString());
        Assert.DoesNotContain("12345678", $"number {Number} submitted");
        Assert.DoesNotContain("12345678", string.Join(",", new[] { Number }));
    }

    [Fact]
    public void ValueGivesTheDigitsWhenAskedFor()
    {
        Assert.Equal("123456789018", Number.Value);
    }
}
