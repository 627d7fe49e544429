using System.Diagnostics.CodeAnalysis;
using Portal.Domain.Common;

namespace Portal.Domain.Identifiers;

/// <summary>
/// Individual number, "My Number" (個人番号): 12 digits, the last a check digit. An instance always holds a valid
/// number. <see cref="ToString"/> returns the masked form so that the number cannot leak into a log or an
/// interpolated string by accident; read <see cref="Value"/> deliberately when the digits are needed.
/// </summary>
public sealed record MyNumber
{
    /// <summary>Number of digits, check digit included.</summary>
    public const int DigitCount = 12;

    private MyNumber(string value) => Value = value;

    /// <summary>The 12 digits (sensitive: do not log).</summary>
    public string Value { get; }

    /// <summary>
    /// Parses user input: 12 digits, optionally split into groups by single spaces or hyphens (<c>1234 5678 9018</c>);
    /// full-width characters and surrounding white space are accepted. Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c>, <c>format</c>, <c>length</c> or <c>check_digit</c>.</returns>
    public static ParseResult<MyNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0)
            return ParseResult<MyNumber>.Fail(IdentifierText.Required, "Identifier.MyNumber.Required");
        if (IdentifierText.StripGroupSeparators(text, char.IsAsciiDigit, out var digits) is not null)
            return ParseResult<MyNumber>.Fail(IdentifierText.Format, "Identifier.MyNumber.Format");
        if (digits.Length != DigitCount)
            return ParseResult<MyNumber>.Fail(IdentifierText.Length, "Identifier.MyNumber.Length");
        if (ComputeCheckDigit(digits.AsSpan(0, DigitCount - 1)) != digits[^1] - '0')
            return ParseResult<MyNumber>.Fail(IdentifierText.CheckDigit, "Identifier.MyNumber.CheckDigit");
        return ParseResult<MyNumber>.Ok(new MyNumber(digits));
    }

    /// <summary>Parses user input like <see cref="Parse"/>; false when it is not valid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out MyNumber? value)
    {
        var result = Parse(input);
        value = result.IsValid ? result.Value : null;
        return value is not null;
    }

    /// <summary>Builds a number from trusted data (seed data, database rows); accepts what <see cref="Parse"/> accepts.</summary>
    /// <exception cref="ArgumentException">The text is not a valid My Number (the text is not echoed).</exception>
    public static MyNumber From(string valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var result = Parse(valid);
        return result.IsValid
            ? result.Value
            : throw new ArgumentException($"Not a valid My Number ({result.Error!.Code}).", nameof(valid));
    }

    /// <summary>
    /// Check digit for the first 11 digits. With P1…P11 the digits numbered from the right and weights
    /// Qn = n + 1 (n = 1…6) or n − 5 (n = 7…11), r = Σ Pn·Qn mod 11; the check digit is 0 when r ≤ 1, else 11 − r.
    /// </summary>
    /// <exception cref="ArgumentException">Not exactly 11 ASCII digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> first11)
    {
        if (first11.Length != DigitCount - 1 || !IdentifierText.AllAsciiDigits(first11))
            throw new ArgumentException("Expected exactly 11 ASCII digits.", nameof(first11));
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = first11[^n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /// <summary>Masked form showing only the last 4 digits: <c>********9018</c>.</summary>
    public string Masked() => new string('*', DigitCount - 4) + Value[^4..];

    /// <summary>The masked form (<see cref="Masked"/>), never the full number.</summary>
    public override string ToString() => Masked();
}
