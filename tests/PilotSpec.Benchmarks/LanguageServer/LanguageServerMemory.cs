using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// `measure-ls [LINES]`: opens a generated spec of LINES lines (100k by default) in the real
/// server, waits for its diagnostics, asks for completion and hover once, then reports the
/// managed heap after a full collection and the process's resident and peak memory (issue
/// 10: under 500 MB for a 100k-line workspace). The client and the text the editor would
/// hold are in the same process, so the numbers are an upper bound for the server alone.
/// </summary>
public static class LanguageServerMemory
{
    public static async Task RunAsync(int lines, TextWriter output)
    {
        var spec = EditedSpec.Generate(lines);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"spec: {spec.Text.Split('\n').Length - 1:N0} lines, {spec.Text.Length:N0} chars; managed heap before the server: {Mib(baseline)}");

        await using var session = await LspSession.StartAsync();
        var clock = Stopwatch.StartNew();
        await session.OpenAsync(EditedSpec.Uri, spec.Text, version: 1);
        output.WriteLine($"open to published diagnostics: {clock.ElapsedMilliseconds:N0} ms (first: includes JIT)");

        clock.Restart();
        await session.RequestAsync("textDocument/completion", LspSession.At(EditedSpec.Uri, spec.Line, spec.WaveEnd));
        output.WriteLine($"first completion: {clock.ElapsedMilliseconds:N0} ms");
        clock.Restart();
        await session.RequestAsync("textDocument/hover", LspSession.At(EditedSpec.Uri, spec.Line, spec.WaveStart + 1));
        output.WriteLine($"first hover: {clock.ElapsedMilliseconds:N0} ms");

        clock.Restart();
        var typed = await session.ChangeAsync(EditedSpec.Uri, 2, spec.Line, spec.WaveEnd - 1, spec.WaveEnd, string.Empty);
        await typed;
        output.WriteLine($"one edit to published diagnostics: {clock.ElapsedMilliseconds:N0} ms (includes the 150 ms typing pause)");

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine($"managed heap after a full GC: {Mib(heap)} (server and client: {Mib(heap - baseline)} more than before)");
        output.WriteLine($"process working set: {Mib(process.WorkingSet64)}; peak: {Mib(process.PeakWorkingSet64)}");

        // PILOT_MEASURE_LS_HOLD=SECONDS keeps the server open that long, for a heap dump:
        // `dotnet-gcdump report -p PID`.
        if (int.TryParse(Environment.GetEnvironmentVariable("PILOT_MEASURE_LS_HOLD"), out var hold) && hold > 0)
        {
            output.WriteLine($"holding for {hold} s: pid {Environment.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " MiB";
}
