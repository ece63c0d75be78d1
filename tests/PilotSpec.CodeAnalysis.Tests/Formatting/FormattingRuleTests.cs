using PilotSpec.CodeAnalysis.Formatting;

namespace PilotSpec.CodeAnalysis.Tests.Formatting;

/// <summary>Each house-style rule on a small input: what goes in, what must come out.</summary>
public sealed class FormattingRuleTests
{
    [Theory]
    [InlineData("pilot P \"t\" {\nowner: \"o\"\n  site A {\n level: county\n        }\n}\n", "pilot P \"t\" {\n    owner: \"o\"\n    site A {\n        level: county\n    }\n}\n")]
    [InlineData("pilot P {\n\towner: \"o\"\n}\n", "pilot P {\n    owner: \"o\"\n}\n")]
    public void Blocks_are_indented_four_spaces_per_level(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("site A{level:county}\n", "site A { level: county }\n")]
    [InlineData("site A   {  level :  county ;region:east  }\n", "site A { level: county; region: east }\n")]
    [InlineData("phase P { start: 2019-01-01; duration: 3 months; in: first }\n", "phase P { start: 2019-01-01; duration: 3 months; in: first }\n")]
    [InlineData("goal G {}\n", "goal G {}\n")]
    [InlineData("goal G {   }\n", "goal G {}\n")]
    public void A_block_written_on_one_line_stays_on_one_line(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("pilot P {\n    owner: \"o\"; problem: \"p\"; start: 2019-01-01\n}\n", "pilot P {\n    owner: \"o\";\n    problem: \"p\";\n    start: 2019-01-01\n}\n")]
    [InlineData("pilot P { owner: \"o\"\n}\n", "pilot P {\n    owner: \"o\"\n}\n")]
    [InlineData("pilot P {\n    site A { level: county } site B { level: county }\n}\n", "pilot P {\n    site A { level: county }\n    site B { level: county }\n}\n")]
    [InlineData("site A {} site B {}\n", "site A {}\nsite B {}\n")]
    [InlineData("goal G {\n}\n", "goal G {\n}\n")]
    public void A_block_written_over_several_lines_gets_one_member_per_line(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("x : 1 , 2 ;\n", "x: 1, 2;\n")]
    [InlineData("wave w=[ a ,b,c ]\n", "wave w = [a, b, c]\n")]
    [InlineData("x: a>=b+c*d-e/f\n", "x: a >= b + c * d - e / f\n")]
    [InlineData("x: a  and  not  b or c\n", "x: a and not b or c\n")]
    [InlineData("x: ( a == b ) != c\n", "x: (a == b) != c\n")]
    [InlineData("target: + 15 points by 2021-02-28\n", "target: +15 points by 2021-02-28\n")]
    [InlineData("x: - 10% + - 3\n", "x: -10% + -3\n")]
    [InlineData("x: clearance_rate . change\n", "x: clearance_rate.change\n")]
    [InlineData("x: 15pp, 15   points\n", "x: 15pp, 15 points\n")]
    [InlineData("x: a < b, a <= b, a > b, a != b\n", "x: a < b, a <= b, a > b, a != b\n")]
    [InlineData("evaluation e   at  end   of P{method:before_after}\n", "evaluation e at end of P { method: before_after }\n")]
    [InlineData("x: []\n", "x: []\n")]
    public void Spaces_around_punctuation_and_operators_are_normalised(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("site 东城区 { level：county；region：east }\n", "site 东城区 { level：county；region：east }\n")]
    [InlineData("wave w = [甲 、 乙 ， 丙]\n", "wave w = [甲、乙，丙]\n")]
    public void Full_width_punctuation_carries_its_own_space(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("pilot P \"t\"\n{\n    owner: \"o\"\n}\n", "pilot P \"t\" {\n    owner: \"o\"\n}\n")]
    [InlineData("x: a\n    , b\n", "x: a, b\n")]
    [InlineData("x: -\n5\n", "x: -5\n")]
    public void Line_breaks_before_braces_and_separators_and_after_signs_are_joined(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("pilot P {\n    require: a >= 1\n    and b >= 2\n}\n", "pilot P {\n    require: a >= 1\n        and b >= 2\n}\n")]
    [InlineData("pilot P {\n    in: [\n  a,\n  b\n      ]\n}\n", "pilot P {\n    in: [\n        a,\n        b\n    ]\n}\n")]
    [InlineData("activities: \"a\",\n\"b\"\n", "activities: \"a\",\n    \"b\"\n")]
    public void Line_breaks_inside_a_member_are_kept_as_continuation_lines(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("// header\n\n\n\npilot P {\n\n\n    owner: \"o\"\n\n\n\n    problem: \"p\"\n}\n", "// header\n\npilot P {\n\n    owner: \"o\"\n\n    problem: \"p\"\n}\n")]
    [InlineData("\n\n\nsite A {}\n\n\n", "site A {}\n")]
    [InlineData("site A {}", "site A {}\n")]
    [InlineData("site A {}   \nsite B {}\t\n", "site A {}\nsite B {}\n")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    public void Blank_lines_collapse_to_one_and_the_file_ends_with_one_line_break(string input, string expected) => AssertFormats(input, expected);

    [Theory]
    [InlineData("pilot P {\n  owner: \"o\"    // aligned\n  start: 2019-01-01 // short\n}\n", "pilot P {\n    owner: \"o\"    // aligned\n    start: 2019-01-01 // short\n}\n")]
    [InlineData("pilot P {\n      // about the owner   \n  owner: \"o\"\n      // last words\n}\n", "pilot P {\n    // about the owner\n    owner: \"o\"\n    // last words\n}\n")]
    [InlineData("site A { level: county /* c */ }\n", "site A { level: county /* c */ }\n")]
    [InlineData("pilot P {\n    owner: \"o\" /* c */ problem: \"p\"\n}\n", "pilot P {\n    owner: \"o\" /* c */\n    problem: \"p\"\n}\n")]
    [InlineData("pilot P {\n    /* c */ owner: \"o\"\n}\n", "pilot P {\n    /* c */ owner: \"o\"\n}\n")]
    [InlineData("x: a // why\n, b\n", "x: a // why\n    , b\n")]
    [InlineData("pilot P // the pilot\n{\n    owner: \"o\"\n}\n", "pilot P // the pilot\n{\n    owner: \"o\"\n}\n")]
    [InlineData("site A {}\n// the end\n\n", "site A {}\n// the end\n")]
    [InlineData("/* only\n   a comment */", "/* only\n   a comment */\n")]
    [InlineData("pilot P {\n    /*\n     * box   \n     */\n    owner: \"o\"\n}\n", "pilot P {\n    /*\n     * box\n     */\n    owner: \"o\"\n}\n")]
    public void Comments_stay_where_they_are(string input, string expected) => AssertFormats(input, expected);

    [Fact]
    public void Crlf_files_stay_crlf()
    {
        AssertFormats("site A {\r\nlevel: county\r\n}\r\n", "site A {\r\n    level: county\r\n}\r\n");
    }

    [Fact]
    public void Unusual_whitespace_becomes_plain_spaces()
    {
        AssertFormats("site\u3000A\u00A0{\fl\u000B: county }\n", "site A { l: county }\n");
    }

    [Theory]
    [InlineData("pilot P {\n  owner:\n}\n")]
    [InlineData("site A { level: county\n")]
    [InlineData("x:   \"unterminated\n")]
    [InlineData("x: 2019-13-01\n")]
    [InlineData("site   A @ {}\n")]
    public void A_file_with_syntax_errors_is_returned_unchanged(string input)
    {
        var result = SpecFormatter.Format(input);

        Assert.Equal(FormattingOutcome.NotFormattedBecauseOfSyntaxErrors, result.Outcome);
        Assert.Equal(input, result.Text);
        Assert.NotEmpty(result.SyntaxErrors);
        Assert.Empty(result.GetTextChanges());
    }

    [Fact]
    public void An_already_formatted_file_is_reported_unchanged()
    {
        var result = SpecFormatter.Format("site A { level: county }\n");

        Assert.Equal(FormattingOutcome.Unchanged, result.Outcome);
        Assert.False(result.IsChanged);
        Assert.Empty(result.GetTextChanges());
    }

    [Theory]
    [InlineData("pilot P {\nowner: \"o\"\n}\n")]
    [InlineData("site   A {}")]
    [InlineData("x:1\r\n")]
    [InlineData("site 东城区{level:county}\n")]
    public void The_text_change_turns_the_original_into_the_formatted_text(string input)
    {
        var result = SpecFormatter.Format(input);

        var changed = Microsoft.CodeAnalysis.Text.SourceText.From(input).WithChanges(result.GetTextChanges()).ToString();

        Assert.True(result.IsChanged);
        Assert.Equal(result.Text, changed);
        Assert.Single(result.GetTextChanges());
    }

    [Fact]
    public void The_indent_size_and_line_break_can_be_chosen()
    {
        var result = SpecFormatter.Format("site A {\nlevel: county\n}\n", new FormattingOptions { IndentSize = 2, NewLine = "\r\n" });

        Assert.Equal("site A {\r\n  level: county\r\n}\r\n", result.Text);
    }

    private static void AssertFormats(string input, string expected)
    {
        var result = SpecFormatter.Format(input);

        Assert.Equal(expected, result.Text);
        Assert.Equal(input == expected ? FormattingOutcome.Unchanged : FormattingOutcome.Formatted, result.Outcome);
        Assert.Equal(expected, SpecFormatter.Format(expected).Text);
    }
}
