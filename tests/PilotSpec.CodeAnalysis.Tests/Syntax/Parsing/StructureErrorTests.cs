using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// Mistakes in the shape of a spec (braces, colons, values, names): error recovery must
/// report the one mistake once, where the writer would look for it, and nothing else.
/// </summary>
public sealed class StructureErrorTests
{
    [Fact]
    public void Missing_close_brace_is_reported_at_the_end_of_the_file()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner: \"x\"\n");

        var diagnostic = input.AssertSingle("PS0001", line: 3, column: 1);
        Assert.Contains("'}'", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Missing_colon_is_reported_right_after_the_property_name()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner \"x\"\n}\n");

        var diagnostic = input.AssertSingle("PS0002", line: 2, column: 10);
        Assert.Equal(0, diagnostic.SpanLength);
        Assert.Contains("':'", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Keyword_as_a_declared_name_is_reported_once_as_a_reserved_word()
    {
        var input = BrokenInput.Parse("site end {}");

        var diagnostic = input.AssertSingle("PS0010", line: 1, column: 6);
        Assert.Equal("end".Length, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Missing_value_after_colon_is_reported_once()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner:\n}\n");

        var diagnostic = input.AssertSingle("PS0001", line: 3, column: 1);
        Assert.Contains("a value", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Stray_close_brace_is_reported_once()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner: \"x\"\n}\n}\n");

        input.AssertSingle("PS0001", line: 4, column: 1);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Unclosed_parenthesis_is_reported_as_a_missing_close_parenthesis()
    {
        var input = BrokenInput.Parse("pilot a {\n    require: (clearance_rate > 60%\n}\n");

        var diagnostic = input.AssertSingle("PS0002", line: 2, column: 35);
        Assert.Contains("')'", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Missing_declaration_name_is_reported_once()
    {
        var input = BrokenInput.Parse("pilot {\n    owner: \"x\"\n}\n");

        // Right after the keyword, and the declaration with its body is kept.
        input.AssertSingle("PS0002", line: 1, column: 6);
        var pilot = Assert.IsType<PilotDeclarationSyntax>(Assert.Single(input.Tree.Root.Members));
        Assert.True(pilot.Identifier.IsMissing);
        Assert.Single(pilot.Properties);
        Snapshot.Match(input.Snapshot);
    }
}
