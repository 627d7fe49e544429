using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Portal.Domain.Identifiers;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// Looks for personal data in the app's log: any valid My Number (12 digits with a correct check digit), the basic
/// pension number, full name (kanji or kana) or e-mail address of any person or account in the app's store, any postal
/// address down to the block (other than an office's or an establishment's), and any
/// value a journey typed into a personal field (<see cref="Typed"/>). Findings name the kind and the line number, never
/// the value.
/// </summary>
public sealed partial class PersonalDataScan
{
    private readonly HashSet<string> _pensionNumbers = [];
    private readonly HashSet<string> _names = [];
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _typed = [];
    private int _longestName;
    private readonly List<string> _businessAddresses = [];

    /// <summary>Values the journeys type into personal fields (names, addresses, My Numbers) that the store may not hold in clear.</summary>
    public static readonly string[] Typed =
    [
        "123456789018", // the My Number typed in the employer filing journey
    ];

    public static PersonalDataScan FromStore(string dataDirectory)
    {
        var scan = new PersonalDataScan();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "portal.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT PensionNumber, FamilyName, GivenName, FamilyNameKana, GivenNameKana FROM InsuredPersons";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                scan._pensionNumbers.Add(Digits(reader.GetString(0)));
                scan.AddName(reader.GetString(1) + reader.GetString(2));
                scan.AddName(reader.GetString(3) + reader.GetString(4));
            }
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Email FROM AspNetUsers WHERE Email IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read()) scan._emails.Add(reader.GetString(0));
        }
        // Offices' and establishments' addresses are public business addresses: not personal data when logged.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Address FROM Offices UNION SELECT Address FROM Establishments";
            using var reader = command.ExecuteReader();
            while (reader.Read()) scan._businessAddresses.Add(Compact(reader.GetString(0)));
        }
        foreach (var value in Typed) scan._typed.Add(value);
        return scan;
    }

    public int PeopleKnown => _pensionNumbers.Count;

    private void AddName(string name)
    {
        name = name.Replace(" ", "").Replace("\u3000", "");
        if (name.Length < 2) return;
        _names.Add(name);
        _longestName = Math.Max(_longestName, name.Length);
    }

    /// <summary>Every finding in <paramref name="lines"/> as "line N: kind".</summary>
    public IReadOnlyList<string> Find(IReadOnlyList<string> lines, int firstLineNumber = 1)
    {
        var findings = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = Unescape(lines[i]);
            foreach (var kind in Kinds(text))
                findings.Add($"line {firstLineNumber + i}: {kind}");
        }
        return findings;
    }

    private IEnumerable<string> Kinds(string text)
    {
        foreach (Match m in TwelveDigits().Matches(text))
            if (MyNumber.TryParse(Digits(m.Value), out _)) { yield return "a valid My Number"; break; }
        foreach (Match m in TenDigits().Matches(text))
            if (_pensionNumbers.Contains(Digits(m.Value))) { yield return "a basic pension number from the store"; break; }
        foreach (Match m in JapaneseRun().Matches(text))
            if (ContainsName(m.Value.Replace(" ", "").Replace("\u3000", ""))) { yield return "a person's full name"; break; }
        foreach (Match m in Email().Matches(text))
            if (_emails.Contains(m.Value)) { yield return "an account's e-mail address"; break; }
        foreach (Match m in PostalAddress().Matches(text))
            if (!_businessAddresses.Any(a => a.Contains(Compact(m.Value), StringComparison.Ordinal))) { yield return "a postal address"; break; }
        foreach (var value in _typed)
            if (text.Contains(value, StringComparison.Ordinal)) { yield return "a value typed into a personal field"; break; }
    }

    private bool ContainsName(string run)
    {
        for (var start = 0; start < run.Length; start++)
            for (var length = 2; length <= _longestName && start + length <= run.Length; length++)
                if (_names.Contains(run.Substring(start, length))) return true;
        return false;
    }

    private static string Compact(string s) => s.Replace(" ", "").Replace("\u3000", "");

    private static string Digits(string s) => new(s.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The JSON console logger writes non-ASCII as \uXXXX: read it as the text it stands for.</summary>
    private static string Unescape(string line) => UnicodeEscape().Replace(line,
        m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{4}[ -]?\d{4}[ -]?\d{4}(?![0-9A-Za-z])")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{4}-?\d{6}(?![0-9A-Za-z])")]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}ー 　]{2,}")]
    private static partial Regex JapaneseRun();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    /// <summary>A Japanese postal address down to the block: prefecture, municipality, then a number with 丁目/番/a dash.</summary>
    [GeneratedRegex(@"(?:北海道|東京都|京都府|大阪府|\p{IsCJKUnifiedIdeographs}{2,3}県)[^\s""',{}]{0,20}?[市区町村郡][^\s""',{}]{0,30}?[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|[-－ー‐][0-9０-９]+)")]
    private static partial Regex PostalAddress();

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();
}
