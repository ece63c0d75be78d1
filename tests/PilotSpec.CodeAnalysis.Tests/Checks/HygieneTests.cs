using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>Spec hygiene (PS0900–PS0903): who owns the pilot, which problem it answers, when it starts, where the data comes from.</summary>
public sealed class HygieneTests
{
    [Fact]
    public void Pilot_without_an_owner_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            """);

        spec.AssertSingle("PS0900", DiagnosticSeverity.Info, line: 1, column: 7,
            "The pilot 'OneWindow' has no owner; say who is responsible with 'owner:'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Pilot_without_a_problem_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                start: 2020-01-01
            }
            """);

        spec.AssertSingle("PS0901", DiagnosticSeverity.Info, line: 1, column: 7,
            "The pilot 'OneWindow' does not say which problem it answers; add 'problem:'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Indicator_without_a_source_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly
            }
            """);

        spec.AssertSingle("PS0902", DiagnosticSeverity.Info, line: 1, column: 11,
            "The indicator 'approval_time' does not say where its data comes from; add 'measured: ... from \"source\"'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("measured: monthly from \"approval system\"")]
    [InlineData("measured: annually by Survey")]
    [InlineData("source: \"approval system\"")]
    public void Indicator_with_a_source_or_a_measuring_stakeholder_is_accepted(string measured)
    {
        CheckedSpec.Compile($$"""
            stakeholder Survey "Provincial Academy of Social Sciences" { role: third_party_evaluator }
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                {{measured}}
            }
            """).AssertClean();
    }

    [Fact]
    public void Pilot_without_a_start_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
            }
            """);

        spec.AssertSingle("PS0903", DiagnosticSeverity.Warning, line: 1, column: 7,
            "The pilot 'OneWindow' has no start date; phases and evaluations cannot be scheduled without one.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Pilot_with_owner_problem_and_start_is_clean()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            """).AssertClean();
    }

    [Fact]
    public void Bare_pilot_gets_each_hygiene_finding_once_in_source_order()
    {
        var spec = CheckedSpec.Compile("pilot OneWindow \"One-window approval\" {}\n");

        Assert.Equal(["PS0900", "PS0901", "PS0903"], spec.Diagnostics.Select(d => d.Id));
        Assert.All(spec.Diagnostics, d => Assert.Equal((0, 6), (d.Location.LineSpan.Start.Line, d.Location.LineSpan.Start.Character)));
    }

    [Fact]
    public void Catalogue_without_a_pilot_gets_no_pilot_hygiene_findings()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            """).AssertClean();
    }
}
