using System.Reflection;
using PdfSharp.Fonts;

namespace Portal.Infrastructure.Documents;

/// <summary>
/// Serves the bundled Japanese font (IPAGothic, <c>ipag.ttf</c>, IPA Font License v1.0) to PDFsharp for every family it is
/// asked for, regular and bold (bold simulated). The font is an embedded resource of this assembly, so rendering never
/// depends on fonts installed on the machine (docs/decisions/0007-pdf-font.md).
/// </summary>
public sealed class PortalFontResolver : IFontResolver
{
    /// <summary>The family name the renderer asks for.</summary>
    public const string FamilyName = "IPAGothic";

    /// <summary>The face name PDFsharp passes back to <see cref="GetFont"/>.</summary>
    public const string FaceName = "IPAGothic-Regular";

    private const string ResourceName = "Portal.Infrastructure.Documents.Fonts.ipag.ttf";

    private static readonly Lazy<byte[]> FontBytes = new(LoadFont, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object Gate = new();

    private PortalFontResolver() { }

    /// <summary>The one instance PDFsharp is given (it must always receive the same instance).</summary>
    public static PortalFontResolver Instance { get; } = new();

    /// <summary>Makes this resolver PDFsharp's font resolver for the process (once; later calls do nothing).</summary>
    public static void EnsureRegistered()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                GlobalFontSettings.FontResolver = Instance;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // One face for everything: a document never falls back to a font that lacks Japanese glyphs.
        new(FaceName, mustSimulateBold: bold, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName == FaceName ? FontBytes.Value : null;

    private static byte[] LoadFont()
    {
        using var stream = typeof(PortalFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing from {typeof(PortalFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
