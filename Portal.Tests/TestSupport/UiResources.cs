using System.Xml.Linq;

namespace Portal.Tests.TestSupport;

/// <summary>The UI's strings as the resource files hold them: Japanese (default) and English.</summary>
public static class UiResources
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static IReadOnlyDictionary<string, string> Japanese { get; } = Load("SharedResource.resx");
    public static IReadOnlyDictionary<string, string> English { get; } = Load("SharedResource.en.resx");

    /// <summary>Keys missing, or empty, in either language.</summary>
    public static IEnumerable<string> MissingOrEmpty(IEnumerable<string> keys) =>
        keys.Where(k => string.IsNullOrWhiteSpace(Japanese.GetValueOrDefault(k)) || string.IsNullOrWhiteSpace(English.GetValueOrDefault(k)));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test output");
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(RepoRoot, "Portal.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
}
