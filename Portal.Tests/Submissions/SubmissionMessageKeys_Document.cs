using System.Text.RegularExpressions;
using Portal.Domain.Submissions;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Submissions;

/// <summary>Every key the feature uses has Japanese and English text in the UI resources.</summary>
public sealed partial class SubmissionMessageKeys_Document
{
    private static readonly string FeatureFolder = Path.Combine(UiResources.RepoRoot, "Portal.Domain", "Submissions");

    [GeneratedRegex("\"(Submissions\\.[A-Za-z0-9.]*[A-Za-z0-9])\"")]
    private static partial Regex KeyLiteral();

    [Fact]
    public void EveryKeyHasBothTexts()
    {
        Assert.Empty(UiResources.MissingOrEmpty(SubmissionMessageKeys.All));
        Assert.Equal(60, SubmissionMessageKeys.All.Distinct().Count());
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
