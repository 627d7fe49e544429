using System.Text;

namespace Portal.Domain.Identifiers;

/// <summary>
/// Shared clean-up of identifiers typed by users (入力文字の正規化): Unicode NFKC (full-width digits,
/// letters, spaces and the full-width hyphen-minus become ASCII), the dash look-alikes users type in
/// Japanese text become <c>'-'</c>, and surrounding white space (including U+3000) is trimmed.
/// </summary>
public static class IdentifierText
{
    /// <summary>Error code for missing input.</summary>
    public const string Required = "required";
    /// <summary>Error code for characters or separators that are not allowed.</summary>
    public const string Format = "format";
    /// <summary>Error code for a wrong number of digits or characters.</summary>
    public const string Length = "length";
    /// <summary>Error code for a check digit that does not match.</summary>
    public const string CheckDigit = "check_digit";

    /// <summary>
    /// Returns the normalised text, or an empty string when <paramref name="input"/> is null, empty or white space.
    /// Does not validate anything else.
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var text = input.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsDash(c) ? '-' : c);
        return builder.ToString().Trim();
    }

    /// <summary>
    /// True for the hyphen-minus and the characters that look like it: － (U+FF0D, via NFKC), ‐ (U+2010),
    /// ‑ (U+2011), ‒ (U+2012), – (U+2013), — (U+2014), ― (U+2015), − (U+2212), ー (U+30FC) and ｰ (U+FF70).
    /// </summary>
    public static bool IsDash(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015'
            or '\u2212' or '\u30FC' or '\uFF0D' or '\uFF70' => true,
        _ => false,
    };

    /// <summary>True for the separators accepted between digit groups: hyphen and space.</summary>
    internal static bool IsSeparator(char c) => c is '-' or ' ';

    /// <summary>
    /// Splits normalised text into its significant characters and separators. Returns <see cref="Format"/> when a
    /// character is neither allowed nor a separator, or when a separator is not between two significant characters
    /// (at either end, or two in a row); otherwise null and the significant characters in <paramref name="compact"/>.
    /// </summary>
    internal static string? StripGroupSeparators(string normalized, Func<char, bool> isAllowed, out string compact)
    {
        var builder = new StringBuilder(normalized.Length);
        compact = "";
        var previousWasSeparator = true; // a leading separator is refused
        foreach (var c in normalized)
        {
            if (IsSeparator(c))
            {
                if (previousWasSeparator) return Format;
                previousWasSeparator = true;
            }
            else if (isAllowed(c))
            {
                builder.Append(c);
                previousWasSeparator = false;
            }
            else
            {
                return Format;
            }
        }
        if (previousWasSeparator) return Format; // trailing separator (cannot happen after trimming a space, can for '-')
        compact = builder.ToString();
        return null;
    }

    /// <summary>True when every character is an ASCII digit 0–9.</summary>
    internal static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
