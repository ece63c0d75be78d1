using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`pilotc schedule FILE`: the resolved timeline as a terminal chart, an HTML page or a Mermaid gantt.</summary>
public sealed class ScheduleCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_text_chart_lists_each_phase_and_each_site_window_with_dates_and_bars()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc("schedule", "reform.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Reform: A <reform> & more", result.StdOutLines[0]);
        Assert.Equal("2019-03-01 to 2020-12-31", result.StdOutLines[1]);
        // Launch runs at the first wave; Rollout after it, the second wave two months later.
        AssertRow(result, "Launch", "2019-03-01", "2019-05-31");
        AssertRow(result, "Rollout", "2019-06-01", "2020-01-31");
        AssertRow(result, "东城区", "2019-06-01", "2019-11-30");
        AssertRow(result, "西城区", "2019-08-01", "2020-01-31");
        Assert.DoesNotContain("\u001b[", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Chinese_the_charts_are_worded_in_Chinese()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var text = _folder.Pilotc("schedule", "reform.pilot", "--lang", "zh-Hans");
        var html = _folder.Pilotc("schedule", "reform.pilot", "--lang", "zh-Hans", "--format", "html");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Equal("2019-03-01 至 2020-12-31", text.StdOutLines[1]);
        Assert.Contains(text.StdOutLines, line => line.Contains("阶段 / 地点", StringComparison.Ordinal) && line.Contains("开始", StringComparison.Ordinal) && line.Contains("结束", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"zh-Hans\">", html.StdOut, StringComparison.Ordinal);
        Assert.Contains("<p>自 2019-03-01 至 2020-12-31。</p>", html.StdOut, StringComparison.Ordinal);
        Assert.Contains("<th>阶段 / 地点</th><th>开始</th><th>结束</th><th>时间轴</th>", html.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_are_placed_on_one_axis_in_date_order()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var lines = _folder.Pilotc("schedule", "reform.pilot").StdOutLines;

        var rollout = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Rollout ", StringComparison.Ordinal));
        // In terminal columns: a Chinese character takes two.
        int BarStart(int line) => lines[line][..lines[line].IndexOf('█')].Sum(c => c >= '\u4E00' && c <= '\u9FFF' ? 2 : 1);
        var launch = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Launch ", StringComparison.Ordinal));

        // Launch, then Rollout at its end; in Rollout the second wave starts two months after the first.
        Assert.True(BarStart(launch) < BarStart(rollout));
        Assert.Contains("东城区", lines[rollout + 1]);
        Assert.Contains("西城区", lines[rollout + 2]);
        Assert.Equal(BarStart(rollout), BarStart(rollout + 1));
        Assert.True(BarStart(rollout + 1) < BarStart(rollout + 2));
    }

    [Fact]
    public void The_html_page_is_self_contained_and_escapes_spec_text()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc("schedule", "reform.pilot", "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = result.StdOut;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<h1>Reform: A &lt;reform&gt; &amp; more</h1>", html);
        Assert.DoesNotContain("<reform>", html);
        Assert.Contains("Launch: Launch: training", html);
        Assert.Contains("东城区", html);
        foreach (var external in new[] { "<script", "src=", "href=", "url(", "@import", "<link" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        // Launch with its one site, Rollout with its two.
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(html, "class=\"bar").Count);
        Assert.Contains("left: 0%;", html);
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    [Fact]
    public void The_mermaid_block_has_a_section_per_phase_and_a_task_per_site()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc("schedule", "reform.pilot", "--format", "mermaid");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] expected =
        [
            "```mermaid",
            "gantt",
            "    title Reform#58; A <reform> & more",
            "    dateFormat YYYY-MM-DD",
            "    axisFormat %Y-%m",
            "    section Launch",
            "    东城区 :2019-03-01, 2019-06-01",
            "    section Rollout",
            "    东城区 :2019-06-01, 2019-12-01",
            "    西城区 :2019-08-01, 2020-02-01",
            "```",
        ];
        Assert.Equal(expected, result.StdOutLines);
    }

    [Fact]
    public void Output_writes_the_chart_to_a_file()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc("schedule", "reform.pilot", "--format", "html", "--output", "schedule.html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(_folder.Path, "schedule.html")));
    }

    [Fact]
    public void The_examples_have_charts()
    {
        foreach (var example in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.pilot"))
        {
            var result = Pilotc.Run(RepositoryRoot.Path, "schedule", example, "--format", "mermaid");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("    section ", result.StdOut);
        }
    }

    [Fact]
    public void A_spec_with_errors_reports_them_and_exits_1()
    {
        _folder.Write("bad.pilot", Specs.UndeclaredName);

        var result = _folder.Pilotc("schedule", "bad.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["bad.pilot" + Specs.UndeclaredNameMessage], result.StdOutLines);
    }

    [Fact]
    public void A_file_without_a_pilot_exits_2()
    {
        _folder.Write("catalogue.pilot", "site 东城区 { level: county }\n");

        var result = _folder.Pilotc("schedule", "catalogue.pilot");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("catalogue.pilot: declares no pilot", result.StdErr);
    }

    private static readonly string Measured = Specs.Scheduled.Replace(
        "    site 东城区",
        "    indicator wait { unit: minutes; better: lower; baseline: 40 minutes on 2019-02-28; target: 20 minutes by 2020-12-31; measured: monthly from \"queue\" }\n    indicator spent { unit: CNY; baseline: 10 CNY on 2019-02-28 }\n    site 东城区",
        StringComparison.Ordinal);

    [Fact]
    public void Expand_lists_an_indicator_s_due_dates_site_by_site()
    {
        _folder.Write("reform.pilot", Measured);

        var result = _folder.Pilotc("schedule", "reform.pilot", "--expand", "--indicator", "wait");

        Assert.True(result.ExitCode == 0, result.ToString());
        // 东城区 is measured from Launch (2019-03-01) to the day after its Rollout window
        // (2019-11-30); 西城区 from its Rollout window (2019-08-01, a stagger later) to 2020-02-01.
        Assert.Equal(
            [
                "东城区\t2019-04-01", "东城区\t2019-05-01", "东城区\t2019-06-01", "东城区\t2019-07-01", "东城区\t2019-08-01",
                "东城区\t2019-09-01", "东城区\t2019-10-01", "东城区\t2019-11-01", "东城区\t2019-12-01",
                "西城区\t2019-09-01", "西城区\t2019-10-01", "西城区\t2019-11-01", "西城区\t2019-12-01", "西城区\t2020-01-01", "西城区\t2020-02-01",
            ],
            result.StdOutLines);
    }

    [Fact]
    public void Expand_for_one_site_lists_only_its_dates()
    {
        _folder.Write("reform.pilot", Measured);

        var result = _folder.Pilotc("schedule", "reform.pilot", "--expand", "--indicator", "wait", "--site", "西城区");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(6, result.StdOutLines.Length);
        Assert.All(result.StdOutLines, line => Assert.StartsWith("西城区\t", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--expand", "--indicator", "nowhere", "the pilot has no indicator 'nowhere'")]
    [InlineData("--expand", "--indicator", "spent", "'spent' has no `measured:` frequency")]
    [InlineData("--expand", "--indicator", "wait", "--site", "nowhere", "the pilot has no site 'nowhere'")]
    [InlineData("--expand", "--expand needs --indicator NAME")]
    [InlineData("--indicator", "wait", "--indicator and --site go with --expand")]
    public void Expand_with_a_wrong_name_exits_2_and_says_why(params string[] argumentsAndMessage)
    {
        _folder.Write("reform.pilot", Measured);

        var result = _folder.Pilotc(["schedule", "reform.pilot", .. argumentsAndMessage[..^1]]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(argumentsAndMessage[^1], result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule reform.pilot --format pdf")]
    [InlineData("schedule reform.pilot other.pilot")]
    [InlineData("schedule")]
    public void Usage_errors_exit_2(string commandLine)
    {
        _folder.Write("reform.pilot", Specs.Scheduled);
        _folder.Write("other.pilot", Specs.Scheduled);

        var result = _folder.Pilotc(commandLine.Split(' '));

        Assert.True(result.ExitCode == 2, result.ToString());
    }

    private static void AssertRow(PilotcResult result, string label, string start, string end) =>
        Assert.Contains(result.StdOutLines, l =>
            System.Text.RegularExpressions.Regex.IsMatch(l, $@"^\s+{label}\s+{start}\s+{end}\s+ *█+"));
}
