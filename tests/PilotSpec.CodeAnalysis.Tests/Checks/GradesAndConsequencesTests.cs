using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Grades (`grades:`, `round_to:`, `.grade`), per-site consequences (`consequence:`) and
/// evaluation windows (`window:`), PS0604–PS0609: what binds, and each way a designer gets
/// them wrong.
/// </summary>
public sealed class GradesAndConsequencesTests
{
    private static CheckedSpec Spec(string grades = "优 from 90, 良 from 80, 中 from 60, 差", string rounding = "\n        round_to: 0", string evaluation = "") =>
        CheckedSpec.Compile($$"""
            pilot ProjectGrading "Grading of spending projects" {
            owner: "Provincial Department of Finance"
            problem: "Budgets ignore results"
            start: 2021-01-01
            end: 2022-03-31
            site RuralSchools "Rural school renovation" { level: project }
            site TeacherTraining "Rural teacher training" { level: project }
            group projects = [RuralSchools, TeacherTraining]
            phase Execution "Budget execution" {
                start: 2021-01-01
                end: 2021-12-31
                in: projects
            }
            indicator evaluation_score "Performance evaluation score" {
                unit: score
                better: higher
                baseline: 75 on 2020-12-31
                target: 85 by 2021-12-31
                measured: annually from "evaluation reports"
                grades: {{grades}}{{rounding}}
            }
            evaluation annual "Annual evaluation" at end of Execution {
                require: evaluation_score >= 80 at all sites in projects
                decide: extend when all met
                otherwise: adjust{{evaluation}}
            }
            }
            """);

    [Fact]
    public void Bands_are_ordered_highest_first_and_ranked_from_the_lowest()
    {
        var spec = Spec("差, 良 from 80, 优 from 90, 中 from 60");

        spec.AssertClean();
        var indicator = spec.Compilation.Program.Indicators.Single();
        Assert.Equal(["优", "良", "中", "差"], indicator.Grades.Select(b => b.Name));
        Assert.Equal([90m, 80m, 60m, (decimal?)null], indicator.Grades.Select(b => b.From?.Value));
        Assert.Equal([3, 2, 1, 0], indicator.Grades.Select(indicator.RankOf));
        Assert.Equal(0, indicator.RoundTo);
        Assert.True(indicator.HasRoundingRule);
    }

    [Fact]
    public void Round_to_as_recorded_is_an_explicit_rule_to_grade_as_recorded()
    {
        var spec = Spec(rounding: "\n        round_to: as_recorded");

        spec.AssertClean();
        var indicator = spec.Compilation.Program.Indicators.Single();
        Assert.Null(indicator.RoundTo);
        Assert.True(indicator.HasRoundingRule);
    }

    [Fact]
    public void A_grade_compares_by_rank_with_a_band_name()
    {
        var spec = Spec(evaluation: "\n        require: evaluation_score.grade >= 良 at 50% of sites in projects");

        spec.AssertClean();
        var criterion = (BoundQuantified)spec.Compilation.Program.Evaluations.Single().Criteria[1];
        var comparison = Assert.IsType<BoundBinary>(criterion.Condition);
        Assert.Equal(IndicatorMember.Grade, Assert.IsType<BoundIndicatorValue>(comparison.Left).Member);

        // 良 is the third band from the top of four: rank 4 - 1 - 1 = 2.
        Assert.Equal(2m, ((PilotSpec.CodeAnalysis.Types.Quantity)Assert.IsType<BoundLiteral>(comparison.Right).Value!).Value);
    }

    [Fact]
    public void Two_bands_from_one_bound_are_reported()
    {
        var spec = Spec("优 from 90, 良 from 80, 中 from 80, 差");

        spec.AssertSingle("PS0604", DiagnosticSeverity.Warning, line: 20, column: 35,
            "'良' and '中' both start at 80: '中' can never be given. Give each band its own lower bound.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Values_below_every_band_are_reported()
    {
        var spec = Spec("优 from 90, 良 from 80, 中 from 60");

        spec.AssertSingle("PS0605", DiagnosticSeverity.Warning, line: 20, column: 35,
            "No grade of 'evaluation_score' holds values below 60: a site below it gets no grade at all. End the list with a band without a bound, as in '…, 差'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Grades_without_a_rounding_rule_are_reported()
    {
        var spec = Spec(rounding: string.Empty);

        Assert.Equal("PS0606", Assert.Single(spec.Diagnostics).Id);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_grade_of_an_ungraded_indicator_is_reported()
    {
        var spec = CheckedSpec.Compile("""
            site A "A" { level: city }
            phase Trial "Trial" { start: 2021-01-01; end: 2021-12-31; in: A }
            indicator clearance_rate "Clearance rate" {
                unit: percent
                better: higher
                baseline: 60% on 2020-12-31
                target: 75% by 2021-12-31
                measured: quarterly from "case system"
            }
            evaluation final "Final" at end of Trial {
                require: clearance_rate.grade >= 良 at all sites
                decide: extend when all met
                otherwise: adjust
            }
            """);

        Assert.Equal("PS0607", Assert.Single(spec.Diagnostics).Id);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_name_that_is_not_a_band_is_reported()
    {
        var spec = Spec(evaluation: "\n        require: evaluation_score.grade >= 良好 at all sites in projects");

        spec.AssertSingle("PS0608", DiagnosticSeverity.Error, line: 27, column: 44,
            "A grade of 'evaluation_score' is compared with the name of one of its bands (优, 良, 中, 差); '良好' is not one.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_consequence_binds_with_its_sites_and_condition()
    {
        var spec = Spec(evaluation: "\n        consequence: \"2022 budget cut by 10%\" when evaluation_score.grade == 差 in projects");

        spec.AssertClean();
        var consequence = spec.Compilation.Program.Evaluations.Single().Consequences.Single();
        Assert.Equal("2022 budget cut by 10%", consequence.Text);
        var sites = Assert.IsType<BoundQuantified>(consequence.Condition);
        Assert.Equal(["RuralSchools", "TeacherTraining"], sites.Sites.Select(s => s.Name));
    }

    [Fact]
    public void A_consequence_for_sites_together_is_reported()
    {
        var spec = Spec(evaluation: "\n        consequence: \"Budget cut\" when evaluation_score.grade == 差 at 50% of sites in projects");

        Assert.Equal("PS0609", Assert.Single(spec.Diagnostics).Id);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_consequence_without_its_condition_is_an_invalid_value()
    {
        var spec = Spec(evaluation: "\n        consequence: \"Budget cut\"");

        Assert.Equal("PS0112", Assert.Single(spec.Diagnostics).Id);
    }

    [Theory]
    [InlineData("4 quarters", 4, null, null)]
    [InlineData("start of Execution", null, "2021-01-01", null)]
    [InlineData("2021-04-01, 2021-09-30", null, "2021-04-01", "2021-09-30")]
    public void A_window_binds_and_is_written_into_the_pilot_model(string window, int? last, string? from, string? to)
    {
        var spec = Spec(evaluation: "\n        window: " + window);

        spec.AssertClean();
        var model = PilotSpec.CodeAnalysis.Emit.PilotModel.PilotModelWriter.Write(spec.Compilation.Program.Pilot!, spec.Compilation.Program, spec.Compilation.Schedule);
        using var json = System.Text.Json.JsonDocument.Parse(model);
        var written = json.RootElement.GetProperty("evaluations")[0].GetProperty("window");
        Assert.Equal(last, written.TryGetProperty("last", out var n) ? n.GetInt32() : null);
        Assert.Equal(from, written.TryGetProperty("from", out var f) ? f.GetString() : null);
        Assert.Equal(to, written.TryGetProperty("to", out var t) ? t.GetString() : null);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0 quarters")]
    [InlineData("\"last year\"")]
    public void A_window_of_the_wrong_shape_is_an_invalid_value(string window)
    {
        var spec = Spec(evaluation: "\n        window: " + window);

        Assert.Equal("PS0112", Assert.Single(spec.Diagnostics).Id);
    }

    [Fact]
    public void Grades_are_written_into_the_pilot_model_highest_first()
    {
        var spec = Spec();

        var model = PilotSpec.CodeAnalysis.Emit.PilotModel.PilotModelWriter.Write(spec.Compilation.Program.Pilot!, spec.Compilation.Program, spec.Compilation.Schedule);
        using var json = System.Text.Json.JsonDocument.Parse(model);
        var grades = json.RootElement.GetProperty("indicators")[0].GetProperty("grades");
        Assert.Equal(0, grades.GetProperty("roundTo").GetInt32());
        Assert.Equal(["优:90", "良:80", "中:60", "差:"], grades.GetProperty("bands").EnumerateArray()
            .Select(b => b.GetProperty("name").GetString() + ":" + (b.TryGetProperty("from", out var from) ? from.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)));
    }
}
