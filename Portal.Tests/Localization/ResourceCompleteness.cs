using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Domain.Accounts;

namespace Portal.Tests.Localization;

/// <summary>Every string the UI asks for exists in Japanese and in English.</summary>
public sealed partial class ResourceCompleteness
{
    private static readonly string WebRoot = Path.Combine(RepoRoot(), "Portal.Web");

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test output");
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static readonly Dictionary<string, string> Japanese = Load("SharedResource.resx");
    private static readonly Dictionary<string, string> English = Load("SharedResource.en.resx");

    [GeneratedRegex("""L\["([A-Za-z0-9.]+)"\]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""(?:"|\()([A-Z][A-Za-z]+\.[A-Za-z.]+[A-Za-z])"\)?""")]
    private static partial Regex MessageKeyLiteral();

    [Fact]
    public void BothLanguagesHaveTheSameKeysAndNoEmptyText()
    {
        Assert.Equal(Japanese.Keys.Order(), English.Keys.Order());
        Assert.DoesNotContain(Japanese, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.DoesNotContain(English, kv => string.IsNullOrWhiteSpace(kv.Value));
    }

    [Fact]
    public void EveryKeyUsedInTheMarkupExists()
    {
        var used = Directory.EnumerateFiles(WebRoot, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct();
        Assert.DoesNotContain(used, k => !Japanese.ContainsKey(k));
    }

    [Fact]
    public void EveryMessageKeyAUseCaseCanReturnExists()
    {
        // Message keys appear as string literals in the domain and in the web use cases.
        var sources = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "Portal.Domain"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(WebRoot, "Features"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var prefixes = new[] { "Validation.", "Accounts.", "Identifier.", "TwoFactor.", "Login." };
        var keys = sources.SelectMany(f => MessageKeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => prefixes.Any(k.StartsWith))
            .Distinct().ToList();
        Assert.NotEmpty(keys);
        Assert.DoesNotContain(keys, k => !Japanese.ContainsKey(k));
    }

    [Fact]
    public void KeysBuiltFromRolesAndMemberRolesExist()
    {
        var built = Roles.All.Select(r => "Role." + r)
            .Concat(Enum.GetNames<MemberRole>().Select(r => "MemberRole." + r));
        Assert.DoesNotContain(built, k => !Japanese.ContainsKey(k));
    }
}
