using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>A spec's control characters (ESC, BEL, bidi controls) never reach a terminal raw: docs/reliability.md, "Output safety".</summary>
public sealed class TerminalSafetyTests : IDisposable
{
    // ESC ] 0 ; … BEL rewrites a terminal's window title; U+202E reverses what follows.
    private const string Hostile = "\u001b]0;pwned\u0007 \u202Eevil";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_as_text_shows_the_source_line_with_its_control_characters_escaped_and_the_caret_in_place()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName.Replace("wave first = [东城]", "wave first = [东城] // " + Hostile, StringComparison.Ordinal));

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "text");

        AssertNoRawControls(result.StdOut + result.StdErr);
        // Shown twice: under PS0102 (the undeclared name) and under PS0116 (the bidirectional control itself).
        Assert.Contains(result.StdOutLines, l => l.StartsWith("warning PS0116", StringComparison.Ordinal));
        var shown = result.StdOutLines.First(l => l.Contains("wave first", StringComparison.Ordinal));
        Assert.EndsWith(@"// \u{1B}]0;pwned\u{7} \u{202E}evil", shown, StringComparison.Ordinal);
        var caret = result.StdOutLines[Array.IndexOf(result.StdOutLines, shown) + 1];
        Assert.Equal(shown.IndexOf('东', StringComparison.Ordinal), caret.IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void Schedule_as_a_terminal_chart_escapes_the_title()
    {
        _folder.Write("reform.pilot", Specs.Scheduled.Replace("A <reform> & more", Hostile, StringComparison.Ordinal));

        var result = _folder.Pilotc("schedule", "reform.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoRawControls(result.StdOut);
        Assert.Equal(@"Reform: \u{1B}]0;pwned\u{7} \u{202E}evil", result.StdOutLines[0]);
    }

    [Fact]
    public void Schedule_as_mermaid_writes_control_characters_as_entity_codes()
    {
        _folder.Write("reform.pilot", Specs.Scheduled.Replace("A <reform> & more", Hostile, StringComparison.Ordinal));

        var result = _folder.Pilotc("schedule", "reform.pilot", "--format", "mermaid");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoRawControls(result.StdOut);
        Assert.Equal("    title Reform#58; #27;]0#59;pwned#7; #8238;evil", result.StdOutLines[2]);
    }

    [Fact]
    public void Evaluate_as_text_escapes_the_titles_of_evaluations_and_alerts()
    {
        // #20: "everywhere a spec's text is shown"; the evaluation report printed titles raw.
        var hostile = Hostile.Replace("\u001b", "\\u001b", StringComparison.Ordinal).Replace("\u0007", "\\u0007", StringComparison.Ordinal).Replace("\u202E", "\\u202E", StringComparison.Ordinal);
        var spec = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.pilot"))
            .Replace("\"Final evaluation\"", "\"" + hostile + "\"", StringComparison.Ordinal)
            .Replace("\"A city above 150 working days\"", "\"" + hostile + "\"", StringComparison.Ordinal);
        _folder.Write("approval.pilot", spec);
        File.Copy(Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.observations.csv"), Path.Combine(_folder.Path, "observations.csv"));

        var result = _folder.Pilotc("evaluate", "approval.pilot", "--observations", "observations.csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoRawControls(result.StdOut);
        Assert.Equal(2, result.StdOutLines.Count(l => l.Contains(@"\u{1B}]0;pwned\u{7} \u{202E}evil", StringComparison.Ordinal)));
    }

    [Fact]
    public void Power_as_text_escapes_the_evaluation_title()
    {
        var spec = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "stepped-wedge-policing.pilot"))
            .Replace("\"Did community policing raise clearance?\"", "\"\\u001b]0;pwned\\u0007 \\u202Eevil\"", StringComparison.Ordinal);
        _folder.Write("wedge.pilot", spec);

        var result = _folder.Pilotc("power", "wedge.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoRawControls(result.StdOut);
        Assert.Contains(@"\u{1B}]0;pwned\u{7} \u{202E}evil", result.StdOut, StringComparison.Ordinal);
    }

    private static void AssertNoRawControls(string output) =>
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u202E');
}
