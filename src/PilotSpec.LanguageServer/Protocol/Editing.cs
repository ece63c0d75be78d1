using System.Text.Json;

namespace PilotSpec.LanguageServer.Protocol;

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>`textDocument/formatting`: the options (tab size...) are ignored, the house style is fixed.</summary>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Imports = "imports";
    public const string Region = "region";
}

/// <summary>The client's diagnostics are not read (their shape varies by client): the server recomputes its own for the range.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, JsonElement? Context);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

/// <summary>A line of text above a range; a command with an empty id is shown, not run.</summary>
public sealed record CodeLens(Range Range, LensCommand Command);

public sealed record LensCommand(string Title, [property: System.Text.Json.Serialization.JsonPropertyName("command")] string Id);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record InlayHint(Position Position, string Label, InlayHintKind? Kind, bool? PaddingLeft, bool? PaddingRight, string? Tooltip);

public enum InlayHintKind
{
    Type = 1,
    Parameter = 2,
}
