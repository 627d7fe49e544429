using System.Diagnostics.CodeAnalysis;
using Portal.Domain.Common;

namespace Portal.Domain.Identifiers;

/// <summary>
/// Corporate number (法人番号): 13 digits, the first a check digit over the other 12. Public information,
/// so it is displayed in full. An instance always holds a valid number.
/// </summary>
public sealed record CorporateNumber
{
    /// <summary>Number of digits, check digit included.</summary>
    public const int DigitCount = 13;

    private CorporateNumber(string value) => Value = value;

    /// <summary>The 13 digits.</summary>
    public string Value { get; }

    /// <summary>
    /// Parses user input: 13 digits, optionally split into groups by single spaces or hyphens; full-width
    /// characters and surrounding white space are accepted. Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c>, <c>format</c>, <c>length</c> or <c>check_digit</c>.</returns>
    public static ParseResult<CorporateNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0)
            return ParseResult<CorporateNumber>.Fail(IdentifierText.Required, "Identifier.CorporateNumber.Required");
        if (IdentifierText.StripGroupSeparators(text, char.IsAsciiDigit, out var digits) is not null)
            return ParseResult<CorporateNumber>.Fail(IdentifierText.Format, "Identifier.CorporateNumber.Format");
        if (digits.Length != DigitCount)
            return ParseResult<CorporateNumber>.Fail(IdentifierText.Length, "Identifier.CorporateNumber.Length");
        if (ComputeCheckDigit(digits.AsSpan(1)) != digits[0] - '0')
            return ParseResult<CorporateNumber>.Fail(IdentifierText.CheckDigit, "Identifier.CorporateNumber.CheckDigit");
        return ParseResult<CorporateNumber>.Ok(new CorporateNumber(digits));
    }

    /// <summary>Parses user input like <see cref="Parse"/>; false when it is not valid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out CorporateNumber? value)
    {
        var result = Parse(input);
        value = result.IsValid ? result.Value : null;
        return value is not null;
    }

    /// <summary>Builds a number from trusted data (seed data, database rows); accepts what <see cref="Parse"/> accepts.</summary>
    /// <exception cref="ArgumentException">The text is not a valid corporate number.</exception>
    public static CorporateNumber From(string valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var result = Parse(valid);
        return result.IsValid
            ? result.Value
            : throw new ArgumentException($"Not a valid corporate number ({result.Error!.Code}).", nameof(valid));
    }

    /// <summary>
    /// Check digit (the leading digit) for the last 12 digits. With P1…P12 numbered from the right and
    /// Qn = 1 for odd n, 2 for even n, the check digit is 9 − (Σ Pn·Qn mod 9).
    /// </summary>
    /// <exception cref="ArgumentException">Not exactly 12 ASCII digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> last12)
    {
        if (last12.Length != DigitCount - 1 || !IdentifierText.AllAsciiDigits(last12))
            throw new ArgumentException("Expected exactly 12 ASCII digits.", nameof(last12));
        var sum = 0;
        for (var n = 1; n <= 12; n++)
            sum += (last12[^n] - '0') * (n % 2 == 1 ? 1 : 2);
        return 9 - sum % 9;
    }

    /// <summary>The 13 digits.</summary>
    public override string ToString() => Value;
}
