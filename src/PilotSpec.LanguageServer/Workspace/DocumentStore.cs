using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The current workspace snapshot, replaced (never changed) by open, change and close.
/// Mutations come one at a time, in the order the client sent them (the server runs them
/// on an ordered, non-concurrent context); readers take <see cref="Current"/> at any time.
/// </summary>
public sealed class DocumentStore
{
    private WorkspaceSnapshot _current;

    public DocumentStore(ServerSession session) => _current = WorkspaceSnapshot.Empty(session);

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    public OpenDocument Open(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, item.LanguageId, item.Version, SourceText.From(item.Text));
        Volatile.Write(ref _current, Current.With(document));
        return document;
    }

    /// <summary>Applies the changes in order, each to the text the previous one produced.</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes) =>
        Change(identifier, changes, out _);

    /// <summary>
    /// Applies the changes in order, or none of them when one has a range that is reversed or
    /// outside the text it applies to (<paramref name="refused"/> says which and why; the
    /// document stays as it was): guessing what such an edit meant would leave the server on a
    /// text the client does not have, silently.
    /// </summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes, out string? refused)
    {
        refused = null;
        var snapshot = Current;
        if (snapshot.Find(identifier.Uri) is not { } document)
        {
            return null;
        }

        var text = document.Text;
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change.Range is null)
            {
                text = SourceText.From(change.Text ?? string.Empty);
                continue;
            }

            if (!snapshot.LineIndexOf(text).TryToExactSpan(change.Range, out var span))
            {
                var range = change.Range;
                refused = $"change {i + 1} of {changes.Count} has the range {range.Start.Line}:{range.Start.Character}-{range.End.Line}:{range.End.Character}, which is reversed or outside the text";
                return document;
            }

            text = text.WithChanges(new TextChange(span, change.Text ?? string.Empty));
        }

        // One flat string per version: an edited SourceText is a composite of pieces of the
        // previous texts, which keeps every earlier version's buffer (and its line tables)
        // alive, reads a character at a time through a segment search, and is copied whole
        // by the parser anyway. Copying once here makes those reads direct and lets the
        // parser take the string as it is.
        text = SourceText.From(text.ToString());
        var changed = document.WithText(text, identifier.Version);
        Volatile.Write(ref _current, snapshot.With(changed));
        return changed;
    }

    public bool Close(string uri)
    {
        var snapshot = Current;
        if (snapshot.Find(uri) is null)
        {
            return false;
        }

        Volatile.Write(ref _current, snapshot.Without(uri));
        return true;
    }

    /// <summary>A new snapshot with the same documents: analyses are recomputed (the disk or configuration changed).</summary>
    public void Refresh() => Volatile.Write(ref _current, new WorkspaceSnapshot(Current.Session, Current.Documents, Current.Generation + 1));
}
