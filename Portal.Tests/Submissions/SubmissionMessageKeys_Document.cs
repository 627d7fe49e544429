using System.Text.RegularExpressions;
using Portal.Domain.Submissions;

namespace Portal.Tests.Submissions;

/// <summary>MessageKeys.md lists every key the feature uses, with Japanese and English text, and nothing else.</summary>
public sealed partial class SubmissionMessageKeys_Document
{
    private static readonly string FeatureFolder = Path.Combine(RepoRoot(), "Portal.Domain", "Submissions");

    [GeneratedRegex(@"^\|\s*`(?<key>Submissions\.[A-Za-z0-9.]+)`\s*\|(?<ja>[^|]*)\|(?<en>[^|]*)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex("\"(Submissions\\.[A-Za-z0-9.]*[A-Za-z0-9])\"")]
    private static partial Regex KeyLiteral();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test output");
    }

    private static Dictionary<string, (string Ja, string En)> Documented() =>
        TableRow().Matches(File.ReadAllText(Path.Combine(FeatureFolder, "MessageKeys.md")))
            .ToDictionary(m => m.Groups["key"].Value, m => (m.Groups["ja"].Value.Trim(), m.Groups["en"].Value.Trim()));

    [Fact]
    public void ListsEveryKeyOnceWithBothTexts()
    {
        var documented = Documented();
        Assert.Equal(SubmissionMessageKeys.All.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(documented, kv => kv.Value.Ja.Length == 0 || kv.Value.En.Length == 0);
        Assert.Equal(57, SubmissionMessageKeys.All.Count);
    }

    [Fact]
    public void EveryKeyWrittenInTheCodeIsListed()
    {
        var literals = Directory.EnumerateFiles(FeatureFolder, "*.cs")
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct();
        Assert.All(literals, k => Assert.Contains(k, SubmissionMessageKeys.All));
    }

    [Fact]
    public void EveryErrorHasAStableCodeAndAKeyInTheFeature()
    {
        Assert.All(SubmissionErrors.All, e =>
        {
            Assert.Matches("^[a-z_]+$", e.Code);
            Assert.StartsWith("Submissions.", e.MessageKey);
        });
        Assert.Equal(SubmissionErrors.All.Count, SubmissionErrors.All.Select(e => e.MessageKey).Distinct().Count());
    }
}
