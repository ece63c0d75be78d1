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
}
