using System.Security.Cryptography;

namespace Portal.E2E.Infrastructure;

/// <summary>RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second step), as an authenticator app computes them.</summary>
public static class Totp
{
    public const int StepSeconds = 30;

    /// <summary>The code for <paramref name="base32Secret"/> at <paramref name="time"/> (now when omitted).</summary>
    public static string Compute(string base32Secret, DateTimeOffset? time = null, int digits = 6) =>
        Compute(Base32Decode(base32Secret), (time ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), digits);

    public static string Compute(byte[] key, long unixSeconds, int digits = 6) =>
        Hotp(key, unixSeconds / StepSeconds, digits);

    /// <summary>RFC 4226 HOTP with dynamic truncation.</summary>
    public static string Hotp(byte[] key, long counter, int digits)
    {
        if (digits is < 6 or > 9) throw new ArgumentOutOfRangeException(nameof(digits));
        Span<byte> message = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(message, counter);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, message, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulo = (int)Math.Pow(10, digits);
        return (binary % modulo).ToString().PadLeft(digits, '0');
    }

    /// <summary>RFC 4648 base32 (case-insensitive; spaces, dashes and padding ignored).</summary>
    public static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var raw in text)
        {
            if (raw is '=' or ' ' or '-') continue;
            var value = alphabet.IndexOf(char.ToUpperInvariant(raw));
            if (value < 0) throw new FormatException($"'{raw}' is not a base32 character.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. output];
    }
}
