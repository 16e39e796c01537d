namespace Okr.Samples.Cli.Tests;

/// <summary>A stream that accepts <c>limit</c> bytes and then fails, as a full disk or a crash would in the middle of a write.</summary>
internal sealed class FailingStream(Stream inner, int limit) : Stream
{
    private int written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int allowed = Math.Max(0, Math.Min(buffer.Length, limit - written));
        inner.Write(buffer[..allowed]);
        written += allowed;
        if (allowed < buffer.Length)
        {
            inner.Flush();
            throw new IOException("No space left on device (simulated).");
        }
    }
}
