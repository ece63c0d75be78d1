using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Antlr4.Runtime;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Emit.JsonSchedule;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Generated;

namespace PilotSpec.Benchmarks;

/// <summary>Each compiler stage on its own, over inputs the previous stages produced once.</summary>
internal sealed class Stages
{
    public Stages(string text)
    {
        Text = text;
        Tree = SyntaxTree.ParseText(text);
        Trees = ImmutableArray.Create(Tree);
        Program = Binder.Bind(Trees);
        Schedule = ScheduleResolver.Resolve(Program, new DiagnosticBag());
    }

    public string Text { get; }

    public SyntaxTree Tree { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public BoundProgram Program { get; }

    public PilotSchedule Schedule { get; }

    /// <summary>The hand-written lexer of the fast path.</summary>
    public static int Lex(string text)
    {
        PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath.FastLexer.TryLex(text, out _, out var count);
        return count;
    }

    /// <summary>The ANTLR lexer of the reference path.</summary>
    public static int AntlrLex(string text)
    {
        var lexer = new PilotLexer(CharStreams.fromString(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        return tokens.Size;
    }

    /// <summary>ANTLR alone (lex and SLL parse), without the conversion into our syntax tree.</summary>
    public static object AntlrParse(string text)
    {
        var lexer = new PilotLexer(CharStreams.fromString(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        var parser = new PilotParser(new CommonTokenStream(lexer), TextWriter.Null, TextWriter.Null);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        return parser.compilationUnit();
    }

    /// <summary>The parse every file without errors gets: the hand-written fast path.</summary>
    public static SyntaxTree Parse(string text) => SyntaxTree.ParseText(text);

    /// <summary>The ANTLR reference path, which files with syntax errors get.</summary>
    public static SyntaxTree ReferenceParse(string text) =>
        SyntaxTree.ParseText(text, "generated.pilot", PilotSpec.CodeAnalysis.Syntax.Parsing.ParseStrategy.ReferenceOnly);

    public BoundProgram Bind() => Binder.Bind(Trees);

    /// <summary>Everything `pilotc check` does after parsing: bind, schedule, rules, sort.</summary>
    public ImmutableArray<Diagnostic> BindAndCheck() => PilotCompilation.Create(Trees).GetDiagnostics();

    public PilotSchedule ResolveSchedule() => ScheduleResolver.Resolve(Program, new DiagnosticBag());

    // Written through a UTF-8 writer into nothing, as pilotc writes into a file: the emit and the encoding, no disk.
    public int EmitJson() => WriteAll(new JsonScheduleEmitter().Emit(Program.Pilot!, Program, Schedule));

    public int EmitCSharp() => WriteAll(new CSharpMonitorEmitter().Emit(Program.Pilot!, Program, Schedule));

    private static int WriteAll(IEnumerable<EmittedFile> files)
    {
        var count = 0;
        foreach (var file in files)
        {
            using var writer = new System.IO.StreamWriter(System.IO.Stream.Null, new System.Text.UTF8Encoding(false), 1 << 16);
            file.WriteTo(writer);
            count++;
        }

        return count;
    }
}
