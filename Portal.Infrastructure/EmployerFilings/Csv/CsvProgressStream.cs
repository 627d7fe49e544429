namespace Portal.Infrastructure.EmployerFilings.Csv;

/// <summary>How far an upload has been read: bytes and lines (a line feed is never part of a UTF-8 or CP932 character).</summary>
public readonly record struct CsvProgress(long BytesRead, long? TotalBytes, long LinesRead)
{
    /// <summary>Employee rows read so far (the file record and the header row are not counted).</summary>
    public long RowsRead => Math.Max(0, LinesRead - 2);
    /// <summary>0–100 when the size is known.</summary>
    public int? Percent => TotalBytes is { } t && t > 0 ? (int)Math.Min(100, BytesRead * 100 / t) : null;
}

/// <summary>
/// A read-only pass-through stream that reports progress while the CSV reader consumes it (at most every
/// <paramref name="interval"/>), so a screen can show a progress bar for a large file. It only counts; the reader keeps
/// every limit.
/// </summary>
public sealed class CsvProgressStream(Stream inner, long? totalBytes, Action<CsvProgress> report, TimeSpan? interval = null) : Stream
{
    private readonly long _intervalTicks = (interval ?? TimeSpan.FromMilliseconds(100)).Ticks;
    private long _bytes, _lines, _lastReport;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _bytes; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsMemory(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        return Count(buffer[..n]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reports the final figures (call once reading is over).</summary>
    public void Complete() => report(new CsvProgress(_bytes, totalBytes, _lines));

    private int Count(ReadOnlyMemory<byte> memory)
    {
        var read = memory.Span;
        _bytes += read.Length;
        _lines += System.MemoryExtensions.Count(read, (byte)'\n');
        var now = DateTime.UtcNow.Ticks;
        if (read.Length > 0 && now - _lastReport >= _intervalTicks)
        {
            _lastReport = now;
            report(new CsvProgress(_bytes, totalBytes, _lines));
        }
        return read.Length;
    }
}

