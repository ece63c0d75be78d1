using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Formatting;

/// <summary>
/// The formatter's promises over many inputs: idempotent, only whitespace changes (same
/// tokens, same comments), the compiler says the same about the spec afterwards, and a file
/// with syntax errors is left alone.
/// </summary>
public sealed class FormattingPropertyTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Examples_are_already_formatted(string example)
    {
        var text = TestSupport.Examples.Read(example);

        Assert.Equal(FormattingOutcome.Unchanged, SpecFormatter.Format(text).Outcome);
        FormattingInvariants.AssertHold(text);
    }

    [Property(MaxTest = 300)]
    public Property Badly_laid_out_examples_format_to_the_same_spec() =>
        Prop.ForAll(WhitespaceMutatedExamples.Arbitrary, mutated => FormattingInvariants.AssertHold(mutated.Apply()));

    [Fact]
    public void Most_badly_laid_out_examples_are_valid_specs_that_really_get_formatted()
    {
        // Otherwise the property above would pass by leaving broken files alone.
        var samples = WhitespaceMutatedExamples.Arbitrary.Generator.Sample(10, 60).ToList();

        var formatted = samples.Count(s => SpecFormatter.Format(s.Apply()).Outcome == FormattingOutcome.Formatted);

        Assert.True(formatted >= samples.Count * 3 / 4, $"Only {formatted} of {samples.Count} samples were formatted.");
    }

    [Property(MaxTest = 300)]
    public Property Edited_examples_either_format_to_the_same_spec_or_stay_as_they_are() =>
        Prop.ForAll(MutatedExamples.Arbitrary, mutated => FormattingInvariants.AssertHold(mutated.Apply()));

    [Fact]
    public void A_value_running_over_a_line_break_is_quoted_on_one_line_so_formatting_keeps_the_message()
    {
        // Found by the property above (seed 136137361620637327,15430938688302552927): `in` mistyped
        // as `int` makes `15 months int first` one value of `duration:`; PS0705 quoted it with the
        // line break and the file's indentation, which the formatter changes.
        const string text = "phase Implementation {\n    start: 2020-01-01\n    duration: 15 months\n        int first, second\n}\n";

        FormattingInvariants.AssertHold(text);
        Assert.Contains(Specs.Diagnose(text), d => d.Id == "PS0705" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("only '15 months int first' is used", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//\r\r")]
    [InlineData("pilot P { }\r\r\r// last\r")]
    public void A_file_whose_lines_end_in_a_lone_carriage_return_keeps_that_line_ending(string text)
    {
        // Found by the generated-text property: the layout check split lines on \n only.
        var formatted = SpecFormatter.Format(text).Text;

        FormattingInvariants.AssertHold(text);
        Assert.DoesNotContain('\n', formatted);
        Assert.EndsWith("\r", formatted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// a comment ending in NEL\u0085\npilot P { }\n")]
    [InlineData("pilot P { } // an em space\u2003\n")]
    public void A_comment_ending_in_a_character_dotnet_calls_whitespace_keeps_it(string text)
    {
        // Found by the property above (seed 10735232273903535644,3817455948969257065): the
        // lexer ends a comment only at a line end, so U+0085 is the comment's text, not layout.
        var formatted = SpecFormatter.Format(text);

        FormattingInvariants.AssertHold(text);
        Assert.Contains(text.Contains('\u0085') ? "\u0085" : "\u2003", formatted.Text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Generated_valid_specs_laid_out_badly_format_to_the_same_spec() =>
        Prop.ForAll(WhitespaceMutatedSpecs.Arbitrary, mutated => FormattingInvariants.AssertHold(mutated.Apply()));

    [Fact]
    public void Most_generated_specs_laid_out_badly_really_get_formatted()
    {
        // Otherwise the property above would pass by leaving broken or untouched files alone:
        // the edits only change whitespace between tokens, so each sample stays a valid spec.
        var samples = WhitespaceMutatedSpecs.Arbitrary.Generator.Sample(10, 60).ToList();

        var formatted = samples.Count(s => SpecFormatter.Format(s.Apply()).Outcome == FormattingOutcome.Formatted);

        Assert.True(formatted >= samples.Count * 3 / 4, $"Only {formatted} of {samples.Count} samples were formatted.");
    }

    // Random text: nearly every sample has syntax errors, so this guards the formatter's
    // refusal (the text comes back as it was) and its robustness, not its layout; the two
    // properties over valid specs above exercise the layout.
    [Property(MaxTest = 300)]
    public Property Generated_text_either_formats_to_the_same_spec_or_stays_as_it_is() =>
        Prop.ForAll(TextGenerators.WellFormedText.ToTextArbitrary(), FormattingInvariants.AssertHold);
}
