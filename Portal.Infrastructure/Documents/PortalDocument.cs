namespace Portal.Infrastructure.Documents;

/// <summary>
/// A plain printable document the portal hands out as PDF (records, statements, receipts, notices): a title block, a list of
/// blocks (label/value sections, tables, paragraphs) and a footer. All text arrives already localised and formatted; the
/// renderer only lays it out. Render it with <see cref="PdfDocumentRenderer.Render"/>.
/// </summary>
/// <param name="Title">The title, large at the top of the first page and in the PDF's metadata.</param>
public sealed record PortalDocument(string Title)
{
    /// <summary>A line under the title (e.g. the person's name), or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>When the document was issued; shown in Japan time under the title.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The label of the issue time, e.g. 発行日時 / Issued.</summary>
    public string IssuedLabel { get; init; } = "発行日時";

    /// <summary>Text after the time, e.g. （日本時間） / (Japan time).</summary>
    public string JapanTimeSuffix { get; init; } = "（日本時間）";

    /// <summary>The content, top to bottom.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];

    /// <summary>A short note in every page's footer (left), or null.</summary>
    public string? FooterNote { get; init; }

    /// <summary>The page number in the footer (right): <c>{0}</c> is the page, <c>{1}</c> the page count.</summary>
    public string PageNumberFormat { get; init; } = "{0} / {1}";

    /// <summary>The metadata author (the issuing service).</summary>
    public string Author { get; init; } = "ねんきん ポータル";
}

/// <summary>One block of a <see cref="PortalDocument"/>.</summary>
/// <param name="Heading">A heading above the block, or null.</param>
public abstract record DocumentBlock(string? Heading);

/// <summary>A label and its value.</summary>
public sealed record DocumentField(string Label, string Value);

/// <summary>Label/value pairs, the label on the left.</summary>
public sealed record FieldSection(string? Heading, IReadOnlyList<DocumentField> Fields) : DocumentBlock(Heading);

/// <summary>Running text (line breaks with <c>\n</c>).</summary>
public sealed record DocumentParagraph(string? Heading, string Text) : DocumentBlock(Heading);

/// <summary>How a column's cells are aligned.</summary>
public enum ColumnAlignment { Left, Right, Center }

/// <summary>A table column.</summary>
/// <param name="Header">Its header text.</param>
/// <param name="Width">Its share of the table width (relative to the other columns).</param>
/// <param name="Alignment">How its cells are aligned.</param>
public sealed record TableColumn(string Header, double Width = 1, ColumnAlignment Alignment = ColumnAlignment.Left);

/// <summary>A table row: one cell per column, or a group heading spanning the whole width (e.g. a year).</summary>
public sealed record TableRow
{
    private TableRow(IReadOnlyList<string> cells, string? groupHeading) { Cells = cells; GroupHeading = groupHeading; }

    /// <summary>The cells, one per column (empty for a group heading).</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>The text of a group heading row, or null for a row of cells.</summary>
    public string? GroupHeading { get; }

    /// <summary>A row of cells.</summary>
    public static TableRow Of(params string[] cells) => new(cells, null);

    /// <summary>A row of cells.</summary>
    public static TableRow Of(IEnumerable<string> cells) => new([.. cells], null);

    /// <summary>A heading row spanning all columns.</summary>
    public static TableRow Group(string heading) => new([], heading);
}

/// <summary>
/// A table with a header row. When it runs past the page, it continues on the next page with the header repeated.
/// </summary>
public sealed record DocumentTable(string? Heading, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows)
    : DocumentBlock(Heading)
{
    /// <summary>Text shown instead of the rows when there are none, or null to show just the header.</summary>
    public string? EmptyText { get; init; }
}
