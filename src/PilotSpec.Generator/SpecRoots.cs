using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Generator;

/// <summary>
/// Which of a project's specs are compiled on their own. A project lists every .pilot file,
/// imported ones too (the generator can read no others), so a file that another listed file
/// imports is a part of that spec, not a spec of its own: the roots are the files nobody
/// imports. Files reachable from no root (a ring of files importing each other) are
/// compiled as well, from the first in path order, so every file is checked.
/// </summary>
internal static class SpecRoots
{
    public static IReadOnlyList<SyntaxTree> Find(IReadOnlyList<SyntaxTree> trees, AdditionalFilesSourceResolver resolver)
    {
        var ordered = trees.OrderBy(t => t.FilePath, System.StringComparer.Ordinal).ToList();
        var byPath = new Dictionary<string, SyntaxTree>(SpecPaths.Comparer);
        foreach (var tree in ordered)
        {
            if (!byPath.ContainsKey(SpecPaths.Normalize(tree.FilePath)))
            {
                byPath.Add(SpecPaths.Normalize(tree.FilePath), tree);
            }
        }

        var imports = ordered.ToDictionary(t => t, t => ImportsOf(t, resolver, byPath));
        var imported = new HashSet<SyntaxTree>(imports.Values.SelectMany(targets => targets.Where(target => target != null)));

        var roots = ordered.Where(t => !imported.Contains(t)).ToList();
        var reached = new HashSet<SyntaxTree>();
        roots.ForEach(root => Reach(root, imports, reached));
        foreach (var tree in ordered)
        {
            if (!reached.Contains(tree))
            {
                roots.Add(tree);
                Reach(tree, imports, reached);
            }
        }

        return roots;
    }

    private static List<SyntaxTree> ImportsOf(SyntaxTree tree, AdditionalFilesSourceResolver resolver, Dictionary<string, SyntaxTree> byPath)
    {
        var targets = new List<SyntaxTree>();
        foreach (var import in tree.Root.Members.OfType<ImportDirectiveSyntax>())
        {
            if (import.Path.Value is string relative && relative.Length > 0
                && byPath.TryGetValue(SpecPaths.Normalize(resolver.ResolvePath(tree.FilePath, relative)), out var target)
                && target != tree)
            {
                targets.Add(target);
            }
        }

        return targets;
    }

    private static void Reach(SyntaxTree tree, Dictionary<SyntaxTree, List<SyntaxTree>> imports, HashSet<SyntaxTree> reached)
    {
        var pending = new Stack<SyntaxTree>();
        pending.Push(tree);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (reached.Add(current))
            {
                imports[current].ForEach(pending.Push);
            }
        }
    }
}
