using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.TestSupport;

/// <summary>
/// Drives server-rendered forms like a browser: GET the page, read the form (with its antiforgery token
/// and handler name), fill fields by their input id, POST it back, follow local redirects on request.
/// </summary>
public sealed class FormClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await Page.ReadAsync(url, response);
    }

    /// <summary>Fills the form that contains <paramref name="submitId"/> and posts it.</summary>
    public async Task<Page> SubmitAsync(Page page, string submitId, Dictionary<string, string> valuesByInputId)
    {
        var submit = page.Document.GetElementById(submitId) ?? throw new InvalidOperationException($"No element #{submitId} on {page.Url}");
        var form = submit.Closest("form") as IHtmlFormElement ?? throw new InvalidOperationException($"#{submitId} is not in a form");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name)) continue;
            var value = valuesByInputId.TryGetValue(input.Id ?? "", out var v) ? v : input.Value;
            fields.Add(new(input.Name, value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (string.IsNullOrEmpty(select.Name)) continue;
            fields.Add(new(select.Name, valuesByInputId.TryGetValue(select.Id ?? "", out var v) ? v : select.Value ?? ""));
        }
        var missing = valuesByInputId.Keys.Where(id => form.QuerySelector($"#{id}") is null).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"No inputs {string.Join(", ", missing)} in the form on {page.Url}");

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        var response = await http.PostAsync(action, new FormUrlEncodedContent(fields));
        return await Page.ReadAsync(action, response);
    }

    /// <summary>Follows redirects (local only) until a page answers.</summary>
    public async Task<Page> FollowAsync(Page page, int maxHops = 5)
    {
        for (var i = 0; i < maxHops && page.IsRedirect; i++)
            page = await GetAsync(page.Location!);
        return page;
    }

    public void Dispose() => http.Dispose();

    public sealed record Page(string Url, HttpStatusCode Status, string? Location, IHtmlDocument Document, string Html)
    {
        public bool IsRedirect => (int)Status is >= 300 and < 400;

        public static async Task<Page> ReadAsync(string url, HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
            return new Page(url, response.StatusCode, location, Parser.ParseDocument(html), html);
        }

        /// <summary>The error text shown next to the input with this id (its "-error" container).</summary>
        public string FieldError(string inputId) =>
            Document.GetElementById(inputId + "-error")?.TextContent.Trim() ?? "";

        public string Alert() => string.Join(" ", Document.QuerySelectorAll("[role=alert]").Select(e => e.TextContent.Trim()));

        public bool Has(string selector) => Document.QuerySelector(selector) is not null;
    }
}
