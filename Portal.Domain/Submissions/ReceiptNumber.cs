using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Submissions;

/// <summary>
/// A receipt number (到達番号), fixed at first submission and kept by every later revision.
/// <para>Format <c>YYYYMMDD-KKK-NNNNNNN</c>, 20 characters, e.g. <c>20261122-EXM-0000042</c>:</para>
/// <list type="bullet">
/// <item><c>YYYYMMDD</c>: the receipt date in Japan time (UTC+9), a real calendar date, years 2000–2199;</item>
/// <item><c>KKK</c>: the form's <see cref="SubmissionKind.ReceiptCode"/>, three characters A–Z or 0–9;</item>
/// <item><c>NNNNNNN</c>: a sequence number 0000001–9999999 from the issuing generator (unique per date and kind).</item>
/// </list>
/// No check digit. <see cref="Parse"/> accepts full-width characters, dash look-alikes and lower-case letters.
/// </summary>
public sealed record ReceiptNumber
{
    /// <summary>Length of the canonical form.</summary>
    public const int Length = 20;
    /// <summary>Highest sequence number.</summary>
    public const int MaxSequence = 9_999_999;

    private ReceiptNumber(DateOnly date, string kindCode, int sequence)
    {
        Date = date;
        KindCode = kindCode;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}-{kindCode}-{sequence:D7}");
    }

    /// <summary>The canonical text, e.g. <c>20261122-EXM-0000042</c>.</summary>
    public string Value { get; }
    /// <summary>Receipt date (Japan time).</summary>
    public DateOnly Date { get; }
    /// <summary>The kind's receipt code.</summary>
    public string KindCode { get; }
    /// <summary>Sequence number, 1–9,999,999.</summary>
    public int Sequence { get; }

    /// <summary>Builds a number from its parts. Throws for parts out of range (a generator bug, not user input).</summary>
    /// <exception cref="ArgumentException">Date outside 2000–2199, malformed kind code or sequence out of range.</exception>
    public static ReceiptNumber Create(DateOnly date, string kindCode, int sequence)
    {
        if (date.Year is < 2000 or > 2199) throw new ArgumentOutOfRangeException(nameof(date), date, "Year must be 2000–2199.");
        if (kindCode is null || !IsKindCode(kindCode)) throw new ArgumentException("Kind code must be three characters A–Z or 0–9.", nameof(kindCode));
        if (sequence is < 1 or > MaxSequence) throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Sequence must be 1–9999999.");
        return new ReceiptNumber(date, kindCode, sequence);
    }

    /// <summary>Builds the number for <paramref name="kind"/> received at <paramref name="receivedAt"/> (dated in Japan time).</summary>
    public static ReceiptNumber Create(SubmissionKind kind, DateTimeOffset receivedAt, int sequence)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Create(JapanTime.DateOf(receivedAt), kind.ReceiptCode, sequence);
    }

    /// <summary>
    /// Parses typed or stored text. Never throws. Errors: <c>required</c> (<c>Submissions.ReceiptNumber.Required</c>),
    /// <c>format</c> (<c>Submissions.ReceiptNumber.Format</c>) for anything not in the documented form.
    /// </summary>
    public static ParseResult<ReceiptNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input).ToUpperInvariant();
        if (text.Length == 0) return ParseResult<ReceiptNumber>.Fail(SubmissionErrors.ReceiptNumberRequired);
        if (text.Length != Length || text[8] != '-' || text[12] != '-')
            return ParseResult<ReceiptNumber>.Fail(SubmissionErrors.ReceiptNumberFormat);

        var datePart = text.AsSpan(0, 8);
        var kindPart = text.Substring(9, 3);
        var sequencePart = text.AsSpan(13, 7);
        if (!IdentifierText.AllAsciiDigits(datePart) || !IdentifierText.AllAsciiDigits(sequencePart) || !IsKindCode(kindPart)
            || !DateOnly.TryParseExact(datePart, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2000 or > 2199)
            return ParseResult<ReceiptNumber>.Fail(SubmissionErrors.ReceiptNumberFormat);

        var sequence = int.Parse(sequencePart, NumberStyles.None, CultureInfo.InvariantCulture);
        return sequence < 1
            ? ParseResult<ReceiptNumber>.Fail(SubmissionErrors.ReceiptNumberFormat)
            : ParseResult<ReceiptNumber>.Ok(new ReceiptNumber(date, kindPart, sequence));
    }

    /// <summary>True for three characters A–Z or 0–9.</summary>
    public static bool IsKindCode(string text) => text.Length == 3 && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>The canonical text.</summary>
    public override string ToString() => Value;
}

/// <summary>
/// Issues receipt numbers (storage keeps the per-date, per-kind sequence). Called by
/// <see cref="Submission.Submit(string, string, DateTimeOffset, IReceiptNumberGenerator, SubmissionActor, string?)"/>
/// only when a submission is really made, so refused and repeated submits use up no numbers.
/// </summary>
public interface IReceiptNumberGenerator
{
    /// <summary>
    /// The next number for <paramref name="kind"/> received at <paramref name="receivedAt"/>. It must carry the Japan-time date
    /// of <paramref name="receivedAt"/> and <paramref name="kind"/>'s receipt code (see <see cref="ReceiptNumber.Create(SubmissionKind, DateTimeOffset, int)"/>).
    /// </summary>
    ReceiptNumber Next(SubmissionKind kind, DateTimeOffset receivedAt);
}
