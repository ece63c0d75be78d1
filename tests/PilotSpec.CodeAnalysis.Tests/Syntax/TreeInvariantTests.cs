using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Navigation an editor relies on: parents match children, and FindToken finds, for every
/// position of the text, the token whose full span holds it.
/// </summary>
public sealed class TreeInvariantTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_tree_is_consistent_and_FindToken_covers_every_position(string example)
    {
        var text = TestSupport.Examples.Read(example);

        var tree = SyntaxTree.ParseText(text);

        TreeInvariants.AssertHold(text, tree);
        TreeInvariants.AssertFindTokenCoversEveryPosition(text, tree.Root);
    }

    [Property(MaxTest = 200)]
    public Property Generated_text_tree_is_consistent_and_FindToken_covers_every_position() =>
        Prop.ForAll(TextGenerators.WellFormedText.ToTextArbitrary(), text =>
        {
            var tree = SyntaxTree.ParseText(text);

            TreeInvariants.AssertParentsAndSpansConsistent(tree.Root);
            TreeInvariants.AssertFindTokenCoversEveryPosition(text, tree.Root);
        });

    [Property(MaxTest = 100)]
    public Property Mutated_example_FindToken_covers_every_position() =>
        Prop.ForAll(MutatedExamples.Arbitrary, mutated =>
        {
            var text = mutated.Apply();

            var tree = SyntaxTree.ParseText(text);

            TreeInvariants.AssertFindTokenCoversEveryPosition(text, tree.Root);
        });

    [Fact]
    public void FindToken_outside_the_text_throws()
    {
        var tree = SyntaxTree.ParseText("x: 1");

        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Root.FindToken(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Root.FindToken(5));
    }

    [Fact]
    public void Every_node_knows_its_tree()
    {
        var tree = SyntaxTree.ParseText("pilot a { x: 1 }");

        Assert.All(tree.Root.DescendantNodesAndSelf(), node => Assert.Same(tree, node.SyntaxTree));
        Assert.All(tree.Root.DescendantTokens(), token => Assert.Same(tree, token.SyntaxTree));
    }
}
