using System.Text.Json;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>What the schedule says about small specs: targets, phases per site, criteria trees, dates, order.</summary>
public sealed class ScheduleContentTests
{
    private static JsonElement Emit(string body) => ScheduleEmit.Parse(ScheduleEmit.Json($$"""
        pilot P { owner: "o"; problem: "p"; start: 2024-01-01; end: 2025-12-31
            {{body}}
        }
        """));

    private static JsonElement Indicator(string declaration) => Emit(declaration + """

        site A { level: county }
        phase Run { start: 2024-01-01; duration: 12 months; in: A }
        """).GetProperty("indicators")[0];

    [Theory]
    [InlineData("unit: percent; better: higher; baseline: 62% on 2023-12-31; target: +15 points by 2024-12-31", "points", "15", "points", "77", "percent")]
    [InlineData("unit: percent; better: higher; baseline: 62% on 2023-12-31; target: +15% by 2024-12-31", "relative", "15", "percent", "71.3", "percent")]
    [InlineData("unit: minutes; better: lower; baseline: 18 minutes on 2023-12-31; target: -3 minutes by 2024-12-31", "change", "-3", "minutes", "15", "minutes")]
    [InlineData("unit: minutes; better: lower; baseline: 18 minutes on 2023-12-31; target: 12 minutes by 2024-12-31", "absolute", "12", "minutes", "12", "minutes")]
    [InlineData("unit: CNY; better: lower; baseline: 2_450 million CNY on 2023-12-31; target: -30% by 2024-12-31", "relative", "-30", "percent", "1715000000", "CNY")]
    public void A_target_carries_its_kind_its_amount_and_the_absolute_value_it_means(
        string properties, string kind, string amount, string amountUnit, string value, string valueUnit)
    {
        var target = Indicator($"indicator x {{ {properties}; measured: monthly from \"s\" }}").GetProperty("target");

        Assert.Equal(kind, target.GetProperty("kind").GetString());
        // Raw text: decimals are written without trailing zeros (71.3, not 71.30) and never in exponent form.
        Assert.Equal(amount, target.GetProperty("amount").GetProperty("value").GetRawText());
        Assert.Equal(amountUnit, target.GetProperty("amount").GetProperty("unit").GetString());
        Assert.Equal(value, target.GetProperty("value").GetProperty("value").GetRawText());
        Assert.Equal(valueUnit, target.GetProperty("value").GetProperty("unit").GetString());
        Assert.Equal("2024-12-31", target.GetProperty("deadline").GetString());
    }

    [Fact]
    public void A_relative_target_without_a_baseline_has_no_absolute_value()
    {
        var indicator = Indicator("indicator x { unit: percent; better: higher; target: +15 points by 2024-12-31; measured: monthly from \"s\" }");

        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("baseline").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("target").GetProperty("value").ValueKind);
    }

    [Fact]
    public void Phases_give_each_step_its_staggered_window_and_the_wave_that_brought_it()
    {
        var phases = Emit("""
            site A { level: county }
            site B { level: county }
            site C { level: county }
            wave w1 = [A, B]
            phase Run { start: 2024-01-01; duration: 6 months; in: w1, C; stagger: 2 months }
            phase Review { after: Run + 1 month; duration: 1 month; in: all sites }
            """).GetProperty("phases");

        var run = phases[0];
        Assert.Equal("2024-01-01", run.GetProperty("start").GetString());
        Assert.Equal("2024-08-31", run.GetProperty("end").GetString());
        // One entry per step, not per site: w1's sites A and B share theirs.
        var steps = run.GetProperty("steps").EnumerateArray()
            .Select(w => (w.GetProperty("via").GetString(), w.GetProperty("start").GetString(), w.GetProperty("end").GetString(), w.GetProperty("except").GetArrayLength()))
            .ToList();
        Assert.Equal([("w1", "2024-01-01", "2024-06-30", 0), ("C", "2024-03-01", "2024-08-31", 0)], steps);
        Assert.Equal(2, run.GetProperty("stagger").GetProperty("value").GetInt32());
        Assert.Equal("months", run.GetProperty("stagger").GetProperty("unit").GetString());

        var review = phases[1];
        Assert.Equal("Run", review.GetProperty("after").GetString());
        Assert.Equal(1, review.GetProperty("afterOffset").GetProperty("value").GetInt32());
        Assert.Equal("2024-10-01", review.GetProperty("start").GetString());
        Assert.True(review.GetProperty("allSites").GetBoolean());
        Assert.Equal(JsonValueKind.Null, Assert.Single(review.GetProperty("steps").EnumerateArray()).GetProperty("via").ValueKind);
    }

    [Fact]
    public void A_site_an_earlier_step_brought_in_is_an_exception_of_the_later_step()
    {
        var phase = Emit("""
            site A { level: county }
            site B { level: county }
            site C { level: county }
            wave w1 = [A, B]
            wave w2 = [B, C]
            phase Run { start: 2024-01-01; duration: 6 months; in: w1, w2; stagger: 1 month }
            """).GetProperty("phases")[0];

        var steps = phase.GetProperty("steps");
        Assert.Equal(0, steps[0].GetProperty("except").GetArrayLength());
        // B starts with w1; w2's step covers only C.
        Assert.Equal(["B"], steps[1].GetProperty("except").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2024-02-01", steps[1].GetProperty("start").GetString());
    }

    [Fact]
    public void An_open_ended_phase_has_no_end()
    {
        var phase = Emit("""
            site A { level: county }
            phase Run { start: 2024-01-01; duration: 3 months; in: A }
            phase ScaleUp { after: Run; in: A }
            """).GetProperty("phases")[1];

        Assert.Equal("2024-04-01", phase.GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, phase.GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, phase.GetProperty("steps")[0].GetProperty("end").ValueKind);
    }

    [Fact]
    public void A_phase_carries_its_entry_and_exit_conditions_bound()
    {
        var phase = Emit("""
            indicator quality { unit: percent; better: higher; baseline: 80% on 2023-12-31; target: 98% by 2024-12-31; measured: monthly from "s" }
            site A { level: county }
            site B { level: county }
            wave w1 = [A]
            phase Run { start: 2024-01-01; duration: 6 months; in: A, B; entry: quality >= 85% at all sites in w1; exit: quality >= 95% }
            """).GetProperty("phases")[0];

        var entry = phase.GetProperty("entry");
        Assert.Equal("quality >= 85% at all sites in w1", entry.GetProperty("text").GetString());
        Assert.Equal("w1", entry.GetProperty("expression").GetProperty("scope").GetString());
        var exit = phase.GetProperty("exit").GetProperty("expression");
        Assert.True(exit.GetProperty("implicit").GetBoolean());
        Assert.Equal(JsonValueKind.Null, exit.GetProperty("scope").ValueKind); // every pilot site: A and B
        Assert.Equal("quality", exit.GetProperty("condition").GetProperty("left").GetProperty("indicator").GetString());
    }

    [Theory]
    [InlineData("exit: nowhere >= 95%", "PS0101")]             // an undefined name
    [InlineData("entry: 5 minutes", "PS0211")]                 // not a condition
    public void A_wrong_entry_or_exit_condition_is_an_error_and_nothing_is_written(string property, string expectedId)
    {
        // Before the fix, `entry:` and `exit:` were accepted but never bound: any text passed.
        var compilation = ScheduleEmit.Compile($$"""
            pilot P { owner: "o"; problem: "p"; start: 2024-01-01; end: 2025-12-31
                site A { level: county }
                phase Run { start: 2024-01-01; duration: 6 months; in: A; {{property}} }
            }
            """);

        var (host, result) = ScheduleEmit.Emit(compilation);

        Assert.Contains(result.Diagnostics, d => d.Id == expectedId && d.IsError);
        Assert.Empty(host.Files);
    }

    private const string EvaluatedPilot = """
        stakeholder Firm { role: third_party_evaluator }
        indicator rate { unit: percent; better: higher; baseline: 60% on 2023-12-31; target: 80% by 2024-12-31; measured: quarterly from "s" }
        site A { level: county }
        site B { level: county }
        site Control { level: county; role: comparison }
        group controls = [Control]
        phase Run { start: 2024-01-01; duration: 12 months; in: A, B }
        evaluation mid at 2024-07-01 {
            method: before_after
            require: rate >= 70%
            decide: extend when all met
            otherwise: adjust
        }
        evaluation final at end of Run {
            method: difference_in_differences against controls, third_party_evaluation by Firm
            require: rate.change >= +10 points at 50% of sites and not (rate < 65% at any site)
            decide: scale_up when all met
            otherwise: terminate
        }
        alert low { when: rate < 50% for 2 consecutive quarters; notify: owner, Firm; severity: high }
        """;

    [Fact]
    public void An_evaluation_has_its_resolved_date_methods_comparison_group_and_evaluators()
    {
        var evaluations = Emit(EvaluatedPilot).GetProperty("evaluations");

        Assert.Equal("2024-07-01", evaluations[0].GetProperty("at").GetString());
        Assert.Equal("2024-07-01", evaluations[0].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, evaluations[0].GetProperty("comparisonGroup").ValueKind);

        var final = evaluations[1];
        Assert.Equal("end of Run", final.GetProperty("at").GetString());
        Assert.Equal("2024-12-31", final.GetProperty("date").GetString());
        Assert.Equal(["difference_in_differences", "third_party_evaluation"], final.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("controls", final.GetProperty("comparisonGroup").GetProperty("name").GetString());
        Assert.Equal(["Control"], final.GetProperty("comparisonGroup").GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Firm"], final.GetProperty("evaluators").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("scale_up", final.GetProperty("decisions")[0].GetProperty("decision").GetString());
        Assert.Equal("all", final.GetProperty("decisions")[0].GetProperty("when").GetProperty("expression").GetProperty("count").GetString());
        Assert.Equal("terminate", final.GetProperty("otherwise").GetString());
    }

    [Fact]
    public void A_criterion_without_a_quantifier_ranges_over_all_pilot_sites_and_says_so()
    {
        var criterion = Emit(EvaluatedPilot).GetProperty("evaluations")[0].GetProperty("criteria")[0];

        Assert.Equal("rate >= 70%", criterion.GetProperty("text").GetString());
        var expression = criterion.GetProperty("expression");
        Assert.Equal("quantified", expression.GetProperty("kind").GetString());
        Assert.Equal("all", expression.GetProperty("quantifier").GetString());
        Assert.True(expression.GetProperty("implicit").GetBoolean());
        // No scope: every pilot site (the comparison site is not one), which the format does not list again.
        Assert.Equal(JsonValueKind.Null, expression.GetProperty("scope").ValueKind);
        Assert.False(expression.TryGetProperty("sites", out _));
    }

    [Fact]
    public void A_compound_criterion_is_a_tree_of_bound_nodes()
    {
        var expression = Emit(EvaluatedPilot).GetProperty("evaluations")[1].GetProperty("criteria")[0].GetProperty("expression");

        Assert.Equal("binary", expression.GetProperty("kind").GetString());
        Assert.Equal("and", expression.GetProperty("operator").GetString());

        var share = expression.GetProperty("left");
        Assert.Equal("share", share.GetProperty("quantifier").GetString());
        Assert.Equal(50, share.GetProperty("share").GetInt32());
        Assert.False(share.GetProperty("implicit").GetBoolean());
        var change = share.GetProperty("condition");
        Assert.Equal(">=", change.GetProperty("operator").GetString());
        Assert.Equal("change", change.GetProperty("left").GetProperty("member").GetString());
        Assert.Equal("rate", change.GetProperty("left").GetProperty("indicator").GetString());
        Assert.Equal("points", change.GetProperty("right").GetProperty("unit").GetString());
        Assert.True(change.GetProperty("right").GetProperty("signed").GetBoolean());

        var not = expression.GetProperty("right");
        Assert.Equal("unary", not.GetProperty("kind").GetString());
        Assert.Equal("not", not.GetProperty("operator").GetString());
        Assert.Equal("any", not.GetProperty("operand").GetProperty("quantifier").GetString());
    }

    [Fact]
    public void An_alert_watches_any_site_and_keeps_its_sustained_condition()
    {
        var alert = Emit(EvaluatedPilot).GetProperty("alerts")[0];

        Assert.Equal("rate < 50% for 2 consecutive quarters", alert.GetProperty("condition").GetProperty("text").GetString());
        var expression = alert.GetProperty("condition").GetProperty("expression");
        Assert.Equal("any", expression.GetProperty("quantifier").GetString());
        Assert.True(expression.GetProperty("implicit").GetBoolean());
        var sustained = expression.GetProperty("condition");
        Assert.Equal("sustained", sustained.GetProperty("kind").GetString());
        Assert.Equal(2, sustained.GetProperty("periods").GetInt32());
        Assert.Equal("quarters", sustained.GetProperty("unit").GetString());
        Assert.True(sustained.GetProperty("consecutive").GetBoolean());
        Assert.Equal(["owner", "Firm"], alert.GetProperty("notify").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("high", alert.GetProperty("severity").GetString());
    }

    [Fact]
    public void Declarations_keep_their_written_order_and_site_attributes_theirs()
    {
        var root = Emit("""
            site Zeta { level: county; population: 10 people; budget: 5 million CNY; field: "health" }
            site Alpha { level: county; parent: Zeta }
            wave late = [Alpha]
            group early = [Zeta]
            phase Run { start: 2024-01-01; duration: 1 month; in: early, late }
            """);

        Assert.Equal(["Zeta", "Alpha"], root.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["late", "early"], root.GetProperty("waves").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["group"], root.GetProperty("waves").EnumerateArray().Skip(1).Select(s => s.GetProperty("kind").GetString()));
        var attributes = root.GetProperty("sites")[0].GetProperty("attributes").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("value").GetString()))
            .ToList();
        Assert.Equal([("population", "10 people"), ("budget", "5 million CNY"), ("field", "\"health\"")], attributes);
        Assert.Equal("Zeta", root.GetProperty("sites")[1].GetProperty("parent").GetString());
    }

    [Theory]
    [InlineData("not")]
    [InlineData("and")]
    public void The_deepest_condition_the_parser_accepts_is_written_whole(string shape)
    {
        // 250 levels parse (the parser stops nesting near 300): well inside the JSON writer's limit of 1000.
        var condition = shape == "not"
            ? string.Concat(Enumerable.Repeat("not ", 250)) + "rate >= 1%"
            : string.Join(" and ", Enumerable.Repeat("rate >= 1%", 250));
        var json = ScheduleEmit.Json($$"""
            pilot P { owner: "o"; problem: "p"; start: 2024-01-01; end: 2025-12-31
                indicator rate { unit: percent; better: higher; baseline: 1% on 2023-12-31; target: 2% by 2024-12-31; measured: monthly from "s" }
                site A { level: county }
                phase Run { start: 2024-01-01; duration: 12 months; in: A }
                evaluation e at end of Run { method: before_after; require: {{condition}}; decide: scale_up when all met; otherwise: adjust }
            }
            """);

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
        var node = document.RootElement.GetProperty("evaluations")[0].GetProperty("criteria")[0].GetProperty("expression").GetProperty("condition");
        var depth = 0;
        while (node.TryGetProperty("operator", out var op) && op.GetString() == shape)
        {
            node = node.GetProperty(shape == "not" ? "operand" : "left");
            depth++;
        }

        // 250 `not`s, or 249 `and`s between 250 terms, down to the innermost comparison.
        Assert.Equal(shape == "not" ? 250 : 249, depth);
        Assert.Equal(">=", node.GetProperty("operator").GetString());
    }

    [Fact]
    public void The_document_names_its_schema_and_format_version()
    {
        var root = Emit("site A { level: county }\nphase Run { start: 2024-01-01; duration: 1 month; in: A }");

        Assert.Equal(ScheduleSchema.Id, root.GetProperty("$schema").GetString());
        Assert.Equal(2, root.GetProperty("version").GetInt32());
    }
}
