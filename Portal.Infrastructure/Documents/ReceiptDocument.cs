namespace Portal.Infrastructure.Documents;

/// <summary>The fixed texts of a receipt (受付票 / 到達通知), Japanese by default; pass localised ones from the web layer.</summary>
public sealed record ReceiptLabels
{
    public string ReceiptNumber { get; init; } = "受付番号";
    public string ReceivedAt { get; init; } = "受付日時";
    public string Hash { get; init; } = "受付内容のハッシュ値（SHA-256）";
    public string ReceiptHeading { get; init; } = "受付の内容";
    public string DataHeading { get; init; } = "受け付けたデータ（受付時の内容の写し）";
    public string IssuedLabel { get; init; } = "発行日時";
    public string JapanTimeSuffix { get; init; } = "（日本時間）";
    public string FooterNote { get; init; } =
        "この受付票は、電子申請が到達したことを示すものです。ハッシュ値は受付時の内容から計算され、後から変わることはありません。";
    public string PageNumberFormat { get; init; } = "{0} / {1}";
    public string DataFieldHeader { get; init; } = "項目";
    public string DataValueHeader { get; init; } = "内容";
}

/// <summary>
/// Builds the <see cref="PortalDocument"/> of a submission receipt (受付票 / 到達通知, DOMAIN.md §10, S6): receipt number, time
/// of receipt in Japan time, the SHA-256 of the canonical content, and a copy of the data as received, in order.
/// </summary>
public static class ReceiptDocument
{
    /// <summary>Builds the receipt document.</summary>
    /// <param name="title">The title, e.g. 国民年金保険料免除・納付猶予申請 受付票.</param>
    /// <param name="receiptNumber">The receipt number.</param>
    /// <param name="receivedAt">When the submission arrived (fixed at submission; shown in Japan time, to the second).</param>
    /// <param name="sha256Hex">SHA-256 of the canonical content: 64 hexadecimal digits.</param>
    /// <param name="receivedData">The data as received, label and value, in the order of the form.</param>
    /// <param name="labels">Fixed texts (Japanese when null).</param>
    /// <param name="issuedAt">When this copy is issued (defaults to <paramref name="receivedAt"/>).</param>
    /// <param name="subtitle">An optional line under the title (e.g. the applicant's name).</param>
    /// <exception cref="ArgumentException">The hash is not 64 hexadecimal digits, or the title or number is empty.</exception>
    public static PortalDocument Create(string title, string receiptNumber, DateTimeOffset receivedAt, string sha256Hex,
        IEnumerable<DocumentField> receivedData, ReceiptLabels? labels = null, DateTimeOffset? issuedAt = null, string? subtitle = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(receiptNumber);
        ArgumentNullException.ThrowIfNull(receivedData);
        if (sha256Hex is null || sha256Hex.Length != 64 || !sha256Hex.All(Uri.IsHexDigit))
            throw new ArgumentException("A SHA-256 hash is 64 hexadecimal digits.", nameof(sha256Hex));
        labels ??= new ReceiptLabels();

        var data = receivedData.ToList();
        return new PortalDocument(title)
        {
            Subtitle = subtitle,
            IssuedAt = issuedAt ?? receivedAt,
            IssuedLabel = labels.IssuedLabel,
            JapanTimeSuffix = labels.JapanTimeSuffix,
            FooterNote = labels.FooterNote,
            PageNumberFormat = labels.PageNumberFormat,
            Blocks =
            [
                new FieldSection(labels.ReceiptHeading,
                [
                    new DocumentField(labels.ReceiptNumber, receiptNumber),
                    new DocumentField(labels.ReceivedAt, PdfDocumentRenderer.FormatJapanTime(receivedAt, seconds: true) + labels.JapanTimeSuffix),
                    new DocumentField(labels.Hash, sha256Hex.ToLowerInvariant()),
                ]),
                new DocumentTable(labels.DataHeading,
                    [new TableColumn(labels.DataFieldHeader, 2), new TableColumn(labels.DataValueHeader, 3)],
                    [.. data.Select(f => TableRow.Of(f.Label, f.Value))]),
            ],
        };
    }
}
