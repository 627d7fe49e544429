using System.Text;
using Portal.Domain.Identifiers;

namespace Portal.Domain.EmployerFilings;

/// <summary>
/// Character rules for names on employer notifications (DOMAIN §7): names are full-width (kanji, kana); no half-width
/// katakana, no machine-dependent characters (機種依存文字: ①, ㈱, ㍻, Ⅰ, IBM extension kanji) and no characters outside
/// Shift_JIS (CP932) such as private-use 外字 or JIS X 0213 additions.
/// </summary>
public static class FilingText
{
    /// <summary>Longest name accepted, in characters.</summary>
    public const int MaxNameLength = 50;

    private static readonly Encoding Cp932;

    static FilingText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Characters CP932 cannot hold become NUL, which a name never contains (control characters are refused first).
        Cp932 = Encoding.GetEncoding(932, new EncoderReplacementFallback("\0"), DecoderFallback.ExceptionFallback);
    }

    /// <summary>Checks a name in kanji (氏名): null when acceptable, else the rule broken.</summary>
    public static FilingRule? CheckKanjiName(string name) => CheckName(name, kanaOnly: false);

    /// <summary>Checks a name in kana (氏名カナ, full-width katakana): null when acceptable, else the rule broken.</summary>
    public static FilingRule? CheckKanaName(string name) => CheckName(name, kanaOnly: true);

    private static FilingRule? CheckName(string name, bool kanaOnly)
    {
        if (name.Length > MaxNameLength) return FilingRules.TextTooLong;
        foreach (var c in name)
        {
            if (char.IsControl(c)) return FilingRules.ControlCharacter;
            if (c is >= '\uFF61' and <= '\uFF9F') return FilingRules.HalfWidthKana;
        }
        var machine = CheckCp932(name);
        if (machine is not null) return machine;
        foreach (var c in name)
        {
            if (c == ' ' || c == '\u3000') continue;
            if (c < 0x80) return FilingRules.NotFullWidth; // half-width letters, digits and symbols
            if (kanaOnly && !IsFullWidthKatakana(c)) return FilingRules.NotKatakana;
        }
        return null;
    }

    /// <summary>True for full-width katakana, the long vowel mark and the middle dot.</summary>
    public static bool IsFullWidthKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or '\u30FC' or '\u30FB' or '\u30FD' or '\u30FE';

    /// <summary>
    /// Machine-dependent and non-standard characters: a character CP932 cannot encode is non-standard; one it encodes in
    /// the NEC special row (0x87xx) or the NEC-selected / IBM extensions (0xED–0xEE, 0xFA–0xFC lead bytes) is
    /// machine-dependent. Null when the text is plain JIS X 0208.
    /// </summary>
    public static FilingRule? CheckCp932(string text)
    {
        if (text.Length == 0) return null;
        foreach (var c in text)
            if (char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF') return FilingRules.NonStandardCharacter;
        var max = Cp932.GetMaxByteCount(text.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : new byte[max];
        var count = Cp932.GetBytes(text, buffer);
        var bytes = buffer[..count];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == 0) return FilingRules.NonStandardCharacter;
            if (b < 0x80 || b is >= 0xA1 and <= 0xDF) continue; // single byte
            if (b == 0x87 || b is 0xED or 0xEE or >= 0xFA and <= 0xFC) return FilingRules.MachineDependent;
            i++; // skip the trail byte
        }
        return null;
    }

    /// <summary>Insured reference (被保険者整理番号): 1 to 6 digits (full-width accepted). Returns the digits or null.</summary>
    public static string? NormalizeInsuredReference(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length is 0 or > 6) return null;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return null;
        return text;
    }
}
