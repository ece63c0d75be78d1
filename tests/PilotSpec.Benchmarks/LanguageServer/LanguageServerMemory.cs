using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// `measure-ls [LINES]`: opens a generated spec of LINES lines (100k by default) in the real
/// server process, waits for its diagnostics, asks for completion and hover once, edits, then
/// reports the server process's resident and peak memory (issue 10: under 500 MB for a
/// 100k-line workspace). The client lives in this process, so only the server is counted.
/// </summary>
public static class LanguageServerMemory
{
    public static async Task RunAsync(int lines, TextWriter output)
    {
        var spec = EditedSpec.Generate(lines);
        output.WriteLine($"spec: {spec.Text.Split('\n').Length - 1:N0} lines, {spec.Text.Length:N0} chars");

        // PILOT_MEASURE_LS_DELAY_MS sets the typing pause (the server's default otherwise): a long one
        // keeps the check of an edit from running during the completion measured after it.
        int? delay = int.TryParse(Environment.GetEnvironmentVariable("PILOT_MEASURE_LS_DELAY_MS"), out var ms) ? ms : null;
        await using var session = await LspSession.StartAsync(delay);
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
        output.WriteLine($"one edit to published diagnostics: {clock.ElapsedMilliseconds:N0} ms (includes the typing pause: {(delay is { } d ? $"{d} ms" : "the server's default")})");

        // Completion right after a keystroke: answered from the new tree and the last bound
        // version's symbols, before the new version's check starts (150 ms later).
        // PILOT_MEASURE_LS_EDITS sets how many (5 by default; 0 measures memory after one edit only).
        var edits = int.TryParse(Environment.GetEnvironmentVariable("PILOT_MEASURE_LS_EDITS"), out var n) ? n : 5;
        for (var i = 0; i < edits; i++)
        {
            var version = 3 + i;
            var restore = i % 2 == 1;
            var typedAgain = await session.ChangeAsync(EditedSpec.Uri, version, spec.Line, spec.WaveEnd - 1, restore ? spec.WaveEnd - 1 : spec.WaveEnd, restore ? spec.Wave[^1..] : string.Empty);
            session.Server.Refresh();
            var cpu = session.Server.TotalProcessorTime;
            clock.Restart();
            await session.RequestAsync("textDocument/completion", LspSession.At(EditedSpec.Uri, spec.Line, restore ? spec.WaveEnd : spec.WaveEnd - 1));
            var elapsed = clock.ElapsedMilliseconds;
            session.Server.Refresh();
            var used = (session.Server.TotalProcessorTime - cpu).TotalMilliseconds;
            output.WriteLine($"completion right after an edit: {elapsed:N0} ms wall, {used:N0} ms CPU (server)");
            await typedAgain;
        }

        session.Server.Refresh();
        output.WriteLine($"server process right after the last diagnostics: resident {Mib(session.Server.WorkingSet64)}; peak so far {Mib(session.Server.PeakWorkingSet64)}");

        // What an editor's process list shows once the writer pauses: the server gives memory
        // back after two quiet seconds (IdleCollection). PILOT_MEASURE_LS_SETTLE_S sets the wait.
        var settle = int.TryParse(Environment.GetEnvironmentVariable("PILOT_MEASURE_LS_SETTLE_S"), out var s) ? s : 5;
        await Task.Delay(TimeSpan.FromSeconds(settle));
        session.Server.Refresh();
        output.WriteLine($"server process after {settle} s without edits: resident {Mib(session.Server.WorkingSet64)}; peak {Mib(session.Server.PeakWorkingSet64)}");

        // PILOT_MEASURE_LS_HOLD=SECONDS keeps the server open that long, for a heap dump:
        // `dotnet-gcdump collect -p PID`.
        if (int.TryParse(Environment.GetEnvironmentVariable("PILOT_MEASURE_LS_HOLD"), out var hold) && hold > 0)
        {
            output.WriteLine($"holding for {hold} s: server pid {session.Server.Id}");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " MiB";
}
