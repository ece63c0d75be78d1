using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>
/// The hover of a comparing evaluation states its design: the minimum detectable effect on each
/// indicator beside the target, as `pilotc power` computes it with its default assumptions.
/// </summary>
public sealed class EvaluationDesignHoverTests : IAsyncLifetime
{
    private LspTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // `sites` pilot and as many comparison counties; clearance from 60%, with the given target.
    private static string Spec(int sites, string target, string extra = "") => $$"""
        pilot Clearance "Case clearance reform" {
            owner: "Provincial Public Security Department"
            problem: "Cases stay open too long"
            start: 2020-01-01
            end: 2021-12-31
            indicator clearance "Case clearance rate" {
                unit: percent
                better: higher
                baseline: 60% on 2019-12-31
                {{target}}
                measured: quarterly from "case system"
            }
        {{string.Concat(Enumerable.Range(1, sites).Select(i => $"    site P{i} \"Pilot county {i}\" {{ level: county }}\n"))}}
        {{string.Concat(Enumerable.Range(1, sites).Select(i => $"    site C{i} \"Comparison county {i}\" {{ level: county; role: comparison }}\n"))}}
            group comparison "Comparison counties" = [{{string.Join(", ", Enumerable.Range(1, sites).Select(i => "C" + i))}}]
            group pilots "Pilot counties" = [{{string.Join(", ", Enumerable.Range(1, sites).Select(i => "P" + i))}}]
            phase Reform "Reform" { start: 2020-01-01; end: 2021-12-31; in: pilots }
            evaluation final "Final evaluation" at end of Reform {
                method: difference_in_differences against comparison
                require: clearance.change >= +5 points at all sites in pilots{{extra}}
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """;

    private async Task<string> HoverOnEvaluationAsync(string spec)
    {
        var uri = TestUris.Fresh("design");
        await _server.OpenAsync(uri, spec);
        await _server.WaitForDiagnosticsAsync(uri);
        var at = Markup.At(spec, "evaluation final", 0, "evaluation ".Length + 1);
        var hover = await _server.RequestAsync("textDocument/hover", LspTestServer.At(uri, at));
        return hover.GetProperty("contents").GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task Enough_counties_can_see_the_target()
    {
        // 12 a side, σ_b = 0.2 · 60 = 12 points, ρ = 0.5: MDE 2.93214 · 12 · √(2/12) = 14.36 points, below +20.
        var text = await HoverOnEvaluationAsync(Spec(12, "target: +20 points by 2021-12-31"));

        Assert.Contains("design: 12 pilot unit(s) against 12 comparison unit(s)", text, StringComparison.Ordinal);
        Assert.Contains("clearance: detects a change of 14.36 points; the target asks for +20 points: enough", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_few_counties_are_named_as_such()
    {
        var text = await HoverOnEvaluationAsync(Spec(12, "target: +5 points by 2021-12-31"));

        Assert.Contains("clearance: detects a change of 14.36 points; the target asks for +5 points: **too few sites**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_target_the_MDE_stands_alone()
    {
        var text = await HoverOnEvaluationAsync(Spec(12, string.Empty));

        Assert.Contains("clearance: detects a change of 14.36 points", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the target asks", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_with_errors_shows_no_design()
    {
        var text = await HoverOnEvaluationAsync(Spec(12, "target: +5 points by 2021-12-31", "\n        require: undeclared > 1"));

        Assert.Contains("evaluation final", text, StringComparison.Ordinal);
        Assert.DoesNotContain("design:", text, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Too_few_counties_get_a_warning_on_the_method_in_the_users_language()
    {
        // The hover's verdict, as a PS0690 warning: MDE 14.36 points against the target's +5.
        var spec = Spec(12, "target: +5 points by 2021-12-31");
        var uri = TestUris.Fresh("design");
        await _server.OpenAsync(uri, spec);

        var published = await _server.WaitForDiagnosticsAsync(uri);

        var warning = Assert.Single(published.Diagnostics, d => d.Code == "PS0690");
        Assert.Equal("The target of 'clearance' asks for a change of +5 points, but the design of 'final' can only detect 14.36 points (under `pilotc power`'s default assumptions): a reform that works may well be judged as having no effect. Add sites, or run `pilotc power` with last year's spread (--sd) to check.", warning.Message);
        Assert.Equal(Markup.At(spec, "method: difference_in_differences", 0, 0).Position.Line, warning.Range.Start.Line);
        Assert.Equal(PilotSpec.LanguageServer.Protocol.LspDiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public async Task Enough_counties_get_no_design_warning()
    {
        var uri = TestUris.Fresh("design");
        await _server.OpenAsync(uri, Spec(12, "target: +20 points by 2021-12-31"));

        var published = await _server.WaitForDiagnosticsAsync(uri);

        Assert.DoesNotContain(published.Diagnostics, d => d.Code == "PS0690");
    }

    [Fact]
    public async Task The_design_warning_reads_in_Chinese_for_a_Chinese_editor()
    {
        await using var server = await LspTestServer.StartInitializedAsync(locale: "zh-Hans");
        var uri = TestUris.Fresh("design");
        await server.OpenAsync(uri, Spec(12, "target: +5 points by 2021-12-31"));

        var published = await server.WaitForDiagnosticsAsync(uri);

        var warning = Assert.Single(published.Diagnostics, d => d.Code == "PS0690");
        Assert.StartsWith("“clearance”的目标要求变化 +5 points，但“final”的设计只能检出 14.36 points", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stepped_wedge_shows_its_waves_and_its_MDE()
    {
        // Three waves of four counties a quarter apart over 2020, measured quarterly: the hover
        // shows the wedge, and the MDE from the same design diagnosis as `pilotc power`.
        var spec = $$"""
            pilot Clearance "Case clearance reform" {
                owner: "Provincial Public Security Department"
                problem: "Cases stay open too long"
                start: 2020-01-01
                end: 2020-12-31
                indicator clearance "Case clearance rate" {
                    unit: percent
                    better: higher
                    baseline: 60% on 2019-12-31
                    target: +40 points by 2020-12-31
                    measured: quarterly from "case system"
                }
            {{string.Concat(Enumerable.Range(1, 12).Select(i => $"    site P{i} \"County {i}\" {{ level: county }}\n"))}}
                wave w1 = [P1, P2, P3, P4]
                wave w2 = [P5, P6, P7, P8]
                wave w3 = [P9, P10, P11, P12]
                phase Rollout "Roll-out" { start: 2020-04-01; end: 2020-12-31; in: w1, w2, w3; stagger: 1 quarter }
                evaluation final "Final evaluation" at end of Rollout {
                    method: stepped_wedge
                    require: clearance.effect >= 5 points
                    decide: scale_up when all met
                    otherwise: adjust
                }
            }
            """;

        var text = await HoverOnEvaluationAsync(spec);

        Assert.Contains("design: stepped wedge of 12 unit(s) in 3 wave(s)", text, StringComparison.Ordinal);
        Assert.Matches(@"clearance: detects a change of [0-9.]+ points; the target asks for \+40 points: enough", text);
    }
}
