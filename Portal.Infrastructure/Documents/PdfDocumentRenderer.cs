using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Documents;

/// <summary>
/// Lays a <see cref="PortalDocument"/> out on A4 portrait pages with PDFsharp and the bundled Japanese font: title block,
/// headed blocks, tables that break across pages with their header repeated, and a footer with a note and "page x / y".
/// Thread-safe and stateless; every call renders a new document.
/// </summary>
public static class PdfDocumentRenderer
{
    /// <summary>A4 in points.</summary>
    public const double PageWidth = 595.28, PageHeight = 841.89;

    private const double MarginLeft = 48, MarginRight = 48, MarginTop = 46, MarginBottom = 62;
    private const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    private const double ContentBottom = PageHeight - MarginBottom;
    private const double CellPadding = 3;

    private static readonly XColor Ink = XColor.FromArgb(0x1A, 0x1A, 0x1A);
    private static readonly XColor Muted = XColor.FromArgb(0x55, 0x55, 0x55);
    private static readonly XColor Rule = XColor.FromArgb(0xB4, 0xB4, 0xB4);
    private static readonly XColor HeaderFill = XColor.FromArgb(0xE4, 0xEB, 0xF2);
    private static readonly XColor GroupFill = XColor.FromArgb(0xF2, 0xF2, 0xF2);

    /// <summary>Renders <paramref name="document"/> as a PDF file.</summary>
    /// <exception cref="InvalidOperationException">No PDFsharp licence is selected (<see cref="PdfLicensing"/>).</exception>
    public static byte[] Render(PortalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!PdfLicensing.IsAvailable)
            throw new InvalidOperationException($"No PDFsharp licence is selected: set {PdfLicensing.ConfigurationKey} (see docs/decisions/0007-pdf-font.md).");
        PortalFontResolver.EnsureRegistered();

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Author;
        pdf.Info.Creator = document.Author;
        if (document.IssuedAt != default) pdf.Info.CreationDate = document.IssuedAt.UtcDateTime;
        pdf.PageLayout = PdfPageLayout.SinglePage;

        var layout = new Layout(pdf, document);
        layout.TitleBlock();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case FieldSection s: layout.Fields(s); break;
                case DocumentTable t: layout.Table(t); break;
                case DocumentParagraph p: layout.Paragraph(p); break;
                default: throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }
        layout.Finish();

        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    /// <summary>The issue time as the document shows it: Japan time, <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static string FormatJapanTime(DateTimeOffset at, bool seconds = false) =>
        at.ToOffset(JapanTime.Offset).ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits text into lines that fit <paramref name="width"/> (Japanese breaks anywhere, Latin text at spaces).</summary>
    internal static List<string> Wrap(string text, Func<char, double> charWidth, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            double lineWidth = 0;
            foreach (var c in paragraph)
            {
                var w = charWidth(c);
                if (lineWidth + w > width && line.Length > 0 && !IsClosingPunctuation(c))
                {
                    var breakAt = c == ' ' ? -1 : LastLatinSpace(line);
                    if (breakAt > 0)
                    {
                        lines.Add(line.ToString(0, breakAt).TrimEnd());
                        var rest = line.ToString(breakAt + 1, line.Length - breakAt - 1);
                        line.Clear().Append(rest);
                        lineWidth = rest.Sum(charWidth);
                    }
                    else
                    {
                        lines.Add(line.ToString().TrimEnd());
                        line.Clear();
                        lineWidth = 0;
                        if (c == ' ') continue;
                    }
                }
                line.Append(c);
                lineWidth += w;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    private static int LastLatinSpace(System.Text.StringBuilder line)
    {
        // Break at a space only when the word after it is Latin text (Japanese may break anywhere).
        for (var i = line.Length - 1; i > 0; i--)
        {
            if (line[i] == ' ') return i;
            if (line[i] > '\u024F') return -1;
        }
        return -1;
    }

    private static bool IsClosingPunctuation(char c) => "、。，．）」』】〕・ー,.)".Contains(c);

    private sealed class Layout
    {
        private readonly PdfDocument pdf;
        private readonly PortalDocument doc;
        private readonly Dictionary<(char, double, bool), double> widths = [];
        private readonly XFont body = Font(9.5), bodyBold = Font(9.5, true), small = Font(8.5), smallBold = Font(8.5, true),
            title = Font(16, true), subtitle = Font(11), heading = Font(11.5, true), footer = Font(7.5), running = Font(7.5);
        private XGraphics? gfx;
        private double y;

        public Layout(PdfDocument pdf, PortalDocument doc)
        {
            this.pdf = pdf;
            this.doc = doc;
            NewPage();
        }

        private static XFont Font(double size, bool bold = false) =>
            new(PortalFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));

        private XGraphics G => gfx!;

        private void NewPage()
        {
            gfx?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            gfx = XGraphics.FromPdfPage(page);
            y = MarginTop;
            if (pdf.PageCount > 1)
            {
                // Continuation pages repeat the title small, so a loose page still says what it belongs to.
                G.DrawString(Fit(doc.Title, running, ContentWidth), running, new XSolidBrush(Muted), MarginLeft, y, XStringFormats.TopLeft);
                y += LineHeight(running) + 6;
            }
        }

        private double LineHeight(XFont font) => font.Size * 1.45;

        private double CharWidth(char c, XFont font)
        {
            var key = (c, font.Size, font.Bold);
            if (!widths.TryGetValue(key, out var w))
                widths[key] = w = G.MeasureString(c.ToString(), font).Width;
            return w;
        }

        private List<string> WrapText(string text, XFont font, double width) => Wrap(text, c => CharWidth(c, font), width);

        private string Fit(string text, XFont font, double width)
        {
            var lines = WrapText(text.Replace('\n', ' '), font, width - CharWidth('…', font));
            return lines.Count <= 1 ? lines.FirstOrDefault() ?? "" : lines[0] + "…";
        }

        private bool Fits(double height) => y + height <= ContentBottom;

        private void EnsureSpace(double height)
        {
            if (!Fits(height)) NewPage();
        }

        private void DrawLines(IReadOnlyList<string> lines, XFont font, XColor color, double x, double top, double width,
            ColumnAlignment alignment = ColumnAlignment.Left)
        {
            var brush = new XSolidBrush(color);
            var lh = LineHeight(font);
            for (var i = 0; i < lines.Count; i++)
            {
                var lineTop = top + i * lh + (lh - font.Size) / 2 - 1;
                switch (alignment)
                {
                    case ColumnAlignment.Right:
                        G.DrawString(lines[i], font, brush, x + width, lineTop, XStringFormats.TopRight); break;
                    case ColumnAlignment.Center:
                        G.DrawString(lines[i], font, brush, x + width / 2, lineTop, XStringFormats.TopCenter); break;
                    default:
                        G.DrawString(lines[i], font, brush, x, lineTop, XStringFormats.TopLeft); break;
                }
            }
        }

        public void TitleBlock()
        {
            var titleLines = WrapText(doc.Title, title, ContentWidth);
            DrawLines(titleLines, title, Ink, MarginLeft, y, ContentWidth);
            y += titleLines.Count * LineHeight(title) + 2;
            if (!string.IsNullOrWhiteSpace(doc.Subtitle))
            {
                var lines = WrapText(doc.Subtitle, subtitle, ContentWidth);
                DrawLines(lines, subtitle, Ink, MarginLeft, y, ContentWidth);
                y += lines.Count * LineHeight(subtitle);
            }
            if (doc.IssuedAt != default)
            {
                var issued = $"{doc.IssuedLabel} {FormatJapanTime(doc.IssuedAt)}{doc.JapanTimeSuffix}";
                DrawLines([issued], small, Muted, MarginLeft, y, ContentWidth, ColumnAlignment.Right);
                y += LineHeight(small);
            }
            y += 4;
            G.DrawLine(new XPen(Ink, 1), MarginLeft, y, MarginLeft + ContentWidth, y);
            y += 8;
        }

        /// <summary>Draws a block heading, keeping it with at least <paramref name="keepWith"/> points of what follows.</summary>
        private void Heading(string? text, double keepWith)
        {
            if (string.IsNullOrWhiteSpace(text)) { EnsureSpace(keepWith); return; }
            var lines = WrapText(text, heading, ContentWidth);
            var h = lines.Count * LineHeight(heading);
            y += 6;
            EnsureSpace(h + 4 + keepWith);
            DrawLines(lines, heading, Ink, MarginLeft, y, ContentWidth);
            y += h + 4;
        }

        public void Fields(FieldSection section)
        {
            var labelWidth = ContentWidth * 0.36;
            var valueWidth = ContentWidth - labelWidth;
            var rows = section.Fields.Select(f => (
                Label: WrapText(f.Label, bodyBold, labelWidth - 2 * CellPadding),
                Value: WrapText(f.Value, body, valueWidth - 2 * CellPadding))).ToList();
            double RowHeight((List<string> Label, List<string> Value) r) =>
                Math.Max(r.Label.Count, r.Value.Count) * LineHeight(body) + 2 * CellPadding;

            Heading(section.Heading, rows.Count > 0 ? RowHeight(rows[0]) : 0);
            var pen = new XPen(Rule, 0.5);
            foreach (var row in rows)
            {
                var h = RowHeight(row);
                EnsureSpace(h);
                DrawLines(row.Label, bodyBold, Muted, MarginLeft + CellPadding, y + CellPadding, labelWidth);
                DrawLines(row.Value, body, Ink, MarginLeft + labelWidth + CellPadding, y + CellPadding, valueWidth);
                y += h;
                G.DrawLine(pen, MarginLeft, y, MarginLeft + ContentWidth, y);
            }
            y += 6;
        }

        public void Paragraph(DocumentParagraph paragraph)
        {
            var lines = WrapText(paragraph.Text, body, ContentWidth);
            var lh = LineHeight(body);
            Heading(paragraph.Heading, lh * Math.Min(2, lines.Count));
            foreach (var line in lines)
            {
                EnsureSpace(lh);
                DrawLines([line], body, Ink, MarginLeft, y, ContentWidth);
                y += lh;
            }
            y += 6;
        }

        public void Table(DocumentTable table)
        {
            var columns = table.Columns;
            if (columns.Count == 0) throw new ArgumentException("A table needs at least one column.", nameof(table));
            var total = columns.Sum(c => c.Width <= 0 ? 1 : c.Width);
            var widthsPt = columns.Select(c => ContentWidth * (c.Width <= 0 ? 1 : c.Width) / total).ToArray();
            var lefts = new double[columns.Count];
            for (var i = 1; i < columns.Count; i++) lefts[i] = lefts[i - 1] + widthsPt[i - 1];

            var headerCells = columns.Select((c, i) => WrapText(c.Header, smallBold, widthsPt[i] - 2 * CellPadding)).ToList();
            var headerHeight = headerCells.Max(l => l.Count) * LineHeight(smallBold) + 2 * CellPadding;
            var lh = LineHeight(small);

            List<List<string>> Cells(TableRow row) => row.GroupHeading is { } g
                ? [WrapText(g, smallBold, ContentWidth - 2 * CellPadding)]
                : [.. columns.Select((_, i) => WrapText(i < row.Cells.Count ? row.Cells[i] ?? "" : "", small, widthsPt[i] - 2 * CellPadding))];
            double Height(List<List<string>> cells) => cells.Max(l => l.Count) * lh + 2 * CellPadding;

            var firstHeight = table.Rows.Count > 0 ? Height(Cells(table.Rows[0])) : lh + 2 * CellPadding;
            Heading(table.Heading, headerHeight + firstHeight);
            EnsureSpace(headerHeight + firstHeight);
            DrawHeader();

            if (table.Rows.Count == 0 && table.EmptyText is { } empty)
            {
                var lines = WrapText(empty, small, ContentWidth - 2 * CellPadding);
                DrawLines(lines, small, Muted, MarginLeft + CellPadding, y + CellPadding, ContentWidth);
                y += lines.Count * lh + 2 * CellPadding;
            }

            var rule = new XPen(Rule, 0.5);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var cells = Cells(row);
                var h = Height(cells);
                // A group heading stays with the first row of its group.
                var keep = row.GroupHeading is not null && r + 1 < table.Rows.Count ? Height(Cells(table.Rows[r + 1])) : 0;
                if (!Fits(h + keep))
                {
                    NewPage();
                    DrawHeader();
                }
                if (row.GroupHeading is not null)
                {
                    G.DrawRectangle(new XSolidBrush(GroupFill), MarginLeft, y, ContentWidth, h);
                    DrawLines(cells[0], smallBold, Ink, MarginLeft + CellPadding, y + CellPadding, ContentWidth - 2 * CellPadding);
                }
                else
                {
                    for (var i = 0; i < columns.Count; i++)
                        DrawLines(cells[i], small, Ink, MarginLeft + lefts[i] + CellPadding, y + CellPadding,
                            widthsPt[i] - 2 * CellPadding, columns[i].Alignment);
                }
                y += h;
                G.DrawLine(rule, MarginLeft, y, MarginLeft + ContentWidth, y);
            }
            y += 8;

            void DrawHeader()
            {
                G.DrawRectangle(new XSolidBrush(HeaderFill), MarginLeft, y, ContentWidth, headerHeight);
                for (var i = 0; i < columns.Count; i++)
                    DrawLines(headerCells[i], smallBold, Ink, MarginLeft + lefts[i] + CellPadding, y + CellPadding,
                        widthsPt[i] - 2 * CellPadding, columns[i].Alignment);
                y += headerHeight;
                G.DrawLine(new XPen(Muted, 0.75), MarginLeft, y, MarginLeft + ContentWidth, y);
            }
        }

        public void Finish()
        {
            gfx?.Dispose();
            gfx = null;
            var count = pdf.PageCount;
            for (var i = 0; i < count; i++)
            {
                using var g = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
                gfx = g;
                var top = PageHeight - MarginBottom + 18;
                g.DrawLine(new XPen(Rule, 0.5), MarginLeft, top, MarginLeft + ContentWidth, top);
                var number = string.Format(System.Globalization.CultureInfo.InvariantCulture, doc.PageNumberFormat, i + 1, count);
                var numberWidth = g.MeasureString(number, footer).Width;
                g.DrawString(number, footer, new XSolidBrush(Muted), MarginLeft + ContentWidth, top + 5, XStringFormats.TopRight);
                if (!string.IsNullOrWhiteSpace(doc.FooterNote))
                {
                    var lines = WrapText(doc.FooterNote, footer, ContentWidth - numberWidth - 12);
                    if (lines.Count > 2) lines = [lines[0], Fit(string.Concat(lines.Skip(1)), footer, ContentWidth - numberWidth - 12)];
                    DrawLines(lines, footer, Muted, MarginLeft, top + 4, ContentWidth - numberWidth - 12);
                }
                gfx = null;
            }
        }
    }
}
