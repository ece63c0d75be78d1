using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.Fuzz;

namespace PilotSpec.CodeAnalysis.Tests.Fuzzing;

/// <summary>
/// The size limits each have their own diagnostic (PS0011 file, PS0012 string), and
/// pathological inputs finish quickly through the whole pipeline. Time bounds are generous
/// (a hang, not a slow machine, should fail them).
/// </summary>
public sealed class InputLimitTests
{
    private const int MaxFileLength = 8 * 1024 * 1024;
    private const int MaxStringLength = 64 * 1024;
    // A hang detector, not a speed test (the speeds are in `pilotfuzz pathological` and the
    // benchmarks): an input that takes 1 s alone took over 20 s in CI next to the other test
    // classes on a loaded 2-core machine.
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Fact]
    public void A_file_over_the_limit_is_not_parsed_and_says_why()
    {
        var text = "pilot P \"p\" {}\n" + new string('x', MaxFileLength);

        var tree = SyntaxTree.ParseText(text, "big.pilot");

        var diagnostic = Assert.Single(tree.GetDiagnostics());
        Assert.Equal(DiagnosticDescriptors.FileTooLarge, diagnostic.Descriptor);
        Assert.Empty(tree.Root.Members);
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Contains(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_over_the_limit_goes_through_the_pipeline_without_output()
    {
        var text = new string(' ', MaxFileLength + 1);

        FuzzRegressionTests.RunWithin(Generous, () => FuzzPipeline.Run(text));
        Assert.False(PilotCompilation.Create([SyntaxTree.ParseText(text)]).Emit(new PilotSpec.CodeAnalysis.Emit.InMemoryOutputHost()).Success);
    }

    [Theory]
    [InlineData("\"", "\"")]
    [InlineData("“", "”")]
    public void A_string_at_the_limit_is_fine_and_one_more_character_is_reported(string open, string close)
    {
        string Spec(int length) => $"pilot P {{\n    description: {open}{new string('x', length)}{close}\n}}\n";

        Assert.DoesNotContain(SyntaxTree.ParseText(Spec(MaxStringLength)).GetDiagnostics(), d => d.Id == "PS0012");

        var diagnostic = Assert.Single(SyntaxTree.ParseText(Spec(MaxStringLength + 1)).GetDiagnostics());
        Assert.Equal(DiagnosticDescriptors.StringTooLong, diagnostic.Descriptor);
    }

    [Fact]
    public void String_length_counts_characters_after_escapes()
    {
        // 40,000 escapes are 80,000 characters of source but 40,000 of value.
        var escaped = $"pilot P {{ description: \"{string.Concat(Enumerable.Repeat("\\n", 40_000))}\" }}";

        Assert.Empty(SyntaxTree.ParseText(escaped).GetDiagnostics());
    }

    [Fact]
    public void Huge_numbers_durations_and_edge_dates_are_diagnosed_not_thrown()
    {
        const string spec = """
            pilot P "p" {
                start: 9999-12-31
            }
            phase Launch {
                start: 9999-12-31
                duration: 2147483647 months
            }
            phase Next {
                after: Launch + 9999999999 years
                duration: 99999999999999999999999999999999 days
            }
            phase Early {
                end: 0001-01-01
                duration: 1 years
            }
            """;

        var diagnostics = PilotCompilation.Create([SyntaxTree.ParseText(spec)]).GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Id == "PS0008");
        Assert.Contains(diagnostics, d => d.IsError);
    }

    public static TheoryData<string> Pathological() => new(PathologicalInputs.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_input_finishes_through_the_whole_pipeline(string name)
    {
        // The bound catches a hang; `pilotfuzz pathological` measures the real times (docs/reliability.md).
        FuzzRegressionTests.RunWithin(Generous, () => FuzzPipeline.Run(PathologicalInputs.All[name]));
    }

    public static TheoryData<string> Repeatable() => new(RepeatedUnits.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Func<int, string>> RepeatedUnits = new(StringComparer.Ordinal)
    {
        ["sites"] = n => string.Concat(Enumerable.Repeat("site s; ", n)),
        ["indicators"] = n => string.Concat(Enumerable.Repeat("indicator i { baseline: 1 on 2019-01-01 } ", n)),
        ["operators on one line"] = n => "pilot P { x: " + string.Join(" + ", Enumerable.Range(0, n).Select(i => "a" + i)) + " }",
        ["identifiers on one line"] = n => "pilot P { description: " + string.Join(" ", Enumerable.Range(0, n).Select(i => "w" + i)) + " }",
        ["open braces"] = n => new string('{', n),
        ["open parentheses"] = n => "pilot P { x: " + new string('(', n),
        ["unclosed strings"] = n => string.Concat(Enumerable.Repeat("site s \"x\n", n)),
        ["random characters"] = n =>
        {
            var random = new Random(42);
            return new string(Enumerable.Range(0, n * 8).Select(_ => (char)random.Next(1, 0x3000)).ToArray());
        },
    };

    [Theory]
    [MemberData(nameof(Repeatable))]
    public void Work_grows_linearly_with_the_input(string unit)
    {
        // Allocations, not time: deterministic on a busy machine, and a pass that is quadratic
        // in the input (re-scanning, re-copying) almost always allocates quadratically too.
        // Four times the input may cost four times the bytes plus slack, never sixteen.
        var generate = RepeatedUnits[unit];
        long Allocated(string text)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            FuzzPipeline.Run(text);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(generate(500)); // warm-up: first-use allocations (JIT, caches) are not the input's
        var small = Allocated(generate(2_000));
        var large = Allocated(generate(8_000));

        Assert.True(large < small * 7, $"{unit}: 2,000 units allocate {small:N0} bytes, 8,000 allocate {large:N0} ({(double)large / small:F1}x).");
    }
}
