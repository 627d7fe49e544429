using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Domain.Submissions;

/// <summary>
/// Canonical JSON (正規化JSON) of a payload, so the same logical content always gives the same bytes and hash:
/// <list type="bullet">
/// <item>UTF-8, no insignificant white space;</item>
/// <item>object members sorted by name, ordinally (UTF-16 code units, as RFC 8785), at every level; duplicate names refused;</item>
/// <item>array order kept;</item>
/// <item>strings re-encoded by System.Text.Json's default encoder: every non-ASCII character and the HTML-sensitive
/// characters as <c>\uXXXX</c> (upper-case hex), so <c>"あ"</c> and <c>"\u3042"</c> give the same text, and the output is
/// pure ASCII and does not depend on the runtime's Unicode tables (a receipt must still verify in ten years);</item>
/// <item>numbers as written (System.Text.Json keeps a parsed number's text): <c>1</c> and <c>1.0</c> differ, so producers
/// write numbers one way (whole yen as integers);</item>
/// <item>values built from .NET objects go through System.Text.Json's defaults first, so dates become ISO 8601
/// (<c>2026-04-01</c>, <c>2026-04-01T09:00:00+09:00</c>).</item>
/// </list>
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };
    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The canonical text of <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">Not valid JSON, or an object repeats a member name.</exception>
    public static string Canonicalize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, ReaderOptions);
            return Write(document.RootElement);
        }
        catch (InvalidOperationException e) // e.g. a string holding a lone surrogate escape
        {
            throw new JsonException("The JSON cannot be canonicalised: " + e.Message, e);
        }
    }

    /// <summary>The canonical text of <paramref name="node"/> (<c>null</c> for a null node).</summary>
    /// <exception cref="JsonException">The node repeats a member name or holds a value that cannot be written.</exception>
    public static string Canonicalize(JsonNode? node) => Canonicalize(node?.ToJsonString() ?? "null");

    /// <summary>Canonicalises <paramref name="json"/>; false (and no exception) when it is null or not valid JSON.</summary>
    public static bool TryCanonicalize(string? json, out string canonical)
    {
        canonical = "";
        if (json is null) return false;
        try
        {
            canonical = Canonicalize(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>SHA-256 of the canonical text's UTF-8 bytes, as 64 lower-case hex digits.</summary>
    public static string Hash(JsonNode? node) => Sha256Hex(Canonicalize(node));

    /// <summary>SHA-256 of the canonical form of <paramref name="json"/>, as 64 lower-case hex digits.</summary>
    /// <exception cref="JsonException">Not valid JSON.</exception>
    public static string Hash(string json) => Sha256Hex(Canonicalize(json));

    /// <summary>SHA-256 of <paramref name="text"/>'s UTF-8 bytes as 64 lower-case hex digits (the text is hashed as given).</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Write(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            WriteElement(writer, root);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = element.EnumerateObject().ToList();
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                writer.WriteStartObject();
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0 && string.Equals(members[i - 1].Name, members[i].Name, StringComparison.Ordinal))
                        throw new JsonException($"An object repeats the member name '{members[i].Name}'.");
                    writer.WritePropertyName(members[i].Name);
                    WriteElement(writer, members[i].Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) WriteElement(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default: // numbers (their text as parsed), true, false, null
                element.WriteTo(writer);
                break;
        }
    }
}

/// <summary>
/// The content hash fixed in a receipt (DOMAIN §9, S6): SHA-256 (lower-case hex) of the canonical JSON of
/// <c>{"kind": code, "payload": canonical payload, "receiptNumber": "YYYYMMDD-KKK-NNNNNNN",
/// "receivedAt": "yyyy-MM-ddTHH:mm:ss.fffZ" (UTC, milliseconds), "revision": n}</c>.
/// Every revision uses the original receipt number and receipt time; only revision and payload change.
/// </summary>
public static class ReceiptHash
{
    /// <summary>Format of <c>receivedAt</c> inside the hashed document (UTC, whole milliseconds).</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The canonical JSON document that is hashed.</summary>
    /// <exception cref="JsonException"><paramref name="payload"/> is not valid JSON.</exception>
    public static string Document(SubmissionKind kind, int revision, ReceiptNumber receiptNumber, DateTimeOffset receivedAt, string payload)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(receiptNumber);
        ArgumentNullException.ThrowIfNull(payload);
        if (revision < 1) throw new ArgumentOutOfRangeException(nameof(revision), revision, "Revisions start at 1.");
        var document = new JsonObject
        {
            ["kind"] = kind.Code,
            ["payload"] = JsonNode.Parse(CanonicalJson.Canonicalize(payload)),
            ["receiptNumber"] = receiptNumber.Value,
            ["receivedAt"] = receivedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            ["revision"] = revision,
        };
        return CanonicalJson.Canonicalize(document);
    }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Document"/>.</summary>
    public static string Compute(SubmissionKind kind, int revision, ReceiptNumber receiptNumber, DateTimeOffset receivedAt, string payload) =>
        CanonicalJson.Sha256Hex(Document(kind, revision, receiptNumber, receivedAt, payload));

    /// <summary>
    /// True when every stored revision of <paramref name="submission"/> still hashes to its recorded value and revision 1's
    /// hash is the receipt's (a tamper check for the nightly job). True for a draft (nothing fixed yet).
    /// </summary>
    public static bool Verify(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Receipt is not { } receipt) return submission.Revisions.Count == 0;
        if (submission.Revisions.Count == 0 || submission.Revisions[0].ContentHash != receipt.ContentHash) return false;
        return submission.Revisions.All(r =>
            CanonicalJson.TryCanonicalize(r.Payload, out _)
            && Compute(submission.Kind, r.Number, receipt.Number, receipt.ReceivedAt, r.Payload) == r.ContentHash);
    }
}
