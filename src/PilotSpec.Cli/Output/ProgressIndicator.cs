namespace PilotSpec.Cli.Output;

/// <summary>
/// "checking 12/40 specs" on stderr, for a person waiting at a terminal: shown only once the
/// work has taken longer than <see cref="DefaultDelay"/> (a quick check stays silent), redrawn
/// in place, and erased when the work is done so it never mixes with the report.
/// </summary>
public sealed class ProgressIndicator : IDisposable
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly string _what;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _done;
    private int _shownWidth;
    private bool _disposed;

    public ProgressIndicator(TextWriter error, int total, string what, bool enabled, TimeSpan delay, TimeSpan? interval = null)
    {
        _error = error;
        _total = total;
        _what = what;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, delay, interval ?? TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>On when stderr is a terminal: a log must not fill up with carriage returns.</summary>
    public static ProgressIndicator ForTerminal(TextWriter error, int total, string what) =>
        new(error, total, what, enabled: !Console.IsErrorRedirected, DefaultDelay);

    public void Advance() => Interlocked.Increment(ref _done);

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_shownWidth > 0)
            {
                _error.Write("\r" + new string(' ', _shownWidth) + "\r");
                _error.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var line = $"{_what} {Volatile.Read(ref _done)}/{_total}";
            _error.Write("\r" + line.PadRight(_shownWidth));
            _error.Flush();
            _shownWidth = Math.Max(_shownWidth, line.Length);
        }
    }
}
