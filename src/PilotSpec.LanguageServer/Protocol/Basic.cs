using System.Text.Json;
using System.Text.Json.Serialization;

namespace PilotSpec.LanguageServer.Protocol;

// The LSP 3.17 structures this server reads and writes, written once as small records.
// Property names are camel-cased by the serializer options (see LspSerializer); absent
// optional fields are nulls, which are not written.

/// <summary>A zero-based line and a character offset in the negotiated position encoding.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits per document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value);

/// <summary>The negotiated meaning of <see cref="Position.Character"/>.</summary>
public static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}

public sealed record LogMessageParams(MessageType Type, string Message);

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

/// <summary>LSP and JSON-RPC error codes the server answers with.</summary>
public static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int ServerCancelled = -32802;
    public const int ContentModified = -32801;
    public const int RequestCancelled = -32800;
}

/// <summary>The one set of serializer options for every LSP message.</summary>
public static class LspSerializer
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = false;
    }
}
