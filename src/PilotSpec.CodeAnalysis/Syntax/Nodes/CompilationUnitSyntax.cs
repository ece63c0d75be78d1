using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>The root of a file: its members and the end-of-file token that holds the trailing trivia.</summary>
public sealed class CompilationUnitSyntax : CompositeSyntax
{
    internal CompilationUnitSyntax(ImmutableArray<MemberSyntax> members, SyntaxToken endOfFileToken, TriviaSource triviaSource)
        : base(Items(members), endOfFileToken)
    {
        TriviaSource = triviaSource;
        Members = members;
        EndOfFileToken = endOfFileToken;
    }

    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;

    public ImmutableArray<MemberSyntax> Members { get; }

    public SyntaxToken EndOfFileToken { get; }

    /// <summary>The source text and explicit trivia every token of the tree reads its trivia from.</summary>
    internal TriviaSource TriviaSource { get; }

    /// <summary>The tree this root belongs to: kept on the root only, every node finds it by walking up.</summary>
    internal SyntaxTree? Tree { get; private set; }

    internal void AttachTree(SyntaxTree tree) => Tree ??= tree;
}
