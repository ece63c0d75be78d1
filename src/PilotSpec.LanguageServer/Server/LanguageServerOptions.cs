namespace PilotSpec.LanguageServer.Server;

public sealed class LanguageServerOptions
{
    /// <summary>How long diagnostics wait for typing to pause.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// How long the editor must be quiet (no edit, no published diagnostics) before the server
    /// compacts its heap and gives freed memory back (see IdleCollection); null never does.
    /// </summary>
    public TimeSpan? IdleCollectionDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The heap size below which an idle collection is not worth its pause.</summary>
    public long IdleCollectionMinimumHeap { get; init; } = 64L << 20;

    /// <summary>Where the log goes besides window/logMessage (stderr for the executable).</summary>
    public TextWriter? LogWriter { get; init; }

    /// <summary>
    /// Awaited by every request after it took its snapshot and left the ordered context,
    /// before it computes: tests use it to hold a request while they cancel it or edit the
    /// document. Null in production.
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforeRequest { get; init; }
}
