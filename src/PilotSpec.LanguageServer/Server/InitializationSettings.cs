using System.Text.Json;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// What a client may set in <c>initializationOptions</c>: <c>diagnosticsDelay</c>, the
/// milliseconds diagnostics wait for typing to pause (0 to 10,000), and <c>weakenedSince</c>, a
/// git revision (`HEAD`, `origin/main`) whose version of each spec its targets and criteria are
/// compared with, a lens on every line that weakened a promise since (off when absent). A value
/// the server cannot use is reported in the log and the default is kept: a misconfigured editor
/// still gets a working server.
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

    /// <summary>The revision of <c>weakenedSince</c>, or null (off). A revision is a git name: no spaces, no option (`-x`).</summary>
    public static string? WeakenedSince(JsonElement? options, ServerLog log)
    {
        if (options is not { ValueKind: JsonValueKind.Object } settings
            || !settings.TryGetProperty("weakenedSince", out var revision)
            || revision.ValueKind == JsonValueKind.Null
            || (revision.ValueKind == JsonValueKind.String && revision.GetString() is { Length: 0 }))
        {
            return null;
        }

        if (revision.ValueKind == JsonValueKind.String && revision.GetString() is { } name && !name.StartsWith('-') && !name.Any(char.IsWhiteSpace) && !name.Contains(':', StringComparison.Ordinal))
        {
            return name;
        }

        log.Warning($"initializationOptions.weakenedSince must be a git revision such as HEAD or origin/main; got {revision.GetRawText()}. The lens is off.");
        return null;
    }
}
