using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// What an editor waits for on a 20k-line spec, measured at the client end of the real
/// server (issue 10: completion p95 under 50 ms, edit to published diagnostics p95 under
/// 300 ms). Every edit types or deletes the last letter of a wave's name, as a writer does;
/// the diagnostics include the server's 150 ms pause for typing to stop.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class LanguageServerBenchmarks
{
    private EditedSpec _spec = null!;
    private LspSession _session = null!;
    private int _version;
    private bool _lastLetterTyped = true;
    private Task _pendingDiagnostics = Task.CompletedTask;

    [Params(20_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _spec = EditedSpec.Generate(Lines);
        _session = await LspSession.StartAsync();
        _version = 1;
        await _session.OpenAsync(EditedSpec.Uri, _spec.Text, _version);
    }

    [GlobalCleanup]
    public void Cleanup() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Completion at the end of the wave's name, on a document whose analysis is done (the writer paused, then asked).</summary>
    [Benchmark]
    public Task<JsonElement> Completion() =>
        _session.RequestAsync("textDocument/completion", LspSession.At(EditedSpec.Uri, _spec.Line, Caret));

    /// <summary>Completion right after `in: `, before a letter is typed: every wave and site of the spec would match.</summary>
    [Benchmark]
    public Task<JsonElement> CompletionBeforeTyping() =>
        _session.RequestAsync("textDocument/completion", LspSession.At(EditedSpec.Uri, _spec.Line, _spec.WaveStart));

    /// <summary>Hover over the wave's name.</summary>
    [Benchmark]
    public Task<JsonElement> Hover() =>
        _session.RequestAsync("textDocument/hover", LspSession.At(EditedSpec.Uri, _spec.Line, _spec.WaveStart + 1));

    /// <summary>A letter typed or deleted, then completion at the caret: the request a writer waits for while typing.</summary>
    [Benchmark]
    public async Task<JsonElement> CompletionAfterTyping()
    {
        _pendingDiagnostics = await TypeAsync();
        return await _session.RequestAsync("textDocument/completion", LspSession.At(EditedSpec.Uri, _spec.Line, Caret));
    }

    /// <summary>A letter typed or deleted, until the new version's diagnostics arrive.</summary>
    [Benchmark]
    public async Task EditToDiagnostics()
    {
        var published = await TypeAsync();
        await published;
    }

    /// <summary>The check that typing started must not run into the next measurement.</summary>
    [IterationCleanup(Target = nameof(CompletionAfterTyping))]
    public void WaitForDiagnostics() => _pendingDiagnostics.GetAwaiter().GetResult();

    private int Caret => _lastLetterTyped ? _spec.WaveEnd : _spec.WaveEnd - 1;

    private Task<Task> TypeAsync()
    {
        _version++;
        _lastLetterTyped = !_lastLetterTyped;
        return _lastLetterTyped
            ? _session.ChangeAsync(EditedSpec.Uri, _version, _spec.Line, _spec.WaveEnd - 1, _spec.WaveEnd - 1, _spec.Wave[^1..])
            : _session.ChangeAsync(EditedSpec.Uri, _version, _spec.Line, _spec.WaveEnd - 1, _spec.WaveEnd, string.Empty);
    }
}
