using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Fuzzing;

/// <summary>
/// What the compiler emits, over generated valid specs (hostile names and strings included):
/// the JSON schedule always validates against docs/schemas/schedule.schema.json, the C#
/// monitor always compiles cleanly, and formatting the spec changes neither byte of either.
/// </summary>
public sealed class EmittedOutputPropertyTests
{
    [Fact]
    public void Generated_specs_are_valid_so_the_properties_reach_the_emitters()
    {
        foreach (var spec in ValidSpecs.Arbitrary.Generator.Sample(20, 20))
        {
            var errors = PilotCompilation.Create([SyntaxTree.ParseText(spec, "spec.pilot")]).GetDiagnostics().Where(d => d.IsError);
            Assert.True(!errors.Any(), spec + "\n" + string.Join("\n", errors));
        }
    }

    [Property(MaxTest = 60)]
    public Property Emitted_json_validates_against_the_schedule_schema() =>
        Prop.ForAll(ValidSpecs.Arbitrary, spec =>
        {
            var files = Emit(spec);
            ScheduleSchema.AssertValid(Assert.Single(files, f => f.Key.EndsWith(".schedule.json", StringComparison.Ordinal)).Value);
        });

    [Property(MaxTest = 15)]
    public Property Emitted_csharp_compiles_without_warnings() =>
        Prop.ForAll(ValidSpecs.Arbitrary, spec =>
        {
            var source = Assert.Single(Emit(spec), f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).Value;
            var (_, problems) = MonitorBuild.Compile(source);
            Assert.True(problems.Count == 0, spec + "\n" + string.Join("\n", problems));
        });

    [Property(MaxTest = 100)]
    public Property Formatting_a_badly_laid_out_example_changes_no_emitted_byte() =>
        Prop.ForAll(WhitespaceMutatedExamples.Arbitrary, mutated => AssertFormattingKeepsOutput(mutated.Apply()));

    [Property(MaxTest = 60)]
    public Property Formatting_a_generated_spec_changes_no_emitted_byte() =>
        Prop.ForAll(ValidSpecs.Arbitrary, AssertFormattingKeepsOutput);

    private static void AssertFormattingKeepsOutput(string text)
    {
        var result = SpecFormatter.Format(text);
        if (result.Outcome == FormattingOutcome.NotFormattedBecauseOfSyntaxErrors)
        {
            return;
        }

        var before = PilotCompilation.Create([SyntaxTree.ParseText(text, "spec.pilot")]);
        var after = PilotCompilation.Create([SyntaxTree.ParseText(result.Text, "spec.pilot")]);
        var beforeHost = new InMemoryOutputHost();
        var afterHost = new InMemoryOutputHost();

        Assert.Equal(before.Emit(beforeHost).Success, after.Emit(afterHost).Success);
        Assert.Equal(beforeHost.Files.Keys, afterHost.Files.Keys);
        foreach (var (name, content) in beforeHost.Files)
        {
            Assert.Equal(content, afterHost.Files[name]);
        }
    }

    private static IReadOnlyDictionary<string, string> Emit(string spec)
    {
        var host = new InMemoryOutputHost();
        var result = PilotCompilation.Create([SyntaxTree.ParseText(spec, "spec.pilot")]).Emit(host);
        Assert.True(result.Success, spec + "\n" + string.Join("\n", result.Diagnostics));
        return host.Files;
    }
}
