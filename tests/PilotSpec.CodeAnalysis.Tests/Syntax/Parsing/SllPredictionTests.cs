using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Parsing;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// The grammar promises that valid specs need no full-context (LL) prediction: the fast SLL
/// pass of the ANTLR reference path must succeed on every example. A grammar change that
/// breaks this slows every file the hand-written fast path leaves to ANTLR.
/// </summary>
public sealed class SllPredictionTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_parses_with_SLL_only(string example)
    {
        var tree = SyntaxTree.ParseText(TestSupport.Examples.Read(example), example, ParseStrategy.ReferenceOnly);

        Assert.False(tree.UsedFullContextParse);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_has_no_syntax_diagnostics(string example)
    {
        var tree = SyntaxTree.ParseText(TestSupport.Examples.Read(example), example);

        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void A_parse_error_falls_back_to_full_context_recovery()
    {
        // The counterpart: shows the flag is not simply always false.
        var tree = SyntaxTree.ParseText("pilot a { owner \"x\" }");

        Assert.True(tree.UsedFullContextParse);
    }
}
