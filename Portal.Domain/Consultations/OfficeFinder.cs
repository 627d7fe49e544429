using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Consultations;

/// <summary>The office finder (事務所検索): by prefecture and city, or the nearest to a postcode.</summary>
public static class OfficeFinder
{
    /// <summary>Offices in <paramref name="prefecture"/> (and <paramref name="city"/> when given), by code.</summary>
    public static IReadOnlyList<Office> ByPrefectureAndCity(IEnumerable<Office> offices, string prefecture, string? city = null)
    {
        var p = prefecture.Trim();
        var c = city?.Trim();
        return offices.Where(o => o.Prefecture == p && (string.IsNullOrEmpty(c) || o.City == c))
            .OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A postcode <c>100-0001</c> or <c>1000001</c> (full-width accepted) as its 7-digit number.
    /// Errors: <c>required</c>, <c>format</c>.
    /// </summary>
    public static ParseResult<int> ParsePostcode(string? input)
    {
        var text = IdentifierText.Normalize(input).Replace("-", "", StringComparison.Ordinal).Replace("〒", "", StringComparison.Ordinal);
        if (text.Length == 0) return ParseResult<int>.Fail("required", "Consultations.Finder.PostcodeRequired");
        if (text.Length != 7 || !IdentifierText.AllAsciiDigits(text))
            return ParseResult<int>.Fail("format", "Consultations.Finder.PostcodeInvalid");
        return ParseResult<int>.Ok(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The offices nearest to <paramref name="postcode"/>. Japanese postcodes are regional by their first three digits, so
    /// the seeded list is ranked by the distance of those (then of the whole number): no geocoding is needed.
    /// </summary>
    public static ParseResult<IReadOnlyList<Office>> NearestToPostcode(IEnumerable<Office> offices, string? postcode, int count = 3)
    {
        var parsed = ParsePostcode(postcode);
        if (!parsed.TryGetValue(out var code)) return ParseResult<IReadOnlyList<Office>>.Fail(parsed.Error!);
        return ParseResult<IReadOnlyList<Office>>.Ok(RankByPostcode(offices, code).Take(count).ToList());
    }

    /// <summary>All offices ranked by postcode distance from <paramref name="postcode"/> (7-digit number).</summary>
    public static IEnumerable<Office> RankByPostcode(IEnumerable<Office> offices, int postcode) =>
        offices.Select(o => (Office: o, Code: ParsePostcode(o.Postcode)))
            .Where(x => x.Code.IsValid)
            .OrderBy(x => Math.Abs(x.Code.Value / 10000 - postcode / 10000))
            .ThenBy(x => Math.Abs(x.Code.Value - postcode))
            .ThenBy(x => x.Office.Code, StringComparer.Ordinal)
            .Select(x => x.Office);
}
