namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>
/// A journal file on a disk that holds at most <see cref="Capacity"/> bytes, behaving as the OS
/// does when the disk is full: a write keeps the bytes that fit, then fails with "No space left
/// on device". Nothing is buffered: what a write did not refuse is in the real file beneath.
/// </summary>
internal sealed class FullDiskStream(FileStream file) : Stream
{
    public long Capacity { get; set; } = long.MaxValue;

    /// <summary>Closing fails too (a full disk refusing the file's metadata), after the handle is released.</summary>
    public bool FailOnClose { get; set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public static FullDiskStream Open(string path) =>
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0));

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value)
    {
        if (value > Capacity)
        {
            throw new IOException("No space left on device");
        }

        file.SetLength(value);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        var room = (int)Math.Max(0, Math.Min(count, Capacity - file.Position));
        file.Write(buffer, offset, room);
        if (room < count)
        {
            throw new IOException("No space left on device");
        }
    }

    public override void Flush() => file.Flush(flushToDisk: true);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
            if (FailOnClose)
            {
                throw new IOException("No space left on device");
            }
        }

        base.Dispose(disposing);
    }
}
