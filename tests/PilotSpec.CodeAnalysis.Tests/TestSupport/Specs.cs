using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// Compiles specs written in a test: one file named spec.pilot, or several files written as
/// one text where a line `// file: name.pilot` starts each file (the first is the spec, the
/// others are only reachable through its imports, from memory).
/// </summary>
internal static class Specs
{
    public const string MainPath = "spec.pilot";
    private const string FileMarker = "// file: ";

    public static PilotCompilation Compile(string text, CompilationOptions? options = null)
    {
        var files = SplitFiles(text);
        var main = files.First();
        var resolver = new InMemorySourceResolver(files.Skip(1).ToDictionary(f => f.Key, f => f.Value));
        options = (options ?? CompilationOptions.Default) with { SourceResolver = resolver };
        return PilotCompilation.Create([SyntaxTree.ParseText(main.Value, main.Key)], options);
    }

    public static ImmutableArray<Diagnostic> Diagnose(string text, CompilationOptions? options = null) =>
        Compile(text, options).GetDiagnostics();

    /// <summary>The files of a text, in order; a text without `// file:` lines is spec.pilot alone.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SplitFiles(string text)
    {
        var files = new List<KeyValuePair<string, string>>();
        string? name = null;
        var lines = new List<string>();
        // Split on LF only and join with LF: a CR stays at the end of its line, so CRLF text keeps its bytes.
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(FileMarker, StringComparison.Ordinal))
            {
                if (name is not null || lines.Any(l => l.Trim().Length > 0))
                {
                    files.Add(new(name ?? MainPath, string.Join("\n", lines)));
                }

                name = line[FileMarker.Length..].Trim();
                lines.Clear();
                lines.Add(line); // kept as a comment, so positions in the file match the example
                continue;
            }

            lines.Add(line);
        }

        files.Add(new(name ?? MainPath, string.Join("\n", lines)));
        return files;
    }
}
