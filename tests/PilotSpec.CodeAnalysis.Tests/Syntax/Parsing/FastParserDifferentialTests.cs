using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Parsing;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// The hand-written fast parser against the ANTLR reference path: for any text, the tree
/// (every node, token, span and trivia) and the diagnostics must be the same whichever path
/// parsed it; and a file the reference path parses without a diagnostic must not need it
/// (else the fast path is silently slow). This is what keeps grammar/PilotParser.g4 the one
/// definition of the language.
/// </summary>
public sealed class FastParserDifferentialTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_takes_the_fast_path_and_matches_the_reference(string example) =>
        AssertSameAsReference(TestSupport.Examples.Read(example), mustBeFast: true);

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(5_000, 7)]
    public void Generated_specs_take_the_fast_path_and_match_the_reference(int lines, int seed) =>
        AssertSameAsReference(SpecGenerator.Generate(lines, seed), mustBeFast: true);

    [Theory]
    // Precedence and associativity of every operator level.
    [InlineData("a: -x.y * 2 + 3 >= 4 for 3 consecutive quarters at all sites in w and not b or c")]
    [InlineData("a: not x at all sites and y")]
    [InlineData("a: not not x or - - y")]
    [InlineData("a: 1 - 2 - 3 / 4 / 5 == 6 != 7")]
    [InlineData("a: x at any site in w at 80% of sites at 3 of sites in v at 东城区 in first")]
    [InlineData("a: (x + y) * [1, 2 months, [], [a.b.c]]")]
    [InlineData("a: start of p + 3 months, end of q; b: all met, any met, none met, all, all sites")]
    // A word followed by `:` is the next property, whatever it is.
    [InlineData("a: 5 months b: 3")]
    [InlineData("a: 5 million yuan per capita\nb: 3")]
    [InlineData("a: x\nand: 5")]
    [InlineData("a: x at all\nsites: 5")]
    [InlineData("a: all met: 1")]
    [InlineData("a: b when all met\n: 5 points by 2021-12-31")]
    [InlineData("a: any met: 1")]
    [InlineData("a: x at all sites\nin: w")]
    [InlineData("a: 1\nwhen: 2")]
    [InlineData("a: 1 when b weight 0.5 on 2019-01-01 by 2020-01-01 from \"s\" against c")]
    [InlineData("a: x\nnot: y")]
    [InlineData("a: x for 2 months\nfor: 3")]
    [InlineData("site: 1\npilot: 2\nimport: 3\nevaluation: 4")]
    // Declarations with and without their optional parts.
    [InlineData("pilot P \"T\" { goal g indicator i \"t\"; site s { } wave w = [s] group g2 phase p {} alert a evaluation e at end of p {} stakeholder k; }")]
    [InlineData("import \"x.pilot\" import \"y.pilot\";\nsite a site b")]
    [InlineData("evaluation e at start of p at all sites { }")]
    [InlineData("evaluation e\nat: 5")]
    // Trivia and literals.
    [InlineData("// c\r\n/* multi\nline */ site a /* x */ // y\n\n  \t\u3000\uFEFF site b\u2028")]
    [InlineData("a: \"x\\\"y\", “中文”, 1_000.5%, 2019-3-1, 1-2-3-4, 12.5-3, 99999999999999999999999999999999")]
    [InlineData("a: \"unterminated\nb: “also")]
    [InlineData("a：1；b：[x，y、z]（）")]
    [InlineData("")]
    [InlineData("   \n// only trivia")]
    // Errors: both paths must give the reference's tree and messages.
    [InlineData("pilot { }")]
    [InlineData("site end { }")]
    [InlineData("a: 1 +")]
    [InlineData("a: x @ y")]
    [InlineData("/* unterminated")]
    [InlineData("site a: 5")]
    [InlineData("a: x\ny")]
    [InlineData("a: 𝒳 + \ud800")]
    public void Tricky_inputs_match_the_reference(string text) => AssertSameAsReference(text, mustBeFast: false);

    [Theory]
    [InlineData("(", ")", 60, 160)]
    [InlineData("goal g { ", "} ", 55, 80)]
    [InlineData("[", "]", 60, 160)]
    public void Nesting_near_the_depth_limit_matches_the_reference(string open, string close, int from, int to)
    {
        var texts = Enumerable.Range(from, to - from + 1).Select(depth => open.StartsWith('g')
            ? string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth))
            : "a: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));

        AssertSameNearTheLimit(texts);
    }

    [Theory]
    [InlineData(" + 1", 260, 320)]
    [InlineData(" and x", 260, 320)]
    [InlineData(".b", 260, 320)]
    public void Operator_chains_near_the_depth_limit_match_the_reference(string link, int from, int to) =>
        AssertSameNearTheLimit(Enumerable.Range(from, to - from + 1).Select(length => "a: x" + string.Concat(Enumerable.Repeat(link, length))));

    /// <summary>
    /// Near the depth limit the fast path must never accept what the reference rejects (PS0009);
    /// it may leave the last few levels below the limit to the reference (its safety margin), no more.
    /// </summary>
    private static void AssertSameNearTheLimit(IEnumerable<string> texts)
    {
        var leftToReference = 0;
        var referenceRejected = 0;
        foreach (var text in texts)
        {
            AssertSameAsReference(text, mustBeFast: false, mayLeaveCleanFilesToReference: true);
            var fast = SyntaxTree.ParseText(text, "test.pilot", ParseStrategy.FastWithFallback);
            var clean = fast.GetDiagnostics().IsEmpty;
            leftToReference += clean && !fast.UsedFastPath ? 1 : 0;
            referenceRejected += clean ? 0 : 1;
        }

        Assert.InRange(leftToReference, 1, 8);
        Assert.True(referenceRejected > 0, "The range should reach past the limit.");
    }

    [Property(MaxTest = 300)]
    public Property Valid_specs_take_the_fast_path_and_match_the_reference() =>
        Prop.ForAll(ValidSpecs.Arbitrary, text => AssertSameAsReference(text, mustBeFast: false));

    [Property(MaxTest = 1000)]
    public Property Token_soup_matches_the_reference() =>
        Prop.ForAll(TokenSoup, text => AssertSameAsReference(text, mustBeFast: false));

    [Property(MaxTest = 300)]
    public Property Random_text_matches_the_reference() =>
        Prop.ForAll(TextGenerators.AnyUtf16Text.ToTextArbitrary(), text => AssertSameAsReference(text, mustBeFast: false));

    [Property(MaxTest = 300)]
    public Property Mutated_examples_match_the_reference() =>
        Prop.ForAll(MutatedExamples.Arbitrary, mutated => AssertSameAsReference(mutated.Apply(), mustBeFast: false));

    [Property(MaxTest = 200)]
    public Property Whitespace_mutated_examples_match_the_reference() =>
        Prop.ForAll(WhitespaceMutatedExamples.Arbitrary, mutated => AssertSameAsReference(mutated.Apply(), mustBeFast: false));

    /// <summary>Tokens and statements of the language, spaced: mostly valid-looking sequences that reach every decision of both parsers.</summary>
    private static Arbitrary<string> TokenSoup { get; } =
        TextGenerators.Concatenation(Gen.Frequency(
            (8, Gen.Elements([.. LanguageFragments.Keywords, .. LanguageFragments.Punctuation, .. LanguageFragments.Names, "5", "62%", "2019-03-01", "\"s\""]).Select(t => t + " ")),
            (1, Gen.Elements(LanguageFragments.Trivia.ToArray())),
            (3, TextGenerators.Statement))).ToTextArbitrary();

    private static void AssertSameAsReference(string text, bool mustBeFast, bool mayLeaveCleanFilesToReference = false)
    {
        var fast = SyntaxTree.ParseText(text, "test.pilot", ParseStrategy.FastWithFallback);
        var reference = SyntaxTree.ParseText(text, "test.pilot", ParseStrategy.ReferenceOnly);

        Assert.Equal(SyntaxTreePrinter.Print(reference.Root), SyntaxTreePrinter.Print(fast.Root));
        Assert.Equal(reference.GetDiagnostics().Select(DiagnosticView.From), fast.GetDiagnostics().Select(DiagnosticView.From));

        // A file the reference parses cleanly (and the fast lexer can classify) must not fall back.
        var fastCanLex = !text.Any(char.IsSurrogate);
        if (mustBeFast || (fastCanLex && reference.GetDiagnostics().IsEmpty && !mayLeaveCleanFilesToReference))
        {
            Assert.True(fast.UsedFastPath, "The fast path gave up on a file the reference path parses without a diagnostic.");
        }
    }
}
