using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax.Generated;
using PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Lexes and parses one file. The hand-written fast path (<see cref="FastParser"/>) takes
/// every file without syntax errors; any other file goes to the reference path, the parser
/// ANTLR generates from grammar/PilotParser.g4: SLL prediction first, then full LL with
/// error recovery only when SLL fails, then the conversion into our syntax tree. Both
/// paths give the same tree for a valid file (tested), so the grammar stays the one
/// definition of the language and the reference path gives every error its message.
/// </summary>
internal static class SourceParser
{
    public static ParseResult Parse(string text, SourceText sourceText, string path, ParseStrategy strategy = ParseStrategy.FastWithFallback)
    {
        var diagnostics = new DiagnosticSink(path, sourceText);
        if (text.Length > SyntaxLimits.MaxFileLength)
        {
            return Unparsed(text, sourceText, diagnostics);
        }

        if (strategy == ParseStrategy.FastWithFallback && FastParser.TryParse(text, sourceText, diagnostics) is { } fastRoot)
        {
            return new ParseResult(fastRoot, diagnostics.ToImmutable(), UsedFullContext: false, UsedFastPath: true);
        }

        // The fast path may have reported literal diagnostics before it gave up.
        diagnostics.Clear();

        var positions = new SourcePositions(text);

        var lexer = new PilotLexer(CharStreams.fromString(WithoutLoneSurrogates(text)), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        var tokenStream = new CommonTokenStream(lexer);
        tokenStream.Fill();

        var parser = new PilotParser(tokenStream, TextWriter.Null, TextWriter.Null);
        parser.RemoveErrorListeners();

        PilotParser.CompilationUnitContext? context;
        var usedFullContext = false;
        NestingTooDeepException? tooDeep = null;
        try
        {
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            context = parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            usedFullContext = true;
            context = ParseWithRecovery(parser, tokenStream, diagnostics, positions, text.Length, out tooDeep);
        }
        catch (NestingTooDeepException e)
        {
            context = null;
            tooDeep = e;
        }

        var tokens = new TokenFactory(tokenStream.GetTokens(), text, sourceText, positions, diagnostics);
        var builder = new SyntaxTreeBuilder(tokens);
        CompilationUnitSyntax root;
        if (tooDeep is not null)
        {
            // Nothing of a partial tree is trustworthy: keep the text (as trivia) and say why.
            diagnostics.Clear();
            var start = positions.ToUtf16(tooDeep.Token.StartIndex);
            var end = tooDeep.Token.Type == TokenConstants.EOF ? text.Length : positions.ToUtf16(tooDeep.Token.StopIndex + 1);
            diagnostics.Report(DiagnosticDescriptors.NestingTooDeep, TextSpan.FromBounds(start, end));
            root = builder.BuildEmptyCompilationUnit();
        }
        else
        {
            root = builder.BuildCompilationUnit(context);
        }

        return new ParseResult(root, diagnostics.ToImmutable(), usedFullContext, UsedFastPath: false);
    }

    /// <summary>
    /// A file too large to parse: one end-of-file token holding the whole text as skipped
    /// trivia, so the tree still prints back the input, and a PS0011 at its start.
    /// </summary>
    private static ParseResult Unparsed(string text, SourceText sourceText, DiagnosticSink diagnostics)
    {
        diagnostics.Report(DiagnosticDescriptors.FileTooLarge, new TextSpan(0, 0), text.Length, SyntaxLimits.MaxFileLength);
        var skipped = ImmutableArray.Create(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, 0, text));
        var endOfFile = SyntaxToken.Create(SyntaxKind.EndOfFileToken, text.Length, string.Empty, null, fullStart: 0, fullEnd: text.Length);
        var explicitTrivia = new Dictionary<int, ExplicitTrivia> { [text.Length] = new(skipped, ImmutableArray<SyntaxTrivia>.Empty) };
        var root = new CompilationUnitSyntax(ImmutableArray<MemberSyntax>.Empty, endOfFile, new TriviaSource(sourceText, explicitTrivia));
        return new ParseResult(root, diagnostics.ToImmutable(), UsedFullContext: false, UsedFastPath: false);
    }

    /// <summary>
    /// ANTLR's code-point stream rejects a lone surrogate. Each becomes U+FFFD for the lexer
    /// only: one UTF-16 unit for one, so positions still match, and tokens take their text
    /// from the original string, so the tree still prints back the exact input.
    /// </summary>
    internal static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static PilotParser.CompilationUnitContext? ParseWithRecovery(
        PilotParser parser,
        CommonTokenStream tokenStream,
        DiagnosticSink diagnostics,
        SourcePositions positions,
        int textLength,
        out NestingTooDeepException? tooDeep)
    {
        tooDeep = null;
        tokenStream.Seek(0);
        parser.Reset();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.ErrorHandler = new SyntaxErrorStrategy(diagnostics, positions, textLength);
        try
        {
            return parser.compilationUnit();
        }
        catch (NestingTooDeepException e)
        {
            tooDeep = e;
            return null;
        }
    }
}

internal sealed record ParseResult(CompilationUnitSyntax Root, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, bool UsedFullContext, bool UsedFastPath);

/// <summary>Which parser may take a file: tests and benchmarks force the reference (ANTLR) path to compare the two.</summary>
internal enum ParseStrategy
{
    FastWithFallback,
    ReferenceOnly,
}
