using Portal.Domain.Identifiers;

namespace Portal.Tests.Identifiers;

public sealed class BasicPensionNumber_Parse
{
    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234-567890")]
    [InlineData("1234 567890")]
    [InlineData("1234\u3000567890")]
    [InlineData("１２３４５６７８９０")]
    [InlineData("１２３４－５６７８９０")]
    [InlineData("1234ー567890")]
    [InlineData("1234\u2212567890")]
    [InlineData("1234\u2010567890")]
    [InlineData("\u3000 1234-567890 \u3000")]
    [InlineData("\t1234567890\r\n")]
    public void AcceptsTenDigitsWithAtMostOneSeparatorAfterTheSymbol(string input)
    {
        var result = BasicPensionNumber.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal("1234567890", result.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = BasicPensionNumber.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal("required", result.Error!.Code);
        Assert.Equal("Identifier.BasicPensionNumber.Required", result.Error.MessageKey);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678901")]
    [InlineData("1234-56789")]
    [InlineData("1234-5678901")]
    [InlineData("1")]
    public void RefusesAWrongNumberOfDigitsAsLength(string input)
    {
        var result = BasicPensionNumber.Parse(input);

        Assert.Equal("length", result.Error?.Code);
        Assert.Equal("Identifier.BasicPensionNumber.Length", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("123-4567890")]
    [InlineData("12345-67890")]
    [InlineData("1234-5678-90")]
    [InlineData("1234--567890")]
    [InlineData("1234  567890")]
    [InlineData("1234 - 567890")]
    [InlineData("-1234567890")]
    [InlineData("1234567890-")]
    [InlineData("1234_567890")]
    [InlineData("1234/567890")]
    [InlineData("12345678a0")]
    [InlineData("ABCD567890")]
    public void RefusesLettersAndMisplacedOrRepeatedSeparatorsAsFormat(string input)
    {
        var result = BasicPensionNumber.Parse(input);

        Assert.Equal("format", result.Error?.Code);
        Assert.Equal("Identifier.BasicPensionNumber.Format", result.Error!.MessageKey);
    }

    [Fact]
    public void RefusesNonAsciiDecimalDigits()
    {
        // Arabic-Indic digits are decimal digits to char.IsDigit, but not to a pension number.
        Assert.Equal("format", BasicPensionNumber.Parse("١٢٣٤٥٦٧٨٩٠").Error?.Code);
    }

    [Fact]
    public void ReadingTheValueOfARefusedResultThrows()
    {
        var result = BasicPensionNumber.Parse("12");

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void TryParseReportsSuccessAndFailure()
    {
        Assert.True(BasicPensionNumber.TryParse("1234-567890", out var number));
        Assert.Equal("1234567890", number.Value);

        Assert.False(BasicPensionNumber.TryParse("1234-56789", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void NumbersTypedDifferentlyAreEqual()
    {
        Assert.Equal(BasicPensionNumber.From("1234567890"), BasicPensionNumber.Parse("１２３４ ５６７８９０").Value);
    }
}

public sealed class BasicPensionNumber_From
{
    [Fact]
    public void BuildsAValidNumber()
    {
        Assert.Equal("9000123456", BasicPensionNumber.From("9000123456").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345-67890")]
    public void ThrowsForInvalidTrustedData(string input)
    {
        Assert.Throws<ArgumentException>(() => BasicPensionNumber.From(input));
    }

    [Fact]
    public void DoesNotEchoTheInputInTheException()
    {
        var error = Assert.Throws<ArgumentException>(() => BasicPensionNumber.From("98765432100"));

        Assert.DoesNotContain("98765432100", error.Message);
    }
}

public sealed class BasicPensionNumber_Display
{
    private static readonly BasicPensionNumber Number = BasicPensionNumber.From("1234567890");

    [Fact]
    public void SplitsIntoSymbolAndSerial()
    {
        Assert.Equal("1234", Number.Symbol);
        Assert.Equal("567890", Number.Serial);
    }

    [Fact]
    public void ToStringShowsTheHyphenatedForm()
    {
        Assert.Equal("1234-567890", Number.ToString());
        Assert.Equal("1234-567890", $"{Number}");
    }

    [Fact]
    public void MaskedShowsOnlyTheLastFourDigits()
    {
        Assert.Equal("****-**7890", Number.Masked());
    }

    [Fact]
    public void TheDisplayFormParsesBack()
    {
        Assert.Equal(Number, BasicPensionNumber.Parse(Number.ToString()).Value);
    }
}
