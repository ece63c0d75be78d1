using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Completion;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>
/// Completion reads only the tokens of the text (lexed, not parsed): right after a
/// keystroke it must answer without waiting for a parse of the new version, which on a
/// large spec costs several times the lex.
/// </summary>
public class CompletionWithoutParseTests
{
    private static readonly string[] SmallLines = Specs.Small.Split('\n');
    private static readonly int InLine = Array.FindIndex(SmallLines, l => l.Contains("in: first", StringComparison.Ordinal));

    [Fact]
    public void Completion_in_an_edited_version_does_not_parse_it()
    {
        var session = TestSessions.Typical();
        var first = new OpenDocument("file:///tmp/edited.pilot", "pilot", 1, SourceText.From(Specs.Small));
        var bound = WorkspaceSnapshot.Empty(session).With(first).GetAnalysis(first);
        var symbols = bound.Symbols; // version 1 is bound, as the check of the last pause left it

        // The writer deletes the last letter of `first` in `in: first`, then asks for completion there.
        var end = SmallLines[InLine].IndexOf("first", StringComparison.Ordinal) + "first".Length;
        var offset = SmallLines.Take(InLine).Sum(l => l.Length + 1) + end;
        var edited = first.WithText(SourceText.From(Specs.Small.Remove(offset - 1, 1)), 2);
        var snapshot = bound.Snapshot.With(edited);

        var list = CompletionProvider.Complete(edited, snapshot.LineIndexOf(edited.Text), session, symbols, describer: null, new Position(InLine, end - 1), CancellationToken.None);

        Assert.False(edited.IsParsed, "Completion parsed the version it completed in.");
        Assert.Superset(new HashSet<string> { "first", "second", "east" }, list.Items.Select(i => i.Label).ToHashSet());
        var replaced = list.Items.First(i => i.Label == "first").TextEdit!.Range;
        Assert.Equal(new Position(InLine, end - "first".Length), replaced.Start);
        Assert.Equal(new Position(InLine, end - 1), replaced.End);
    }

    [Theory]
    [InlineData("site a { // in: $$\n}")]
    [InlineData("site a { /* in: $$ */ }")]
    [InlineData("site a { /* in: $$")]
    [InlineData("site a { /*/$$")]
    [InlineData("site a { title: \"The in$$\" }")]
    [InlineData("site a { title: \"The in$$")]
    [InlineData("site a { title: “in$$")]
    [InlineData("site a { title: \"in\\\"$$")]
    public void In_a_comment_or_a_string_there_is_nothing_to_offer(string marked)
    {
        var markup = Markup.Parse(marked);

        Assert.Equal(CompletionPlace.None, CompletionSiteFinder.Find(markup.Text, markup.Offset).Place);
    }

    [Theory]
    [InlineData("site a { /* note */$$ }")]
    [InlineData("site a { // note\n$$ }")]
    [InlineData("site a { title: \"The a\" $$ }")]
    [InlineData("site a { title: “The a”\n$$ }")]
    [InlineData("$$// note")]
    public void Right_after_a_closed_comment_or_string_a_member_may_start(string marked)
    {
        var markup = Markup.Parse(marked);

        var site = CompletionSiteFinder.Find(markup.Text, markup.Offset);

        Assert.NotEqual(CompletionPlace.None, site.Place);
    }

    [Fact]
    public void A_character_no_token_takes_still_stands_between_the_caret_and_the_colon()
    {
        var afterColon = Markup.Parse("phase p { in: $$ }");
        var afterGarbage = Markup.Parse("phase p { in: @ $$ }");

        Assert.Equal(SyntaxKind.ColonToken, KindOfPrevious(afterColon));
        Assert.Equal(SyntaxKind.None, KindOfPrevious(afterGarbage));
    }

    private static SyntaxKind? KindOfPrevious(Markup markup) =>
        CompletionSiteFinder.Find(markup.Text, markup.Offset).Previous?.Kind;
}
