using System.Text.RegularExpressions;
using Portal.Domain.Accounts;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Localization;

/// <summary>Every string the UI asks for exists in Japanese and in English.</summary>
public sealed partial class ResourceCompleteness
{
    private static readonly string WebRoot = Path.Combine(UiResources.RepoRoot, "Portal.Web");
    private static IReadOnlyDictionary<string, string> Japanese => UiResources.Japanese;
    private static IReadOnlyDictionary<string, string> English => UiResources.English;

    [GeneratedRegex("""L\["([A-Za-z0-9.]+)"\]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""(?:(?<!cref=)"|\()([A-Z][A-Za-z]+\.[A-Za-z.]+[A-Za-z])"\)?""")]
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
        var sources = Directory.EnumerateFiles(Path.Combine(UiResources.RepoRoot, "Portal.Domain"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(WebRoot, "Features"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var prefixes = new[] { "Validation.", "Accounts.", "Identifier.", "TwoFactor.", "Login.", "Records.", "Submissions.", "Benefits.", "Consultations." };
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
