using System.Globalization;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>What initialize settled for the whole session: encoding, language, root, client abilities.</summary>
public sealed class ServerSession
{
    public ServerSession(PositionEncoding encoding, CultureInfo culture, string? rootFolder, bool snippets, bool markdown, bool hierarchicalSymbols)
    {
        LineIndexes = new LineIndexCache(encoding);
        Culture = culture;
        RootFolder = rootFolder;
        SnippetSupport = snippets;
        MarkdownSupport = markdown;
        HierarchicalSymbols = hierarchicalSymbols;
    }

    public PositionEncoding Encoding => LineIndexes.Encoding;

    public LineIndexCache LineIndexes { get; }

    public ConfigurationCache Configurations { get; } = new();

    /// <summary>The symbols of each open document's newest bound version, for completion while a newer one runs.</summary>
    public BoundSymbols BoundSymbols { get; } = new();

    /// <summary>The language of diagnostic messages and hover texts (the client's locale).</summary>
    public CultureInfo Culture { get; }

    public string? RootFolder { get; }

    public bool SnippetSupport { get; }

    public bool MarkdownSupport { get; }

    public bool HierarchicalSymbols { get; }
}
