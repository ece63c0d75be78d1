using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Syntax.Generated;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// A recursive-descent parser for grammar/PilotParser.g4 that builds exactly the tree the
/// ANTLR path builds (<see cref="SyntaxTreeBuilder"/>) for every file without syntax
/// errors, several times faster and with a fraction of the allocations. It has no error
/// recovery on purpose: at the first token it does not expect, at a name the ANTLR path
/// would report, or at nesting near the depth limit it gives up, and
/// <see cref="SourceParser"/> parses the file again with ANTLR, whose recovery and
/// messages are the reference. Each decision looks as far ahead as the grammar's SLL
/// prediction does: two tokens (`name:` starts a property), three for `all met:`;
/// differential tests hold the two parsers to the same trees and diagnostics.
/// </summary>
internal sealed partial class FastParser
{
    // Keep a margin below the ANTLR path's limit: the depth counted here mirrors its rule
    // invocations, and a file near the limit is rare enough to leave to ANTLR.
    private const int MaxDepth = PilotParserBase.MaxRuleDepth - 8;

    private readonly FastTokenReader _tokens;
    private readonly TriviaSource _triviaSource;
    private int _depth;
    private bool _failed;

    private FastParser(FastTokenReader tokens, TriviaSource triviaSource)
    {
        _tokens = tokens;
        _triviaSource = triviaSource;
    }

    /// <summary>The tree of <paramref name="text"/>, or null when the file needs the ANTLR path.</summary>
    public static CompilationUnitSyntax? TryParse(string text, SourceText sourceText, DiagnosticSink diagnostics)
    {
        // The lexed tokens and the index of the significant ones live only during the parse:
        // rented, so that a big file does not put 20 MiB on the large object heap per parse.
        var lexedOk = FastLexer.TryLexPooled(text, out var lexed, out var count);
        try
        {
            if (!lexedOk)
            {
                return null;
            }

            var tokens = new FastTokenReader(text, lexed, count, diagnostics);
            var parser = new FastParser(tokens, new TriviaSource(sourceText));
            var root = parser.CompilationUnit();
            tokens.Release();
            return parser._failed ? null : root;
        }
        finally
        {
            System.Buffers.ArrayPool<LexedToken>.Shared.Return(lexed);
        }
    }

    /// <summary>The current token's kind; <see cref="SyntaxKind.None"/> once the parse has failed, so that every loop ends.</summary>
    private SyntaxKind Current => _failed ? SyntaxKind.None : _tokens.Peek();

    private SyntaxKind Next => _failed ? SyntaxKind.None : _tokens.Peek(1);

    /// <summary>`name:` ahead: a property starts here, whatever word names it (`start:`, `in:`).</summary>
    private bool AtPropertyStart =>
        (Current == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Current)) && Next == SyntaxKind.ColonToken;

    private SyntaxToken Take() => _tokens.Take();

    private SyntaxToken Take(SyntaxKind kind) => _tokens.Take(kind);

    private SyntaxToken Expect(SyntaxKind kind)
    {
        if (Current == kind)
        {
            return Take();
        }

        return Fail(kind);
    }

    private SyntaxToken? Optional(SyntaxKind kind) => Current == kind && !AtPropertyStart ? Take() : null;

    /// <summary>
    /// Gives up on this file; returns a zero-width placeholder at the current position, so
    /// that the callers can unwind building (soon discarded) nodes without further checks.
    /// </summary>
    private SyntaxToken Fail(SyntaxKind kind)
    {
        _failed = true;
        return SyntaxToken.Missing(kind, _tokens.CurrentPosition);
    }

    private void Enter(int levels = 1)
    {
        _depth += levels;
        if (_depth > MaxDepth)
        {
            Fail(SyntaxKind.None);
        }
    }

    private void Exit(int levels = 1) => _depth -= levels;

    private CompilationUnitSyntax CompilationUnit()
    {
        Enter();
        var members = Members();
        var endOfFile = Current == SyntaxKind.EndOfFileToken ? Take() : Fail(SyntaxKind.EndOfFileToken);
        Exit();
        return new CompilationUnitSyntax(members, endOfFile, _triviaSource);
    }

    private ImmutableArray<MemberSyntax> Members()
    {
        ImmutableArray<MemberSyntax>.Builder? members = null;
        while (Current is not (SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken or SyntaxKind.None))
        {
            var member = Member();
            if (_failed)
            {
                break;
            }

            (members ??= ImmutableArray.CreateBuilder<MemberSyntax>()).Add(member!);
        }

        return members is null ? ImmutableArray<MemberSyntax>.Empty : members.ToImmutable();
    }

    private MemberSyntax? Member()
    {
        Enter();
        MemberSyntax? member;
        if (AtPropertyStart)
        {
            member = Property();
        }
        else if (Current == SyntaxKind.ImportKeyword)
        {
            member = Import();
        }
        else if (SyntaxFacts.IsDeclarationKeyword(Current))
        {
            member = Declaration();
        }
        else
        {
            Fail(SyntaxKind.None);
            member = null;
        }

        Exit();
        return member;
    }

    private ImportDirectiveSyntax Import()
    {
        Enter();
        var import = new ImportDirectiveSyntax(Take(), Expect(SyntaxKind.StringLiteralToken), Optional(SyntaxKind.SemicolonToken));
        Exit();
        return import;
    }

    private PropertySyntax Property()
    {
        Enter();
        var nameLevels = SyntaxFacts.IsKeyword(Current) ? 2 : 1; // propertyName (and keyword)
        Enter(nameLevels);
        var name = Take(SyntaxKind.IdentifierToken);
        Exit(nameLevels);
        var colon = Take();

        var property = new PropertySyntax(name, colon, PropertyValues(), Optional(SyntaxKind.SemicolonToken));
        Exit();
        return property;
    }

    /// <summary>Values and commas. Most properties have one value: an array of one, no builder to copy from.</summary>
    private ImmutableArray<SyntaxNode> PropertyValues()
    {
        var first = PropertyValue();
        if (Current != SyntaxKind.CommaToken)
        {
            return ImmutableArray.Create<SyntaxNode>(first);
        }

        var values = ImmutableArray.CreateBuilder<SyntaxNode>(4);
        values.Add(first);
        while (Current == SyntaxKind.CommaToken)
        {
            values.Add(Take());
            values.Add(PropertyValue());
        }

        return values.ToImmutable();
    }

    private PropertyValueSyntax PropertyValue()
    {
        Enter();
        var expression = Expression(0);
        ImmutableArray<ValueClauseSyntax>.Builder? clauses = null;
        while (IsValueClauseKeyword(Current) && !AtPropertyStart)
        {
            Enter();
            var keyword = Take();
            (clauses ??= ImmutableArray.CreateBuilder<ValueClauseSyntax>()).Add(new ValueClauseSyntax(keyword, Expression(0)));
            Exit();
        }

        Exit();
        return new PropertyValueSyntax(expression, clauses is null ? ImmutableArray<ValueClauseSyntax>.Empty : clauses.ToImmutable());
    }

    private static bool IsValueClauseKeyword(SyntaxKind kind) =>
        kind is SyntaxKind.OnKeyword or SyntaxKind.ByKeyword or SyntaxKind.FromKeyword
            or SyntaxKind.AgainstKeyword or SyntaxKind.WeightKeyword or SyntaxKind.WhenKeyword;
}
