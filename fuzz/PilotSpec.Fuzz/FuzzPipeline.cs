using System.Globalization;
using System.Text.Json;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Parsing;

namespace PilotSpec.Fuzz;

/// <summary>
/// One input through everything the compiler does with a file: parse, bind, schedule, check,
/// localise the messages, format, and emit the JSON schedule and the C# monitor. Any
/// exception is a finding; so is output that breaks the compiler's own promises (the fast
/// parser disagreeing with the reference parser, a formatted file that no longer parses or
/// emits other bytes, emitted JSON that is not JSON). Shared,
/// as a linked source file, by the fuzzer and the regression tests, so a crash replays
/// exactly as it was found.
/// </summary>
public static class FuzzPipeline
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-Hans")];

    /// <summary>Runs the pipeline; returns the distinct diagnostic codes, a cheap signature of the path taken.</summary>
    public static string Run(string text)
    {
        var tree = SyntaxTree.ParseText(text, "fuzz.pilot");
        CheckParsersAgree(text, tree);
        var compilation = PilotCompilation.Create([tree], new CompilationOptions { SourceResolver = NoImports.Instance });

        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            foreach (var culture in Cultures)
            {
                _ = diagnostic.ToString(culture);
            }
        }

        _ = compilation.Schedule;
        var model = compilation.GetSemanticModel(tree);
        _ = model;

        var emitted = CheckEmit(compilation);
        CheckFormatting(tree, emitted);
        return string.Join(",", compilation.GetDiagnostics().Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A file the hand-written fast parser took must parse to the same tree, with the same
    /// diagnostics, on the ANTLR reference path (the grammar is the definition of the language).
    /// Files the fast path leaves to the reference path are parsed by it alone: nothing to compare.
    /// </summary>
    private static void CheckParsersAgree(string text, SyntaxTree tree)
    {
        if (!tree.UsedFastPath)
        {
            return;
        }

        var reference = SyntaxTree.ParseText(text, "fuzz.pilot", ParseStrategy.ReferenceOnly);
        if (SyntaxTreePrinter.Print(reference.Root) != SyntaxTreePrinter.Print(tree.Root))
        {
            throw new FuzzFindingException("The fast parser's tree differs from the reference parser's.");
        }

        static string Describe(SyntaxTree t) => string.Join("; ", t.GetDiagnostics().Select(d => d.ToString(CultureInfo.InvariantCulture)));
        if (Describe(reference) != Describe(tree))
        {
            throw new FuzzFindingException($"The fast parser's diagnostics differ from the reference parser's: [{Describe(tree)}] vs [{Describe(reference)}].");
        }
    }

    private static void CheckFormatting(SyntaxTree tree, IReadOnlyDictionary<string, string> emitted)
    {
        var result = SpecFormatter.Format(tree);
        if (result.Outcome != FormattingOutcome.Formatted)
        {
            return;
        }

        var reparsed = SyntaxTree.ParseText(result.Text, "fuzz.pilot");
        if (reparsed.GetDiagnostics().Any(d => d.IsError))
        {
            throw new FuzzFindingException("The formatted text has syntax errors: " + string.Join("; ", reparsed.GetDiagnostics()));
        }

        if (SpecFormatter.Format(reparsed).Outcome != FormattingOutcome.Unchanged)
        {
            throw new FuzzFindingException("Formatting is not idempotent.");
        }

        // Formatting changes layout only: the emitted files must be the same bytes.
        var host = new InMemoryOutputHost();
        PilotCompilation.Create([reparsed], new CompilationOptions { SourceResolver = NoImports.Instance }).Emit(host);
        if (!host.Files.OrderBy(f => f.Key, StringComparer.Ordinal).SequenceEqual(emitted.OrderBy(f => f.Key, StringComparer.Ordinal)))
        {
            throw new FuzzFindingException("Formatting the spec changed what it emits.");
        }
    }

    private static IReadOnlyDictionary<string, string> CheckEmit(PilotCompilation compilation)
    {
        var host = new InMemoryOutputHost();
        var result = compilation.Emit(host);
        foreach (var (name, content) in host.Files)
        {
            if (name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name))
            {
                throw new FuzzFindingException($"An emitted file name leaves the output folder: '{name}'.");
            }

            if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                using var _ = JsonDocument.Parse(content);
            }
        }

        if (result.Success != (host.Files.Count > 0))
        {
            throw new FuzzFindingException("Emit reported success without files, or files without success.");
        }

        return host.Files;
    }

    /// <summary>A fuzzed `import "..."` must never read the fuzzing machine's disk.</summary>
    private sealed class NoImports : ISourceResolver
    {
        public static NoImports Instance { get; } = new();

        public string ResolvePath(string importingFile, string importPath) => importPath;

        public string? TryReadText(string path) => null;
    }
}

/// <summary>Output that breaks a promise of the compiler (not a crash, but as bad).</summary>
public sealed class FuzzFindingException(string message) : Exception(message);
