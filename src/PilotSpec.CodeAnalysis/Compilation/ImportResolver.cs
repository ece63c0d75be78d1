using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// Follows `import` directives from the given trees: parses each imported file once (by
/// full path), reports imports that cannot be read (PS0105) and import cycles (PS0106,
/// the cycle named, reported where it closes).
/// </summary>
internal static class ImportResolver
{
    public static (ImmutableArray<SyntaxTree> Trees, ImmutableArray<Diagnostic> Diagnostics) Resolve(
        ImmutableArray<SyntaxTree> roots, ISourceResolver resolver)
    {
        var diagnostics = new DiagnosticBag();
        var trees = new List<SyntaxTree>(roots);
        var byPath = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            byPath[Normalize(root.FilePath, resolver)] = root;
        }

        // Every import of a spec, however deep, is checked against the project of the spec the
        // compilation was given: otherwise each import could climb one folder further out.
        var rootSpecOf = new Dictionary<SyntaxTree, string>();
        foreach (var root in roots)
        {
            rootSpecOf[root] = root.FilePath;
        }

        var edges = new Dictionary<SyntaxTree, List<(ImportDirectiveSyntax Import, SyntaxTree Target)>>();
        var queue = new Queue<SyntaxTree>(roots);
        while (queue.Count > 0)
        {
            var tree = queue.Dequeue();
            var imports = new List<(ImportDirectiveSyntax, SyntaxTree)>();
            edges[tree] = imports;
            foreach (var import in tree.Root.Members.OfType<ImportDirectiveSyntax>())
            {
                if (import.Path.IsMissing || import.Path.Value is not string relative)
                {
                    continue; // a syntax error, reported by the parser
                }

                if (relative.Trim().Length == 0)
                {
                    // `import ""` names no file: it would silently import nothing.
                    diagnostics.Report(DiagnosticDescriptors.ImportNotFound, import.Path, relative);
                    continue;
                }

                if (!relative.Trim().EndsWith(".pilot", StringComparison.OrdinalIgnoreCase))
                {
                    // Only specs are imported: /etc/passwd, a .env or /dev/stdin never are.
                    diagnostics.Report(DiagnosticDescriptors.ImportNotASpec, import.Path, relative);
                    continue;
                }

                var path = resolver.ResolvePath(tree.FilePath, relative);
                if (!byPath.TryGetValue(path, out var target))
                {
                    var read = resolver is ICheckedSourceResolver checkedResolver
                        ? checkedResolver.ReadImport(rootSpecOf[tree], path)
                        : resolver.TryReadText(path) is { } plain ? ImportRead.Read(plain) : ImportRead.Refused(ImportRefusal.NotFound);
                    if (read.Text is not { } text)
                    {
                        ReportRefusal(diagnostics, import, relative, read);
                        continue;
                    }

                    target = SyntaxTree.ParseText(text, path);
                    rootSpecOf[target] = rootSpecOf[tree];
                    byPath[path] = target;
                    trees.Add(target);
                    queue.Enqueue(target);
                }

                imports.Add((import, target));
            }
        }

        ReportCycles(edges, diagnostics);
        return (trees.ToImmutableArray(), diagnostics.ToImmutable());
    }

    private static void ReportRefusal(DiagnosticBag diagnostics, ImportDirectiveSyntax import, string relative, ImportRead read)
    {
        switch (read.Refusal)
        {
            case ImportRefusal.OutsideProjectRoot:
                diagnostics.Report(DiagnosticDescriptors.ImportOutsideProject, import.Path, relative, read.Detail);
                break;
            case ImportRefusal.NotARegularFile:
                diagnostics.Report(DiagnosticDescriptors.ImportNotARegularFile, import.Path, relative);
                break;
            case ImportRefusal.TooLarge:
                diagnostics.Report(DiagnosticDescriptors.ImportTooLarge, import.Path, relative, read.Detail);
                break;
            case ImportRefusal.NotUtf8:
                diagnostics.Report(DiagnosticDescriptors.ImportNotUtf8, import.Path, relative, read.Detail);
                break;
            default:
                diagnostics.Report(DiagnosticDescriptors.ImportNotFound, import.Path, relative);
                break;
        }
    }

    private static void ReportCycles(Dictionary<SyntaxTree, List<(ImportDirectiveSyntax Import, SyntaxTree Target)>> edges, DiagnosticBag diagnostics)
    {
        var state = new Dictionary<SyntaxTree, int>(); // 1 = on the current path, 2 = finished
        var path = new List<SyntaxTree>();

        void Visit(SyntaxTree tree)
        {
            state[tree] = 1;
            path.Add(tree);
            foreach (var (import, target) in edges.TryGetValue(tree, out var list) ? list : new())
            {
                state.TryGetValue(target, out var s);
                if (s == 1)
                {
                    var cycle = path.Skip(path.IndexOf(target)).Select(t => System.IO.Path.GetFileName(t.FilePath)).ToList();
                    cycle.Add(System.IO.Path.GetFileName(target.FilePath));
                    diagnostics.Report(DiagnosticDescriptors.ImportCycle, import.Path, string.Join(" → ", cycle));
                }
                else if (s == 0)
                {
                    Visit(target);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[tree] = 2;
        }

        foreach (var tree in edges.Keys.ToList())
        {
            if (!state.ContainsKey(tree))
            {
                Visit(tree);
            }
        }
    }

    private static string Normalize(string path, ISourceResolver resolver) =>
        string.IsNullOrEmpty(path) ? Guid.NewGuid().ToString() : resolver.ResolvePath(path, System.IO.Path.GetFileName(path));
}
