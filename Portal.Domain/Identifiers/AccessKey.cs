using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Common;

namespace Portal.Domain.Identifiers;

/// <summary>
/// Access key (アクセスキー): 17 characters printed on the annual statement (ねんきん定期便), from an alphabet
/// of 31 symbols without the look-alikes 0, O, 1, I and L. Printed as <c>XXXX-XXXX-XXXX-XXXXX</c>. It is a
/// secret: <see cref="ToString"/> never shows it, and the store keeps only <see cref="ComputeHash"/>.
/// </summary>
public sealed record AccessKey
{
    /// <summary>The characters a key is made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Number of characters.</summary>
    public const int KeyLength = 17;

    private static readonly int[] GroupLengths = [4, 4, 4, 5];
    private const string MaskedText = "AccessKey(*****************)";

    private AccessKey(string value) => Value = value;

    /// <summary>The 17 characters, upper case, without separators (secret: do not log).</summary>
    public string Value { get; }

    /// <summary>
    /// Parses user input: 17 characters of <see cref="Alphabet"/>, optionally split into groups by single hyphens or
    /// spaces; lower-case and full-width characters and surrounding white space are accepted. Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c>, <c>format</c> (a character outside the alphabet) or <c>length</c>.</returns>
    public static ParseResult<AccessKey> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input).ToUpperInvariant();
        if (text.Length == 0)
            return ParseResult<AccessKey>.Fail(IdentifierText.Required, "Identifier.AccessKey.Required");
        if (IdentifierText.StripGroupSeparators(text, IsAlphabetChar, out var key) is not null)
            return ParseResult<AccessKey>.Fail(IdentifierText.Format, "Identifier.AccessKey.Format");
        if (key.Length != KeyLength)
            return ParseResult<AccessKey>.Fail(IdentifierText.Length, "Identifier.AccessKey.Length");
        return ParseResult<AccessKey>.Ok(new AccessKey(key));
    }

    /// <summary>Parses user input like <see cref="Parse"/>; false when it is not valid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out AccessKey? value)
    {
        var result = Parse(input);
        value = result.IsValid ? result.Value : null;
        return value is not null;
    }

    /// <summary>Builds a key from trusted data (seed data); accepts what <see cref="Parse"/> accepts.</summary>
    /// <exception cref="ArgumentException">The text is not a valid access key (the text is not echoed).</exception>
    public static AccessKey From(string valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var result = Parse(valid);
        return result.IsValid
            ? result.Value
            : throw new ArgumentException($"Not a valid access key ({result.Error!.Code}).", nameof(valid));
    }

    /// <summary>
    /// A key drawn from <see cref="Alphabet"/> with <paramref name="random"/>: the same seed gives the same key
    /// (the demo seeder relies on this). Real keys should use a cryptographic source.
    /// </summary>
    public static AccessKey Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> chars = stackalloc char[KeyLength];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new AccessKey(new string(chars));
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="Value"/>: what the store keeps.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)));

    /// <summary>The key in printed groups of 4-4-4-5 (<c>XXXX-XXXX-XXXX-XXXXX</c>), for the demo statement only.</summary>
    public string Formatted()
    {
        var builder = new StringBuilder(KeyLength + GroupLengths.Length - 1);
        var start = 0;
        foreach (var length in GroupLengths)
        {
            if (start > 0) builder.Append('-');
            builder.Append(Value, start, length);
            start += length;
        }
        return builder.ToString();
    }

    /// <summary>A masked placeholder, never the key.</summary>
    public override string ToString() => MaskedText;

    private static bool IsAlphabetChar(char c) => Alphabet.Contains(c);
}
