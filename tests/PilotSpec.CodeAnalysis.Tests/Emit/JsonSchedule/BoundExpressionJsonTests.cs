using System.Text.Json;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Emit.JsonSchedule;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// The JSON tree of a condition (Emit/JsonSchedule/BoundExpressionJson) for the nodes the
/// schedule's other tests do not reach: phase boundaries with their resolved dates, date
/// arithmetic, and boolean, text and date literals; and, written directly, the site-list
/// nodes (a reference, `all sites`), which the writer must handle as any node.
/// </summary>
public sealed class BoundExpressionJsonTests
{
    // Trial runs from 2020-01-01 for 13 months: its last day, `end of Trial`, is 2021-01-31.
    private const string Spec = """
        pilot P { owner: "o"; problem: "p"; start: 2020-01-01; end: 2021-12-31
            indicator rate { unit: percent; better: higher; baseline: 60% on 2019-12-31; target: +10 points by 2021-12-31; measured: monthly from "register" }
            site A { level: county }
            phase Trial {
                start: 2020-01-01; duration: 13 months; in: A
                exit: end of Trial == 2021-01-31 and start of Trial + 1 month > 2020-01-31 and true and "东城" < "西城"
            }
        }
        """;

    private static JsonElement Exit() =>
        ScheduleEmit.Parse(ScheduleEmit.Json(Spec)).GetProperty("phases")[0].GetProperty("exit").GetProperty("expression");

    // `and` is left-associative: ((boundary and arithmetic) and true) and text.
    private static JsonElement Part(JsonElement exit, int index) => index switch
    {
        0 => exit.GetProperty("left").GetProperty("left").GetProperty("left"),
        1 => exit.GetProperty("left").GetProperty("left").GetProperty("right"),
        2 => exit.GetProperty("left").GetProperty("right"),
        _ => exit.GetProperty("right"),
    };

    [Fact]
    public void A_phase_boundary_is_written_with_the_date_the_schedule_resolved()
    {
        var comparison = Part(Exit(), 0);

        Assert.Equal("==", comparison.GetProperty("operator").GetString());
        var boundary = comparison.GetProperty("left");
        Assert.Equal("phaseBoundary", boundary.GetProperty("kind").GetString());
        Assert.Equal("end", boundary.GetProperty("boundary").GetString());
        Assert.Equal("Trial", boundary.GetProperty("phase").GetString());
        Assert.Equal("2021-01-31", boundary.GetProperty("date").GetString());
        var date = comparison.GetProperty("right");
        Assert.Equal("date", date.GetProperty("kind").GetString());
        Assert.Equal("2021-01-31", date.GetProperty("value").GetString());
    }

    [Fact]
    public void Date_arithmetic_keeps_the_boundary_and_the_duration()
    {
        var comparison = Part(Exit(), 1);

        var sum = comparison.GetProperty("left");
        Assert.Equal("binary", sum.GetProperty("kind").GetString());
        Assert.Equal("+", sum.GetProperty("operator").GetString());
        Assert.Equal("start", sum.GetProperty("left").GetProperty("boundary").GetString());
        Assert.Equal("2020-01-01", sum.GetProperty("left").GetProperty("date").GetString());
        var duration = sum.GetProperty("right");
        Assert.Equal("number", duration.GetProperty("kind").GetString());
        Assert.Equal(1m, duration.GetProperty("value").GetDecimal());
        Assert.Equal("months", duration.GetProperty("unit").GetString());
    }

    [Fact]
    public void Boolean_and_text_literals_are_written_as_values()
    {
        var exit = Exit();

        var boolean = Part(exit, 2);
        Assert.Equal("boolean", boolean.GetProperty("kind").GetString());
        Assert.True(boolean.GetProperty("value").GetBoolean());

        var text = Part(exit, 3);
        Assert.Equal("<", text.GetProperty("operator").GetString());
        Assert.Equal("text", text.GetProperty("left").GetProperty("kind").GetString());
        Assert.Equal("东城", text.GetProperty("left").GetProperty("value").GetString());
        Assert.Equal("西城", text.GetProperty("right").GetProperty("value").GetString());
    }

    [Fact]
    public void A_site_reference_and_all_sites_are_written_by_kind()
    {
        // In a site list (`in: A` and `in: all sites`): bound here by hand, as the binder does.
        var compilation = ScheduleEmit.Compile("""
            pilot P { site A { level: county }
                phase One { start: 2024-01-01; duration: 1 month; in: A }
                phase Two { start: 2024-01-01; duration: 1 month; in: all sites }
            }
            """);
        var tree = compilation.RootTrees.Single();
        var name = tree.Root.DescendantNodes().OfType<NameExpressionSyntax>().Single(n => n.IdentifierToken.Text == "A");
        var all = tree.Root.DescendantNodes().OfType<AllSitesExpressionSyntax>().Single();
        var site = compilation.Program.Sites.Single();

        var reference = Write(new BoundSymbolReference(name, Types.PilotType.SiteSet, site), compilation);
        var allSites = Write(new BoundAllSites(all), compilation);

        Assert.Equal("A", reference.GetProperty("text").GetString());
        Assert.Equal("reference", reference.GetProperty("expression").GetProperty("kind").GetString());
        Assert.Equal("A", reference.GetProperty("expression").GetProperty("symbol").GetString());
        Assert.Equal("site", reference.GetProperty("expression").GetProperty("symbolKind").GetString());
        Assert.Equal("all sites", allSites.GetProperty("text").GetString());
        Assert.Equal("allSites", allSites.GetProperty("expression").GetProperty("kind").GetString());
    }

    private static JsonElement Write(BoundExpression expression, PilotCompilation compilation)
    {
        // The writer streams to a text writer as it goes (format 2): read back what it wrote.
        using var text = new StringWriter();
        var json = new ScheduleJsonWriter(text);
        json.StartObject();
        BoundExpressionJson.WriteCondition(json, "condition", expression, compilation.Schedule);
        json.EndObject();
        return ScheduleEmit.Parse(text.ToString()).GetProperty("condition");
    }
}
