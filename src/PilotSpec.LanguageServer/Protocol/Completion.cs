namespace PilotSpec.LanguageServer.Protocol;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context);

public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record CompletionItem
{
    public required string Label { get; init; }
    public CompletionItemKind Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public InsertTextFormat InsertTextFormat { get; init; } = InsertTextFormat.PlainText;
    public TextEdit? TextEdit { get; init; }

    /// <summary>What completionItem/resolve needs to add the documentation left out of a long list.</summary>
    public CompletionItemData? Data { get; init; }
}

/// <summary>The symbol an item names: its document, and the key that finds it again in that document's compilation.</summary>
public sealed record CompletionItemData(string Uri, string Path, int Start, string Name);

public enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}

public enum CompletionItemKind
{
    Text = 1,
    Method = 2,
    Function = 3,
    Constructor = 4,
    Field = 5,
    Variable = 6,
    Class = 7,
    Interface = 8,
    Module = 9,
    Property = 10,
    Unit = 11,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    Color = 16,
    File = 17,
    Reference = 18,
    Folder = 19,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Event = 23,
    Operator = 24,
    TypeParameter = 25,
}
