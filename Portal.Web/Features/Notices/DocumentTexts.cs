using Microsoft.Extensions.Localization;
using Portal.Infrastructure.Documents;
using Portal.Web.Resources;

namespace Portal.Web.Features.Notices;

/// <summary>The fixed texts every portal PDF shares, and a receipt's labels, in the language of the request.</summary>
public static class DocumentTexts
{
    /// <summary>A document with the shared texts (issue time label, Japan time, page number) filled in.</summary>
    public static PortalDocument Document(IStringLocalizer<SharedResource> l, string title, DateTimeOffset issuedAt) => new(title)
    {
        IssuedAt = issuedAt,
        IssuedLabel = l["Notices.Document.Issued"],
        JapanTimeSuffix = l["Notices.Document.JapanTime"],
        PageNumberFormat = l["Notices.Document.PageNumber"],
        Author = l["App.Name"],
    };

    /// <summary>The labels of a submission receipt (受付票) for <see cref="ReceiptDocument.Create"/>.</summary>
    public static ReceiptLabels Receipt(IStringLocalizer<SharedResource> l) => new()
    {
        ReceiptNumber = l["Notices.Receipt.Number"],
        ReceivedAt = l["Notices.Receipt.ReceivedAt"],
        Hash = l["Notices.Receipt.Hash"],
        ReceiptHeading = l["Notices.Receipt.Heading"],
        DataHeading = l["Notices.Receipt.Data"],
        DataFieldHeader = l["Notices.Receipt.Field"],
        DataValueHeader = l["Notices.Receipt.Value"],
        IssuedLabel = l["Notices.Document.Issued"],
        JapanTimeSuffix = l["Notices.Document.JapanTime"],
        PageNumberFormat = l["Notices.Document.PageNumber"],
        FooterNote = l["Notices.Receipt.Footer"],
    };
}
