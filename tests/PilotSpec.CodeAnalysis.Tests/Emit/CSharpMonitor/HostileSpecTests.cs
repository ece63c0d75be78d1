using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PilotSpec.Monitoring;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// A spec written to break the generator: texts that would close a string or a comment and
/// run code, line breaks C# knows and people forget (U+2028, U+0085), XML in documentation,
/// names that clash once made C# identifiers, a name with an invisible format character,
/// one outside the Basic Multilingual Plane. The monitor must build cleanly, contain no
/// code but its own, and keep every text exactly.
/// </summary>
public sealed class HostileSpecTests
{
    private const string Zwj = "\u200D";

    // Spec texts as the .pilot source writes them, and as the spec means them.
    private const string PilotTitleSource = """Title with \"quotes\", a backslash \\, a\nnewline and */ end""";
    private const string PilotTitle = "Title with \"quotes\", a backslash \\, a\nnewline and */ end";
    private const string OwnerSource = """\"); System.Environment.Exit(1); //""";
    private const string Owner = "\"); System.Environment.Exit(1); //";
    private const string SponsorSource = """*/ </summary> <b>&amp; \u2028 next \u0085 line""";
    private const string Sponsor = "*/ </summary> <b>&amp; \u2028 next \u0085 line";
    private const string ProblemSource = """多行\r\n问题\tand a tab""";
    private const string Problem = "多行\r\n问题\tand a tab";
    private const string IndicatorTitleSource = """\"); } class Evil { //""";
    private const string IndicatorTitle = "\"); } class Evil { //";
    private const string AlertTitleSource = """\"); System.Environment.FailFast(\"x\"); //""";
    private const string AlertTitle = "\"); System.Environment.FailFast(\"x\"); //";

    private static readonly string Spec = $$"""
        pilot 恶意Pilot "{{PilotTitleSource}}" {
            owner: "{{OwnerSource}}"
            sponsor: "{{SponsorSource}}"
            problem: "{{ProblemSource}}"
            start: 2020-01-01
            end: 2021-12-31

            indicator rate "{{IndicatorTitleSource}}" {
                unit: percent
                better: higher
                baseline: 50% on 2019-12-31
                target: +10 points by 2021-12-31
                measured: monthly from "\\\"; //"
            }
            indicator Rate "Same C# name as rate" {
                unit: percent
                better: higher
                baseline: 50% on 2019-12-31
                target: 60% by 2021-12-31
                measured: monthly from "register"
            }

            site 东城区 "*/ \"东\" /*" { level: county }
            site Equals "Named like an object method" { level: county }
            site SiteList { level: county }
            site Spec { level: county }
            site a{{Zwj}}b { level: county }
            site ab { level: county }
            site 𠀀区 { level: county }

            phase Trial { start: 2020-01-01; duration: 12 months; in: all sites }

            alert 警报 "{{AlertTitleSource}}" {
                when: rate < 40% for 2 consecutive months at any site
                notify: owner
                severity: high
            }

            evaluation final "*/ evil /*" at end of Trial {
                method: before_after
                require: rate >= 55% at all sites and Rate >= 0% at all sites
                decide: scale_up when all met
                otherwise: terminate
            }
        }
        """;

    private static readonly Lazy<string> Source = new(() => MonitorBuild.Emit(Spec).Content);

    [Fact]
    public void The_monitor_builds_without_warnings()
    {
        var (_, problems) = MonitorBuild.Compile(Source.Value);

        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_monitor_is_written_as_Roslyn_lays_it_out()
    {
        var root = CSharpSyntaxTree.ParseText(Source.Value, new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose)).GetRoot();

        Assert.Equal(new PilotSpec.CodeAnalysis.Emit.CSharpMonitor.MonitorLayout().Visit(root.NormalizeWhitespace(indentation: "    ", eol: "\n"))!.ToFullString() + "\n", Source.Value);
    }

    [Fact]
    public void The_monitor_contains_no_code_from_the_spec()
    {
        var root = CSharpSyntaxTree.ParseText(Source.Value).GetRoot();

        Assert.Equal(
            ["AlertList", "EvaluationList", "IndicatorList", "SiteList", "Spec", "恶意PilotMonitor"],
            root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(root.DescendantNodes().OfType<InvocationExpressionSyntax>(), call => call.ToString().Contains("Exit", StringComparison.Ordinal) || call.ToString().Contains("FailFast", StringComparison.Ordinal));

        // Every line of the file is either code of the generator or text inside a literal or a one-line comment.
        Assert.DoesNotContain("\u2028", Source.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0085", Source.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Source.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_arrives_exactly()
    {
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(Source.Value));
        var definition = monitor.Definition;

        Assert.Equal("恶意Pilot", definition.Name);
        Assert.Equal(PilotTitle, definition.Title);
        Assert.Equal(Owner, definition.Owner);
        Assert.Equal(Sponsor, definition.Sponsor);
        Assert.Equal(Problem, definition.Problem);
        Assert.Equal(IndicatorTitle, definition.FindIndicator("rate")!.Title);
        Assert.Equal("*/ \"东\" /*", definition.FindSite("东城区")!.Title);
        Assert.Equal(AlertTitle, Assert.Single(definition.Alerts).Title);
        Assert.Equal("*/ evil /*", Assert.Single(definition.Evaluations).Title);
        Assert.Equal(["东城区", "Equals", "SiteList", "Spec", "a" + Zwj + "b", "ab", "𠀀区"], definition.Sites.Select(s => s.Code));
    }

    [Fact]
    public void Clashing_names_get_distinct_members_and_each_member_is_its_site()
    {
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(Source.Value));
        var sites = MonitorBuild.Member<object>(monitor, "Sites");

        var members = sites.GetType().GetProperties().ToDictionary(p => p.Name, p => ((Site)p.GetValue(sites)!).Code);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["东城区"] = "东城区",
                ["Equals_2"] = "Equals",
                ["SiteList_2"] = "SiteList",
                ["Spec_2"] = "Spec",
                ["Ab"] = "a" + Zwj + "b",
                ["Ab_2"] = "ab",
                ["U20000区"] = "𠀀区",
            },
            members);
        var indicators = MonitorBuild.Member<object>(monitor, "Indicators");
        Assert.Equal("rate", MonitorBuild.Member<MonitoredIndicator>(indicators, "Rate").Definition.Name);
        Assert.Equal("Rate", MonitorBuild.Member<MonitoredIndicator>(indicators, "Rate_2").Definition.Name);
    }

    [Fact]
    public void The_monitor_still_means_what_the_spec_says()
    {
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(Source.Value));
        var rate = monitor.Definition.FindIndicator("rate")!;
        var other = monitor.Definition.FindIndicator("Rate")!;
        var final = Assert.Single(monitor.Definition.Evaluations);
        foreach (var site in monitor.Definition.Sites)
        {
            monitor.Record(rate, site, new DateTime(2020, 12, 1), 56m);
            monitor.Record(other, site, new DateTime(2020, 12, 1), 1m);
        }

        Assert.Equal(60m, rate.Target);
        Assert.Equal(Decision.ScaleUp, monitor.Evaluate(final, new DateTime(2021, 1, 1)).Decision);

        monitor.Record(rate, monitor.Definition.FindSite("𠀀区")!, new DateTime(2020, 12, 1), 54m);
        Assert.Equal(Decision.Terminate, monitor.Evaluate(final, new DateTime(2021, 1, 1)).Decision);
    }
}
