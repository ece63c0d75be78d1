using System.Collections.Concurrent;
using System.Text;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Revisions;

/// <summary>
/// "weakened since HEAD: target changed (+15 points by 2020-12-31 → +10 points by 2020-12-31)":
/// a lens on each line of the open spec that weakened a promise since a git revision, by
/// `pilotc diff`'s own comparison (SpecComparer). Off unless the client sets
/// initializationOptions.weakenedSince. The revision's version is read once per file and kept
/// (a revision's content does not change; `HEAD` moves only with a commit, and reopening the
/// folder reads it again). Nothing here may fail the editor: no git, no repository, a file git
/// does not know, or an old version with errors all give no lens, and the log says why once.
/// </summary>
public sealed class WeakenedSinceLens(string revision, Server.ServerLog log)
{
    private readonly ConcurrentDictionary<string, PilotCompilation?> _earlier = new(StringComparer.Ordinal);

    public string Revision { get; } = revision;

    public CodeLens[] Find(DocumentAnalysis analysis)
    {
        if (Earlier(analysis) is not { } earlier || analysis.Compilation.GetDiagnostics().Any(d => d.IsError))
        {
            return [];
        }

        var culture = analysis.Snapshot.Session.Culture;
        return SpecComparer.Compare(earlier, analysis.Compilation, DateTime.Today)
            .Where(c => c.Kind == ChangeKind.Weakening && c.NewLocation is { } where && where.FilePath == analysis.Document.Path)
            .Select(c => new CodeLens(Line(analysis, c.NewLocation!), new LensCommand(ChangeTexts.WeakenedSince(Revision, c, culture), string.Empty)))
            .ToArray();
    }

    private static Protocol.Range Line(DocumentAnalysis analysis, SourceLocation location) =>
        analysis.LineIndex.ToRange(location.Span);

    // The spec as it was at the revision, compiled with the document's own options (its imports
    // are read as they are now); null when there is none to compare with.
    private PilotCompilation? Earlier(DocumentAnalysis analysis)
    {
        var path = analysis.Document.Path;
        return _earlier.GetOrAdd(path, _ =>
        {
            var folder = Path.GetDirectoryName(path);
            if (string.IsNullOrEmpty(folder))
            {
                return null;
            }

            var read = GitRevision.Show(folder, Revision, Path.GetFileName(path));
            if (read.Output is null)
            {
                log.Info($"No weakened-since lens for {path}: {read.Error}");
                return null;
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(read.Output);
            }
            catch (DecoderFallbackException)
            {
                log.Info($"No weakened-since lens for {path}: its version at {Revision} is not UTF-8.");
                return null;
            }

            var earlier = PilotCompilation.Create([SyntaxTree.ParseText(text.TrimStart('\uFEFF'), path)], analysis.Compilation.Options);
            if (earlier.GetDiagnostics().Any(d => d.IsError))
            {
                log.Info($"No weakened-since lens for {path}: its version at {Revision} has errors.");
                return null;
            }

            return earlier;
        });
    }
}
