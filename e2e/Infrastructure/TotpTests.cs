using System.Text;

namespace Portal.E2E.Infrastructure;

public class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    // RFC 6238 appendix B, SHA-1 column (8 digits).
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Matches_the_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Compute(RfcKey, unixSeconds, digits: 8));

    [Fact]
    public void Six_digits_are_the_last_six_of_the_RFC_vector() =>
        Assert.Equal("287082", Totp.Compute(RfcKey, 59));

    [Fact]
    public void Base32_decodes_the_RFC_secret()
    {
        // "12345678901234567890" in base32.
        Assert.Equal(RfcKey, Totp.Base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Equal("287082", Totp.Compute("gezdgnbvgy3tqojqgezdgnbvgy3tqojq", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
