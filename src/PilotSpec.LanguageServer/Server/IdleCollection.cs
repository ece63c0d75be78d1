namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// Gives memory back once the editor has gone quiet. Every edit builds a new syntax tree
/// and bound program and drops the previous ones (about 240 MB for a 100k-line spec); the
/// dead versions sit in the oldest generation, which the runtime collects rarely, so the
/// process would keep hundreds of megabytes it no longer uses. When no edit has come for a
/// while after some work, and the heap has grown well past what was live after the last
/// such collection, one compacting collection runs and returns the freed pages to the
/// system. It runs only when idle (no edit for a while, no request or check running), so
/// its pause (tens of milliseconds for a 20k-line spec) does not fall between a keystroke
/// and its diagnostics.
/// </summary>
public sealed class IdleCollection : IDisposable
{
    private readonly TimeSpan _quiet;
    private readonly long _minimumHeap;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private long _liveAfterLastCollection;
    private int _collections;
    private int _busy;
    private bool _disposed;

    /// <param name="quiet">How long no work may have come before collecting.</param>
    /// <param name="minimumHeap">Below this heap size there is too little to give back to be worth a pause.</param>
    public IdleCollection(TimeSpan quiet, long minimumHeap)
    {
        _quiet = quiet;
        _minimumHeap = minimumHeap;
        _timer = new Timer(_ => CollectIfWorthIt(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Some work happened (an edit, a published result): the quiet period starts again.</summary>
    public void WorkHappened()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Work is running (a request, a check) until the returned lease is disposed: no collection meanwhile.</summary>
    public IDisposable Busy()
    {
        Interlocked.Increment(ref _busy);
        return new Lease(this);
    }

    /// <summary>How many collections this has run (for the tests).</summary>
    public int Collections => Volatile.Read(ref _collections);

    private void CollectIfWorthIt()
    {
        if (Volatile.Read(ref _busy) > 0)
        {
            return; // the lease's end starts the quiet period again
        }

        var heap = GC.GetTotalMemory(forceFullCollection: false);
        if (heap < _minimumHeap || heap < _liveAfterLastCollection + (_liveAfterLastCollection / 2))
        {
            return; // too little to give back, or mostly still live
        }

        // Aggressive: compacts and decommits what it frees, which a background collection does not.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _liveAfterLastCollection = GC.GetTotalMemory(forceFullCollection: false);
        Interlocked.Increment(ref _collections);
    }

    private sealed class Lease : IDisposable
    {
        private IdleCollection? _owner;

        public Lease(IdleCollection owner) => _owner = owner;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _owner, null) is { } owner)
            {
                Interlocked.Decrement(ref owner._busy);
                owner.WorkHappened();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }
}
