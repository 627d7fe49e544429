using Portal.Domain.Identifiers;

namespace Portal.Tests.Identifiers;

public sealed class AccessKey_Parse
{
    private const string Key = "ABCDEFGHJKMNPQRST";

    [Theory]
    [InlineData("ABCDEFGHJKMNPQRST")]
    [InlineData("ABCD-EFGH-JKMN-PQRST")]
    [InlineData("ABCD EFGH JKMN PQRST")]
    [InlineData("abcd-efgh-jkmn-pqrst")]
    [InlineData("ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳＴ")]
    [InlineData("ａｂｃｄ\u3000ｅｆｇｈ\u3000ｊｋｍｎ\u3000ｐｑｒｓｔ")]
    [InlineData("\u3000 ABCD-EFGH-JKMN-PQRST \u3000")]
    [InlineData("ABCDーEFGHーJKMNーPQRST")]
    public void AcceptsTheKeyInAnyCaseWidthAndGrouping(string input)
    {
        var result = AccessKey.Parse(input);

        Assert.True(result.IsValid, result.Error?.Code);
        Assert.Equal(Key, result.Value.Value);
    }

    [Fact]
    public void AcceptsEveryCharacterOfTheAlphabet()
    {
        Assert.Equal(31, AccessKey.Alphabet.Length);
        Assert.True(AccessKey.Parse(AccessKey.Alphabet[..17]).IsValid);
        Assert.True(AccessKey.Parse(AccessKey.Alphabet[^17..]).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u3000")]
    public void RefusesMissingInputAsRequired(string? input)
    {
        var result = AccessKey.Parse(input);

        Assert.Equal("required", result.Error?.Code);
        Assert.Equal("Identifier.AccessKey.Required", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('L')]
    [InlineData('o')]
    [InlineData('l')]
    [InlineData('i')]
    [InlineData('!')]
    [InlineData('_')]
    [InlineData('あ')]
    public void RefusesACharacterOutsideTheAlphabetAsFormat(char wrong)
    {
        var result = AccessKey.Parse(Key[..16] + wrong);

        Assert.Equal("format", result.Error?.Code);
        Assert.Equal("Identifier.AccessKey.Format", result.Error!.MessageKey);
    }

    [Theory]
    [InlineData("ABCD--EFGH-JKMN-PQRST")]
    [InlineData("-ABCDEFGHJKMNPQRST")]
    [InlineData("ABCDEFGHJKMNPQRST-")]
    public void RefusesStraySeparatorsAsFormat(string input)
    {
        Assert.Equal("format", AccessKey.Parse(input).Error?.Code);
    }

    [Theory]
    [InlineData("ABCDEFGHJKMNPQRS")]
    [InlineData("ABCDEFGHJKMNPQRSTU")]
    [InlineData("ABCD-EFGH-JKMN-PQRS")]
    [InlineData("A")]
    public void RefusesWrongLength(string input)
    {
        var result = AccessKey.Parse(input);

        Assert.Equal("length", result.Error?.Code);
        Assert.Equal("Identifier.AccessKey.Length", result.Error!.MessageKey);
    }

    [Fact]
    public void TryParseReportsSuccessAndFailure()
    {
        Assert.True(AccessKey.TryParse("abcd efgh jkmn pqrst", out var key));
        Assert.Equal(Key, key.Value);

        Assert.False(AccessKey.TryParse("ABCD", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void FromThrowsWithoutEchoingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => AccessKey.From("ABCDEFGHJKMNPQRS0"));

        Assert.DoesNotContain("ABCDEFGH", error.Message);
    }
}

public sealed class AccessKey_Display
{
    private static readonly AccessKey Key = AccessKey.From("ABCDEFGHJKMNPQRST");

    [Fact]
    public void ToStringNeverContainsTheKey()
    {
        Assert.Equal("AccessKey(*****************)", Key.ToString());
        Assert.DoesNotContain("ABCD", $"key {Key} issued");
        Assert.DoesNotContain("PQRST", Key.ToString());
    }

    [Fact]
    public void FormattedGroupsTheKeyFourFourFourFive()
    {
        Assert.Equal("ABCD-EFGH-JKMN-PQRST", Key.Formatted());
    }

    [Fact]
    public void KeysTypedDifferentlyAreEqual()
    {
        Assert.Equal(Key, AccessKey.Parse("abcd-efgh-jkmn-pqrst").Value);
    }
}

public sealed class AccessKey_Generate
{
    [Fact]
    public void IsDeterministicForAFixedSeed()
    {
        var first = AccessKey.Generate(new Random(2026));
        var second = AccessKey.Generate(new Random(2026));

        Assert.Equal(first.Value, second.Value);
        Assert.NotEqual(first.Value, AccessKey.Generate(new Random(2027)).Value);
    }

    [Fact]
    public void SuccessiveKeysFromOneSourceDiffer()
    {
        var random = new Random(7);

        Assert.NotEqual(AccessKey.Generate(random), AccessKey.Generate(random));
    }

    [Fact]
    public void AlwaysUsesTheAlphabetAndParsesBack()
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var key = AccessKey.Generate(new Random(seed));

            Assert.Equal(17, key.Value.Length);
            Assert.All(key.Value, c => Assert.Contains(c, AccessKey.Alphabet));
            Assert.Equal(key, AccessKey.Parse(key.Value).Value);
            Assert.Equal(key, AccessKey.Parse(key.Formatted()).Value);
            Assert.Equal(key, AccessKey.Parse(key.Formatted().ToLowerInvariant()).Value);
        }
    }
}

public sealed class AccessKey_ComputeHash
{
    [Fact]
    public void IsTheLowerCaseHexSha256OfTheKey()
    {
        Assert.Equal("cbbbb4ba1aa39c0d3ca0e7cfd925a28ab5b0b9a8bc221d189a61946ba5b8396c",
            AccessKey.From("ABCDEFGHJKMNPQRST").ComputeHash());
    }

    [Fact]
    public void IsStableWhateverTheKeyWasTypedLike()
    {
        var printed = AccessKey.Generate(new Random(42));
        var typed = AccessKey.Parse(" " + printed.Formatted().ToLowerInvariant() + " ").Value;

        Assert.Equal(printed.ComputeHash(), typed.ComputeHash());
        Assert.Equal(printed.ComputeHash(), printed.ComputeHash());
    }

    [Fact]
    public void DiffersBetweenKeys()
    {
        Assert.NotEqual(AccessKey.Generate(new Random(1)).ComputeHash(), AccessKey.Generate(new Random(2)).ComputeHash());
    }
}
