using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>
/// Small specs that are valid by construction (no errors; warnings allowed): a pilot with
/// indicators whose targets point the right way, sites, one or two phases and an evaluation,
/// with names (Chinese too) and hostile strings drawn from pools. For properties of what the
/// compiler emits, which only valid specs reach.
/// </summary>
internal static class ValidSpecs
{
    private static readonly string[] Names = ["Reform", "试点", "PilotA", "街道改革", "class", "_x1", "Ünïcode", "𝒳pilot"];

    private static readonly string[] Texts =
    [
        "Plain title",
        "\"); System.Environment.Exit(1); //",
        "*/ #error x /* </summary> <b>&amp;",
        "line\nbreak\ttab\r\nwindows",
        "中文标题",
        "\\ backslash \\\\ and \"quotes\"",
        "\u2028 separator \u0085 next line",
        "{0} ${x} {{ }} %s",
        "../../etc/passwd",
        "",
    ];

    private static readonly string[] SiteNames = ["东城区", "西城区", "North", "South_2", "Harbour", "山区县"];

    private static Gen<string> Text { get; } = Gen.Elements(Texts);

    private static Gen<Func<int, string>> IndicatorSpec { get; } =
        from lower in Gen.Elements(true, false)
        from maybePercent in Gen.Elements(true, false)
        from baseline in Gen.Choose(20, 60)
        from change in Gen.Choose(1, 15)
        from title in Text
        from frequency in Gen.Elements("monthly", "quarterly")
        let target = lower ? baseline - change : baseline + change
        select (Func<int, string>)(index => Indicator(index, lower, maybePercent && index > 0, baseline, target, title, frequency));

    // The first indicator is in minutes: the evaluation's criterion compares it with minutes.
    private static string Indicator(int index, bool lower, bool percent, int baseline, int target, string title, string frequency)
    {
        var unit = percent ? "%" : " minutes";
        return $$"""
                indicator i{{index}} "{{Escape(title)}}" {
                    unit: {{(percent ? "percent" : "minutes")}}
                    better: {{(lower ? "lower" : "higher")}}
                    baseline: {{baseline}}{{unit}} on 2023-12-31
                    target: {{target}}{{unit}} by 2024-12-31
                    measured: {{frequency}} from "{{Escape(title)}}"
                }

            """;
    }

    private static Gen<string> Spec { get; } =
        from name in Gen.Elements(Names)
        from title in Text
        from owner in Text
        from indicatorCount in Gen.Choose(1, 3)
        from indicatorShapes in Gen.ArrayOf(IndicatorSpec, indicatorCount)
        let indicators = indicatorShapes.Select((render, index) => render(index))
        from siteCount in Gen.Choose(1, 3)
        from months in Gen.Choose(1, 24)
        from startDay in Gen.Choose(1, 28)
        from siteTitle in Text
        let sites = SiteNames.Take(siteCount).ToArray()
        select Build(name, title, owner, indicators.ToArray(), sites, siteTitle, months, startDay);

    public static Arbitrary<string> Arbitrary { get; } = Arb.From(Spec);

    private static string Build(string name, string title, string owner, string[] indicators, string[] sites, string siteTitle, int months, int startDay)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"pilot {name} \"{Escape(title)}\" {{\n");
        text.Append(CultureInfo.InvariantCulture, $"    owner: \"{Escape(owner)}\"\n    start: 2024-01-{startDay:00}\n    end: 2026-12-31\n\n");
        foreach (var indicator in indicators)
        {
            text.Append(indicator);
        }

        foreach (var site in sites)
        {
            text.Append(CultureInfo.InvariantCulture, $"    site {site} \"{Escape(siteTitle)}\" {{\n        level: county\n    }}\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"    phase Trial {{\n        start: 2024-01-{startDay:00}\n        duration: {months} months\n        in: {string.Join(", ", sites)}\n    }}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"    evaluation final at end of Trial {{\n        method: before_after\n        require: i0 <= 1000 minutes at all sites\n        decide: scale_up when all met\n        otherwise: adjust\n    }}\n}}\n");
        return text.ToString();
    }

    /// <summary>A spec string literal for <paramref name="value"/>: the escapes the language knows, other characters as they are.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
