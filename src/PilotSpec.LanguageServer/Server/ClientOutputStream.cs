namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// The stream to the client, watched: the first write or flush that fails with an I/O error
/// (the client closed its end: a broken pipe) completes <see cref="Broken"/>. Without it, a
/// client that stops reading but leaves stdin open would keep the server alive for good,
/// since the JSON-RPC layer only reports failed writes to whoever awaited them.
/// </summary>
public sealed class ClientOutputStream : Stream
{
    private readonly Stream _inner;
    private readonly TaskCompletionSource<IOException> _broken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ClientOutputStream(Stream inner) => _inner = inner;

    /// <summary>Completes with the first write error.</summary>
    public Task<IOException> Broken => _broken.Task;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Watch(() => _inner.Write(buffer, offset, count));

    public override void Flush() => Watch(_inner.Flush);

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        await WriteAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            _broken.TrySetResult(e);
            throw;
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            _broken.TrySetResult(e);
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Watch(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            _broken.TrySetResult(e);
            throw;
        }
    }
}
