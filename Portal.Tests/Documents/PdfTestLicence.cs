using Portal.Infrastructure.Documents;

namespace Portal.Tests.Documents;

/// <summary>Tests render PDFs under PDFsharp's AGPL licence, as Development does (ADR 0007).</summary>
internal static class PdfTestLicence
{
    public static void Select() => PdfLicensing.Apply(PdfLicensing.Agpl);
}
