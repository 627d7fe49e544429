using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Portal.Web.Features.Operations;

/// <summary>
/// A small, self-contained HTML page for answers written by middleware (rate limit hit, read-only mode), where no Blazor
/// page renders: the heading and the message in the request's language, and a link back.
/// </summary>
internal static class PlainPage
{
    // HtmlEncoder.Default escapes every non-ASCII character: Japanese text would go out as numeric references only.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task WriteAsync(HttpContext context, int status, string title, string message, string backText)
    {
        var encode = Encoder;
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{encode.Encode(title)}</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main id="main" class="rz-p-4">
            <h1 class="rz-text-h4">{encode.Encode(title)}</h1>
            <p role="alert" class="form-alert" data-testid="plain-page-message">{encode.Encode(message)}</p>
            <p><a href="/">{encode.Encode(backText)}</a></p>
            </main></body></html>
            """, context.RequestAborted);
    }
}
