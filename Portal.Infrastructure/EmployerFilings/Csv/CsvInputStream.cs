using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>Why a CSV upload is refused as a whole (thrown inside the reader, turned into a refusal, never escapes).</summary>
internal sealed class CsvRefusalException(CsvRefusal refusal) : Exception(refusal.Code)
{
    public CsvRefusal Refusal { get; } = refusal;
}

/// <summary>
/// A read-only stream that turns an uploaded CSV into UTF-8 for the parser, one buffer at a time, without loading the
/// file. Encoding, decided explicitly (DOMAIN §7): a UTF-8 byte-order mark → UTF-8; otherwise the first non-ASCII bytes
/// decide: strict UTF-8 if they decode as UTF-8, else strict Shift_JIS (CP932). Every later byte must decode in the
/// chosen encoding, so a file that is neither, or mixes both, is refused. Counts the bytes read and refuses a file over
/// the size limit as soon as it is passed.
/// </summary>
internal sealed class CsvInputStream : Stream
{
    private const int ChunkSize = 64 * 1024;
    private static readonly Encoding Cp932Strict;

    private readonly Stream source;
    private readonly long maxBytes;
    private readonly byte[] input = new byte[ChunkSize + 16];
    private byte[] output = new byte[ChunkSize * 3 + 16];
    private int outputStart, outputEnd;
    private int carry; // undecoded bytes kept at the start of input (an incomplete sequence)
    private long total;
    private bool sourceDone, first = true;
    private Decoder? cp932;
    private readonly char[] chars = new char[ChunkSize + 16];

    static CsvInputStream()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp932Strict = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public CsvInputStream(Stream source, long maxBytes)
    {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /// <summary>The encoding found: null while the file has been ASCII only.</summary>
    public string? DetectedEncoding { get; private set; }

    /// <summary>Bytes read from the upload so far.</summary>
    public long BytesRead => total;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (outputStart == outputEnd && !sourceDone) Fill(source.Read(input.AsSpan(carry, ChunkSize)));
        return Drain(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (outputStart == outputEnd && !sourceDone)
            Fill(await source.ReadAsync(input.AsMemory(carry, ChunkSize), cancellationToken).ConfigureAwait(false));
        return Drain(buffer.Span);
    }

    private int Drain(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, outputEnd - outputStart);
        output.AsSpan(outputStart, n).CopyTo(buffer);
        outputStart += n;
        return n;
    }

    /// <summary>Decodes <paramref name="read"/> new bytes (after the carried ones) into the output buffer.</summary>
    private void Fill(int read)
    {
        outputStart = outputEnd = 0;
        total += read;
        if (total > maxBytes) throw new CsvRefusalException(CsvRefusals.FileTooLarge(maxBytes));
        var final = read == 0;
        if (final) sourceDone = true;
        var length = carry + read;
        var span = input.AsSpan(0, length);
        if (first && (length >= 3 || final))
        {
            first = false;
            if (span.StartsWith("\uFEFF"u8))
            {
                DetectedEncoding = "utf-8";
                span = span[3..];
            }
            else if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                throw new CsvRefusalException(CsvRefusals.UnsupportedEncoding);
            }
        }
        else if (first)
        {
            carry = length; // fewer than 3 bytes so far: wait for more
            return;
        }

        if (DetectedEncoding is null)
        {
            var ascii = 0;
            while (ascii < span.Length && span[ascii] < 0x80) ascii++;
            if (ascii < span.Length)
            {
                if (span.Length - ascii < 8 && !final)
                {
                    // Too few bytes to decide: pass the ASCII on and decide with the next read.
                    Append(span[..ascii]);
                    span[ascii..].CopyTo(input);
                    carry = span.Length - ascii;
                    return;
                }
                DetectedEncoding = Decide(span[ascii..], final);
            }
        }

        switch (DetectedEncoding)
        {
            case null: // ASCII so far: valid in both encodings
                Append(span);
                carry = 0;
                break;
            case "utf-8":
                DecodeUtf8(span, final);
                break;
            default:
                DecodeCp932(span, final);
                break;
        }
    }

    /// <summary>
    /// Decides the encoding from the first buffer, line by line (a line break is the same byte in both encodings):
    /// a line valid only as UTF-8 or only as CP932 votes for it; a line valid as neither refuses the file; votes for both
    /// mean a mixed file. Lines valid in both (rare) do not vote; with no vote, UTF-8.
    /// </summary>
    private static string Decide(ReadOnlySpan<byte> rest, bool final)
    {
        bool utf8 = false, shiftJis = false;
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var last = end < 0;
            var line = last ? rest : rest[..(end + 1)];
            rest = last ? default : rest[(end + 1)..];
            var complete = !last || final;
            if (!line.ContainsAnyExceptInRange((byte)0, (byte)0x7F)) continue;
            var isUtf8 = IsUtf8(line, complete);
            var isCp932 = IsCp932(line, complete);
            if (!isUtf8 && !isCp932) throw new CsvRefusalException(CsvRefusals.UnknownEncoding);
            if (isUtf8 && !isCp932) utf8 = true;
            else if (isCp932 && !isUtf8) shiftJis = true;
        }
        if (utf8 && shiftJis) throw new CsvRefusalException(CsvRefusals.MixedEncoding);
        return shiftJis ? "shift_jis" : "utf-8";
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
        return status is OperationStatus.Done or OperationStatus.NeedMoreData;
    }

    private static bool IsCp932(ReadOnlySpan<byte> bytes, bool complete)
    {
        try
        {
            Cp932Strict.GetDecoder().GetCharCount(bytes, flush: complete);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private void DecodeUtf8(ReadOnlySpan<byte> span, bool final)
    {
        var status = Utf8.ToUtf16(span, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
        if (status == OperationStatus.InvalidData) throw new CsvRefusalException(CsvRefusals.MixedEncoding);
        Append(span[..consumed]);
        var rest = span[consumed..];
        rest.CopyTo(input); // the incomplete sequence at the end waits for the next read
        carry = rest.Length;
    }

    private void DecodeCp932(ReadOnlySpan<byte> span, bool final)
    {
        cp932 ??= Cp932Strict.GetDecoder();
        int charCount;
        try
        {
            charCount = cp932.GetChars(span, chars, flush: final);
        }
        catch (DecoderFallbackException)
        {
            throw new CsvRefusalException(CsvRefusals.MixedEncoding);
        }
        carry = 0; // the decoder keeps a trailing lead byte itself
        var needed = Encoding.UTF8.GetMaxByteCount(charCount);
        if (output.Length < needed) output = new byte[needed];
        outputEnd = Encoding.UTF8.GetBytes(chars.AsSpan(0, charCount), output);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (output.Length < bytes.Length) output = new byte[bytes.Length];
        bytes.CopyTo(output);
        outputEnd = bytes.Length;
    }
}
