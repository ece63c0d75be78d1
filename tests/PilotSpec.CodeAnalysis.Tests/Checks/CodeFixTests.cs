using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// The fixes offered with diagnostics (rename to the suggestion, points instead of percent,
/// add `otherwise:`): applied to the text, the spec compiles without the finding.
/// </summary>
public sealed class CodeFixTests
{
    [Fact]
    public void Rename_fixes_a_misspelt_name()
    {
        const string text = """
            site Dongcheng "East district" { level: county }
            phase Trial "Trial" {
                start: 2020-01-01
                duration: 12 months
                in: Dongchen
            }
            """;

        var fixedText = ApplyOnlyFix(text, "PS0102", "Fix_Rename", "Change to 'Dongcheng'", "改为“Dongcheng”");

        Assert.Contains("    in: Dongcheng\n", fixedText, StringComparison.Ordinal);
        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Fact]
    public void Rename_fixes_a_misspelt_property()
    {
        const string text = """
            phase Trial "Trial" {
                start: 2020-01-01
                duraton: 12 months
                in: all sites
            }
            """;

        var fixedText = ApplyOnlyFix(text, "PS0108", "Fix_Rename", "Change to 'duration'", "改为“duration”");

        Assert.Contains("    duration: 12 months\n", fixedText, StringComparison.Ordinal);
        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Theory]
    [InlineData("+15%", "+15 points")]
    [InlineData("-5%", "-5 points")]
    [InlineData("+2.5%", "+2.5 points")]
    public void Points_fix_rewrites_a_relative_change_of_a_rate(string written, string points)
    {
        var text = $$"""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                baseline: 62% on 2019-12-31
                target: {{written}} by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """;

        var fixedText = ApplyOnlyFix(text, "PS0204", "Fix_UsePoints", $"Use percentage points: '{points}'", $"改用百分点：“{points}”");

        Assert.Contains($"    target: {points} by 2020-12-31\n", fixedText, StringComparison.Ordinal);
        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Fact]
    public void Otherwise_fix_adds_the_missing_line_with_the_rules_indentation()
    {
        const string text = """
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                evaluation final "Final evaluation" at 2020-12-31 {
                    require: true
                    decide: scale_up when all met
                }
            }
            """;

        var fixedText = ApplyOnlyFix(text, "PS0503", "Fix_AddOtherwise", "Add 'otherwise: adjust'", "添加“otherwise: adjust”");

        Assert.Contains("        decide: scale_up when all met\n        otherwise: adjust\n    }", fixedText, StringComparison.Ordinal);
        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Fact]
    public void Otherwise_fix_goes_after_the_last_rule_when_rules_are_on_one_line()
    {
        const string text = "evaluation final at 2020-12-31 { require: true; decide: scale_up when all met }\n";

        var fixedText = ApplyOnlyFix(text, "PS0503", "Fix_AddOtherwise", "Add 'otherwise: adjust'", "添加“otherwise: adjust”");

        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Fact]
    public void Otherwise_fix_keeps_the_files_CRLF_line_breaks()
    {
        const string text = "evaluation final at 2020-12-31 {\r\n    require: true\r\n    decide: scale_up when all met\r\n}\r\n";

        var fixedText = ApplyOnlyFix(text, "PS0503", "Fix_AddOtherwise", "Add 'otherwise: adjust'", "添加“otherwise: adjust”");

        Assert.Equal("evaluation final at 2020-12-31 {\r\n    require: true\r\n    decide: scale_up when all met\r\n    otherwise: adjust\r\n}\r\n", fixedText);
    }

    [Fact]
    public void Diagnostics_without_a_fix_offer_none()
    {
        var diagnostic = Assert.Single(Specs.Diagnose("phase Trial { start: 2020-01-01; duration: 12 months; in: Xicheng }\n"));

        Assert.Equal("PS0101", diagnostic.Id);
        Assert.Empty(diagnostic.Fixes);
    }

    // The one diagnostic of the text has one fix; its titles are checked, and the fixed text returned.
    private static string ApplyOnlyFix(string text, string id, string titleKey, string englishTitle, string chineseTitle)
    {
        var diagnostic = Assert.Single(Specs.Diagnose(text));
        Assert.Equal(id, diagnostic.Id);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(titleKey, fix.TitleKey);
        Assert.Equal(englishTitle, fix.GetTitle(CultureInfo.InvariantCulture));
        Assert.Equal(chineseTitle, fix.GetTitle(CultureInfo.GetCultureInfo("zh-Hans")));

        var fixedText = CheckedSpec.Apply(fix, text);
        Assert.DoesNotContain(Specs.Diagnose(fixedText), d => d.Id == id);
        return fixedText;
    }
}
