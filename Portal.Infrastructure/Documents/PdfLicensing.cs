using PdfSharp;

namespace Portal.Infrastructure.Documents;

/// <summary>
/// PDFsharp 6.5 is dual-licensed (AGPL-3.0-only or commercial) and refuses to create a document until the application
/// selects a licence. The portal selects it from configuration, <c>Portal:Pdf:License</c>: <see cref="Agpl"/> for the free
/// AGPL licence, any other non-empty value is loaded as a commercial licence key, empty means "no PDFs" (the download
/// endpoints answer 503 and the pages hide the links). Which licence production uses is the service owner's decision
/// (docs/decisions/0007-pdf-font.md); Development selects AGPL so the app and the tests run.
/// </summary>
public static class PdfLicensing
{
    /// <summary>Configuration key of the licence selection.</summary>
    public const string ConfigurationKey = "Portal:Pdf:License";

    /// <summary>The value that selects PDFsharp's AGPL licence.</summary>
    public const string Agpl = "AGPL-3.0-only";

    private static readonly object Gate = new();
    private static volatile bool selected;

    /// <summary>True when a licence has been selected, so documents can be rendered.</summary>
    public static bool IsAvailable => selected;

    /// <summary>Applies a licence setting (see the class summary). Blank leaves PDFs unavailable.</summary>
    public static void Apply(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return;
        lock (Gate)
        {
            if (string.Equals(setting.Trim(), Agpl, StringComparison.OrdinalIgnoreCase)) PdfSharpLicense.SetAgplLicense();
            else PdfSharpLicense.LoadLicense(setting.Trim());
            selected = true;
        }
    }
}
