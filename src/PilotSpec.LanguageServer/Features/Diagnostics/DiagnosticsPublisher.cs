using System.Threading.Channels;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Diagnostics;

/// <summary>
/// Pushes diagnostics after edits settle: each document's run waits a short delay, and a
/// newer edit cancels the waiting or running one, so typing never queues stale work.
/// Only the latest run of a document may publish, and publications leave in the order
/// they were decided, so an old result never overwrites a newer one. Documents that
/// import an edited one are checked again too.
/// </summary>
public sealed class DiagnosticsPublisher : IDisposable
{
    private readonly ServerLog _log;
    private readonly TimeSpan _delay;
    private readonly object _gate = new();
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _filesByDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _parsing = new(StringComparer.Ordinal);
    private readonly Channel<PublishDiagnosticsParams> _outbox = Channel.CreateUnbounded<PublishDiagnosticsParams>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _sender;
    private readonly IdleCollection? _idle;

    /// <param name="idle">The server's idle housekeeping: a check is work it must not interrupt.</param>
    public DiagnosticsPublisher(IClientNotifier client, ServerLog log, TimeSpan delay, IdleCollection? idle = null)
    {
        _log = log;
        _delay = delay;
        _idle = idle;
        _sender = Task.Run(() => SendLoopAsync(client));
    }

    /// <summary>Schedules the document and every open document whose last compilation read it.</summary>
    public void DocumentChanged(WorkspaceSnapshot snapshot, OpenDocument changed, bool immediately = false)
    {
        Schedule(snapshot, changed, immediately);
        List<string> dependents;
        lock (_gate)
        {
            dependents = _filesByDocument
                .Where(p => p.Key != changed.Uri && p.Value.Contains(changed.Path))
                .Select(p => p.Key)
                .ToList();
        }

        foreach (var uri in dependents)
        {
            if (snapshot.Find(uri) is { } dependent)
            {
                Schedule(snapshot, dependent, immediately: false);
            }
        }
    }

    public void ScheduleAll(WorkspaceSnapshot snapshot)
    {
        foreach (var document in snapshot.Documents.Values)
        {
            Schedule(snapshot, document, immediately: false);
        }
    }

    /// <summary>A closed document's diagnostics are cleared: the file is no longer the editor's to show.</summary>
    public void DocumentClosed(string uri)
    {
        lock (_gate)
        {
            if (_pending.Remove(uri, out var pending))
            {
                pending.Cancel();
            }

            _filesByDocument.Remove(uri);
            _parsing.Remove(uri);
            _outbox.Writer.TryWrite(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>()));
        }
    }

    private void Schedule(WorkspaceSnapshot snapshot, OpenDocument document, bool immediately)
    {
        var cancellation = new CancellationTokenSource();
        lock (_gate)
        {
            if (_pending.Remove(document.Uri, out var previous))
            {
                previous.Cancel();
            }

            _pending[document.Uri] = cancellation;
        }

        _ = Task.Run(() => RunAsync(snapshot, document, immediately ? TimeSpan.Zero : _delay, cancellation));
    }

    private async Task RunAsync(WorkspaceSnapshot snapshot, OpenDocument document, TimeSpan delay, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            if (delay > TimeSpan.Zero)
            {
                var head = delay < ParseAheadDelay ? delay : ParseAheadDelay;
                await Task.Delay(head, token).ConfigureAwait(false);
                var parse = ParseAhead(document);
                await Task.Delay(delay - head, token).ConfigureAwait(false);
                await parse.ConfigureAwait(false);
            }

            token.ThrowIfCancellationRequested();
            using var busy = _idle?.Busy();
            var analysis = snapshot.GetAnalysis(document);
            var diagnostics = analysis.Diagnostics
                .Select(d => DiagnosticConverter.ToLsp(d, analysis.LineIndex, snapshot.Session.Culture))
                .Concat(DesignWarnings.For(analysis, snapshot.Session.Culture))
                .ToArray();
            var files = analysis.FilePaths.ToHashSet(StringComparer.Ordinal);

            lock (_gate)
            {
                if (!_pending.TryGetValue(document.Uri, out var current) || current != cancellation)
                {
                    return; // superseded by a newer edit, or closed
                }

                _pending.Remove(document.Uri);
                _filesByDocument[document.Uri] = files;
                _outbox.Writer.TryWrite(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer edit took over.
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                if (_pending.TryGetValue(document.Uri, out var current) && current == cancellation)
                {
                    _pending.Remove(document.Uri);
                }
            }

            _log.Error($"Checking {document.Uri} failed: {e}");
        }
    }

    /// <summary>
    /// How long after a keystroke its parse starts. The completion request that follows a
    /// keystroke at once reads only tokens (about 20 ms on a 20k-line spec); a parse beside it,
    /// with the collections its garbage causes, doubled its time on two cores. A keystroke
    /// within this time also saves the parse of the version it replaces.
    /// </summary>
    private static readonly TimeSpan ParseAheadDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Every request on a new version needs its tree (semantic tokens, symbols, folding,
    /// hover), so the parse starts early (see ParseAheadDelay); only binding and the checks,
    /// which nothing else needs yet, wait for typing to pause. A parse cannot be stopped halfway, so while one
    /// is running for a document, later keystrokes do not start more (on a 100k-line spec a
    /// parse takes longer than a keystroke): the check parses the version it gets to.
    /// </summary>
    private Task ParseAhead(OpenDocument document)
    {
        lock (_gate)
        {
            if (_parsing.TryGetValue(document.Uri, out var running) && !running.IsCompleted)
            {
                return Task.CompletedTask;
            }

            var parse = Task.Run(
                () =>
                {
                    using var parsing = _idle?.Busy();
                    _ = document.SyntaxTree;
                },
                CancellationToken.None);
            _parsing[document.Uri] = parse;
            return parse;
        }
    }

    private async Task SendLoopAsync(IClientNotifier client)
    {
        await foreach (var parameters in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await client.NotifyAsync("textDocument/publishDiagnostics", parameters).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _log.Warning($"Could not publish diagnostics for {parameters.Uri}: {e.Message}");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
            }

            _pending.Clear();
            _outbox.Writer.TryComplete();
        }
    }
}
