using System.Text;
using System.Text.Json;

namespace PilotSpec.LanguageServer.Server.Wire;

/// <summary>What to do with one frame's body.</summary>
public abstract record Screened
{
    private Screened()
    {
    }

    /// <summary>A well-formed JSON-RPC message: hand it to the server as it is.</summary>
    public sealed record Forward(byte[] Body) : Screened;

    /// <summary>Not one, but its request id is known: answer it with this JSON-RPC error.</summary>
    public sealed record Refuse(JsonRpcId Id, int Code, string Message) : Screened;

    /// <summary>Not one, and no id to answer: log why and drop it.</summary>
    public sealed record Drop(string Why) : Screened;
}

/// <summary>A request id LSP allows: an integer in 64-bit range or a string.</summary>
public readonly record struct JsonRpcId(long? Number, string? Text)
{
    public void WriteTo(Utf8JsonWriter writer, string name)
    {
        if (Text is not null)
        {
            writer.WriteString(name, Text);
        }
        else
        {
            writer.WriteNumber(name, Number!.Value);
        }
    }

    public override string ToString() => Text is not null ? JsonSerializer.Serialize(Text) : Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Sorts a frame's body into a message the server can take, one it must refuse with a
/// JSON-RPC error (-32700 parse error, -32600 invalid request) because the request's id is
/// known, and one it can only log (JSON-RPC: no id, no answer). Whatever the body, nothing
/// here throws: the connection outlives every message.
/// </summary>
public static class MessageScreen
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;

    /// <summary>JSON deeper than this is refused (System.Text.Json's default, and StreamJsonRpc's).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>Sorts <paramref name="frame"/>: one outcome per message (a batch gives one per element).</summary>
    public static IReadOnlyList<Screened> Screen(Frame frame, Action<string> warn)
    {
        var body = frame.Body;
        if (body.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            // A BOM is not JSON, but it says nothing but "UTF-8": take the message without it.
            warn("A message started with a byte order mark; it was read without it.");
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (body.Length == 0)
        {
            return [new Screened.Drop("A message with an empty body (Content-Length: 0) was dropped.")];
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            const string why = "not UTF-8";
            return [TryFindId(body) is { } badId ? new Screened.Refuse(badId, ParseError, "Parse error: the message is " + why) : new Screened.Drop($"A message that is {why} was dropped.")];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            var why = $"not JSON ({Shorten(e.Message)})";
            return [TryFindId(body) is { } id ? new Screened.Refuse(id, ParseError, "Parse error: the message is " + why) : new Screened.Drop($"A message that is {why} was dropped.")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                // LSP has no batches: refuse each request in it that can be answered.
                var outcomes = root.EnumerateArray()
                    .Select(element => element.ValueKind == JsonValueKind.Object && ReadId(element, out var id) == IdState.Valid
                        ? (Screened)new Screened.Refuse(id, InvalidRequest, "Invalid request: LSP does not take JSON-RPC batches; send each message in a frame of its own.")
                        : new Screened.Drop("A message inside a JSON-RPC batch (not part of LSP) was dropped."))
                    .ToList();
                return outcomes.Count > 0 ? outcomes : [new Screened.Drop("An empty JSON-RPC batch was dropped.")];
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return [new Screened.Drop($"A message that is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object, was dropped.")];
            }

            return [ScreenObject(root, body, frame.ForeignCharset)];
        }
    }

    private static Screened ScreenObject(JsonElement message, byte[] body, string? foreignCharset)
    {
        var idState = ReadId(message, out var id);
        if (idState == IdState.Invalid)
        {
            return new Screened.Drop($"A message whose id is not an integer in 64-bit range or a string was dropped (id {Shorten(message.GetProperty("id").GetRawText())}).");
        }

        Screened Invalid(string why) => idState == IdState.Valid
            ? new Screened.Refuse(id, InvalidRequest, "Invalid request: " + why)
            : new Screened.Drop($"A message was dropped: {why}.");

        if (foreignCharset is not null)
        {
            return Invalid($"the charset '{Shorten(foreignCharset)}' is not supported (LSP messages are UTF-8)");
        }

        if (!message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return Invalid("\"jsonrpc\" must be \"2.0\"");
        }

        var hasMethod = message.TryGetProperty("method", out var method);
        if (!hasMethod)
        {
            if (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
            {
                // pilotls sends the client no requests, so no response can be awaited.
                return new Screened.Drop($"A response to id {(idState == IdState.Valid ? id.ToString() : "null")}, which the server never sent as a request, was dropped.");
            }

            return Invalid("the message has no \"method\"");
        }

        if (method.ValueKind != JsonValueKind.String)
        {
            return Invalid("\"method\" must be a string");
        }

        if (message.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return Invalid("\"params\" must be an object or an array");
        }

        return new Screened.Forward(body);
    }

    private enum IdState
    {
        Absent,
        Valid,
        Invalid,
    }

    private static IdState ReadId(JsonElement message, out JsonRpcId id)
    {
        id = default;
        if (!message.TryGetProperty("id", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return IdState.Absent;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            id = new JsonRpcId(null, value.GetString());
            return IdState.Valid;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            id = new JsonRpcId(number, null);
            return IdState.Valid;
        }

        return IdState.Invalid;
    }

    // A body that is not JSON as a whole (trailing text, bad UTF-8 later on, too deep) may still
    // name its id before the damage: read up to the damage, looking only at the top level.
    private static JsonRpcId? TryFindId(byte[] body)
    {
        JsonRpcId? found = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        found = new JsonRpcId(null, reader.GetString());
                    }
                    else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                    {
                        found = new JsonRpcId(number, null);
                    }
                    else
                    {
                        return null;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // The damage: whatever id came before it stands.
        }

        return found;
    }

    private static string Shorten(string text) => WireText.Printable(text.Length > 200 ? text[..200] + "…" : text);
}
