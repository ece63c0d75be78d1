using System.Text.Json;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// What a client may set in <c>initializationOptions</c>. Today one setting:
/// <c>diagnosticsDelay</c>, the milliseconds diagnostics wait for typing to pause (0 to
/// 10,000). A value the server cannot use is reported in the log and the default is kept:
/// a misconfigured editor still gets a working server.
/// </summary>
internal static class InitializationSettings
{
    private const int MaxDelayMilliseconds = 10_000;

    public static TimeSpan DiagnosticsDelay(JsonElement? options, TimeSpan fallback, ServerLog log)
    {
        if (options is not { ValueKind: JsonValueKind.Object } settings
            || !settings.TryGetProperty("diagnosticsDelay", out var delay)
            || delay.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (delay.ValueKind == JsonValueKind.Number && delay.TryGetInt32(out var milliseconds) && milliseconds is >= 0 and <= MaxDelayMilliseconds)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        log.Warning($"initializationOptions.diagnosticsDelay must be a whole number of milliseconds from 0 to {MaxDelayMilliseconds:N0}; got {delay.GetRawText()}. Using {fallback.TotalMilliseconds:N0} ms.");
        return fallback;
    }
}
