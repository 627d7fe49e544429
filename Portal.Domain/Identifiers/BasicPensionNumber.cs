using System.Diagnostics.CodeAnalysis;
using Portal.Domain.Common;

namespace Portal.Domain.Identifiers;

/// <summary>
/// Basic pension number (基礎年金番号): 10 digits, a 4-digit symbol and a 6-digit serial, shown as
/// <c>1234-567890</c>. It has no check digit. An instance always holds a valid number.
/// </summary>
public sealed record BasicPensionNumber
{
    /// <summary>Number of digits.</summary>
    public const int DigitCount = 10;
    private const int SymbolLength = 4;

    private BasicPensionNumber(string value) => Value = value;

    /// <summary>The 10 digits, without separator (the stored form).</summary>
    public string Value { get; }

    /// <summary>The first 4 digits (記号).</summary>
    public string Symbol => Value[..SymbolLength];

    /// <summary>The last 6 digits (番号).</summary>
    public string Serial => Value[SymbolLength..];

    /// <summary>
    /// Parses user input: 10 digits, optionally with one hyphen or one space between the 4th and 5th digit
    /// (<c>1234-567890</c>, <c>1234 567890</c>, <c>1234567890</c>); full-width characters and surrounding
    /// white space are accepted. Never throws.
    /// </summary>
    /// <returns>Errors <c>required</c>, <c>format</c> (other characters, misplaced or several separators) or <c>length</c>.</returns>
    public static ParseResult<BasicPensionNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0)
            return ParseResult<BasicPensionNumber>.Fail(IdentifierText.Required, "Identifier.BasicPensionNumber.Required");

        var separators = 0;
        var separatorIndex = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IdentifierText.IsSeparator(c))
            {
                separators++;
                separatorIndex = i;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return ParseResult<BasicPensionNumber>.Fail(IdentifierText.Format, "Identifier.BasicPensionNumber.Format");
            }
        }
        if (separators > 1)
            return ParseResult<BasicPensionNumber>.Fail(IdentifierText.Format, "Identifier.BasicPensionNumber.Format");
        if (text.Length - separators != DigitCount)
            return ParseResult<BasicPensionNumber>.Fail(IdentifierText.Length, "Identifier.BasicPensionNumber.Length");
        if (separators == 1 && separatorIndex != SymbolLength)
            return ParseResult<BasicPensionNumber>.Fail(IdentifierText.Format, "Identifier.BasicPensionNumber.Format");

        var digits = separators == 0 ? text : text.Remove(separatorIndex, 1);
        return ParseResult<BasicPensionNumber>.Ok(new BasicPensionNumber(digits));
    }

    /// <summary>Parses user input like <see cref="Parse"/>; false when it is not valid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out BasicPensionNumber? value)
    {
        var result = Parse(input);
        value = result.IsValid ? result.Value : null;
        return value is not null;
    }

    /// <summary>Builds a number from trusted data (seed data, database rows); accepts what <see cref="Parse"/> accepts.</summary>
    /// <exception cref="ArgumentException">The text is not a valid basic pension number (the text is not echoed).</exception>
    public static BasicPensionNumber From(string valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var result = Parse(valid);
        return result.IsValid
            ? result.Value
            : throw new ArgumentException($"Not a valid basic pension number ({result.Error!.Code}).", nameof(valid));
    }

    /// <summary>Display form with a hyphen: <c>1234-567890</c>.</summary>
    public override string ToString() => $"{Symbol}-{Serial}";

    /// <summary>Masked display form showing only the last 4 digits: <c>****-**7890</c>.</summary>
    public string Masked() => $"****-**{Value[^4..]}";
}
