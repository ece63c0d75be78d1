using System.Text.Json;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// Whatever a spec's strings and names hold, the schedule is valid JSON that gives back
/// exactly those strings, stays readable (Chinese as is) and cannot break out of a script
/// element it is embedded in.
/// </summary>
public sealed class HostileStringTests
{
    private static readonly string[] Hostile =
    [
        "He said \"stop\" \\ and \\\\ twice",
        "</script><script>alert(1)</script>",
        "<!-- not a comment --> & &amp; <b>bold</b>",
        "\"}, \"injected\": true, \"x\": \"",
        "nul \u0000 soh \u0001 us \u001F del \u007F nel \u0085 ls \u2028 ps \u2029",
        "backspace \b formfeed \f newline \n return \r tab \t",
        "a literal backslash-u: \\u0041 and \\n",
        "试点“引号”《书名》，全角：冒号",
        "astral 😀 𠀀 and a pair split by nothing: \uD83D\uDE00",
        "'single' `back` +plus /slash <=> >= <",
    ];

    private static string Spec() => $$"""
        pilot 试点_Hostile {{SpecString.Literal(Hostile[0])}} {
            owner: {{SpecString.Literal(Hostile[1])}}
            sponsor: {{SpecString.Literal(Hostile[2])}}
            problem: {{SpecString.Literal(Hostile[3])}}
            description: {{SpecString.Literal(Hostile[4])}}
            partners: {{string.Join(", ", Hostile.Select(SpecString.Literal))}}
            start: 2024-01-01
            end: 2024-12-31

            stakeholder 评估_机构 {{SpecString.Literal(Hostile[5])}} { role: third_party_evaluator }

            indicator 等待时间 {{SpecString.Literal(Hostile[6])}} {
                unit: minutes
                better: lower
                baseline: 40 minutes on 2023-12-31
                target: 20 minutes by 2024-12-31
                measured: monthly from {{SpecString.Literal(Hostile[7])}}
            }

            site 东城区 {{SpecString.Literal(Hostile[8])}} { level: county }
            phase 试行 {{SpecString.Literal(Hostile[9])}} { start: 2024-01-01; duration: 6 months; in: 东城区; activities: {{string.Join(", ", Hostile.Select(SpecString.Literal))}} }

            evaluation 终期 at end of 试行 {
                method: before_after by 评估_机构
                require: 等待时间 <= 20 minutes at 东城区
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """;

    [Fact]
    public void Every_string_round_trips_exactly()
    {
        var root = ScheduleEmit.Parse(ScheduleEmit.Json(Spec()));

        var pilot = root.GetProperty("pilot");
        Assert.Equal("试点_Hostile", pilot.GetProperty("name").GetString());
        Assert.Equal(Hostile[0], pilot.GetProperty("title").GetString());
        Assert.Equal(Hostile[1], pilot.GetProperty("owner").GetString());
        Assert.Equal(Hostile[2], pilot.GetProperty("sponsor").GetString());
        Assert.Equal(Hostile[3], pilot.GetProperty("problem").GetString());
        Assert.Equal(Hostile[4], pilot.GetProperty("description").GetString());
        Assert.Equal(Hostile, pilot.GetProperty("partners").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Hostile[5], root.GetProperty("stakeholders")[0].GetProperty("title").GetString());
        Assert.Equal(Hostile[6], root.GetProperty("indicators")[0].GetProperty("title").GetString());
        Assert.Equal(Hostile[7], root.GetProperty("indicators")[0].GetProperty("source").GetString());
        Assert.Equal(Hostile[8], root.GetProperty("sites")[0].GetProperty("title").GetString());
        Assert.Equal(Hostile[9], root.GetProperty("phases")[0].GetProperty("title").GetString());
        Assert.Equal(Hostile, root.GetProperty("phases")[0].GetProperty("activities").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Hostile_names_are_kept_and_referenced_consistently()
    {
        var root = ScheduleEmit.Parse(ScheduleEmit.Json(Spec()));

        Assert.Equal("东城区", root.GetProperty("sites")[0].GetProperty("name").GetString());
        Assert.Equal("东城区", root.GetProperty("measurements").GetProperty("windows")[0].GetProperty("sites")[0].GetString());
        Assert.Equal("等待时间", root.GetProperty("measurements").GetProperty("indicators")[0].GetProperty("indicator").GetString());
        Assert.Equal(["评估_机构"], root.GetProperty("evaluations")[0].GetProperty("evaluators").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("等待时间 <= 20 minutes at 东城区", root.GetProperty("evaluations")[0].GetProperty("criteria")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Output_is_valid_against_the_schema() => ScheduleSchema.AssertValid(ScheduleEmit.Json(Spec()));

    [Fact]
    public void Output_stays_readable_and_safe_to_embed_in_html()
    {
        var json = ScheduleEmit.Json(Spec());

        // Readable: Chinese, astral characters and comparison operators are not escaped.
        Assert.Contains("试点“引号”《书名》，全角：冒号", json, StringComparison.Ordinal);
        Assert.Contains("😀 𠀀", json, StringComparison.Ordinal);
        Assert.Contains("等待时间 <= 20 minutes at 东城区", json, StringComparison.Ordinal);
        Assert.Contains("+plus /slash <=> >=", json, StringComparison.Ordinal);

        // Safe: nothing can close a script element or open an HTML comment.
        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", json, StringComparison.Ordinal);
        Assert.Contains("<\\/script>", json, StringComparison.Ordinal);

        // No raw control character, and no raw line or paragraph separator (JavaScript rejects them).
        Assert.DoesNotContain(json, c => (c < ' ' && c != '\n') || c is '\u007F' or '\u0085' or '\u2028' or '\u2029');
        Assert.Contains("nul \\u0000 soh \\u0001 us \\u001F del \\u007F nel \\u0085 ls \\u2028 ps \\u2029", json, StringComparison.Ordinal);
        Assert.Contains("backspace \\b formfeed \\f newline \\n return \\r tab \\t", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        // `\uD800` in a spec string is a lone surrogate: it has no UTF-8 form, so it cannot be written as is.
        var json = ScheduleEmit.Json("""
            pilot P "before \uD800 after" { owner: "o"; problem: "p"; start: 2024-01-01 }
            """);

        Assert.Equal("before \uFFFD after", ScheduleEmit.Parse(json).GetProperty("pilot").GetProperty("title").GetString());
        ScheduleSchema.AssertValid(json);
    }

    [Fact]
    public void Every_escape_in_the_output_is_one_the_policy_allows()
    {
        var json = ScheduleEmit.Json(Spec());

        // \uXXXX only for control characters, separators, and `<` before `!`; never for printable text.
        // (An escaped backslash is matched as a whole, so the text `\\u0041` is not taken for an escape.)
        var escapes = System.Text.RegularExpressions.Regex.Matches(json, @"\\(?:\\|u([0-9A-Fa-f]{4}))")
            .Where(m => m.Groups[1].Success)
            .Select(m => Convert.ToInt32(m.Groups[1].Value, 16))
            .Distinct();
        Assert.All(escapes, code => Assert.True(code < 0x20 || (code >= 0x7F && code <= 0x9F) || code is 0x2028 or 0x2029 or '<', $"unexpected escape \\u{code:X4}"));
        Assert.Contains("\\\\u0041", json, StringComparison.Ordinal);
    }
}
