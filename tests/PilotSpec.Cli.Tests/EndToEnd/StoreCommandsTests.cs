using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// A pilot office's day through the real pilotc: `store init`, `ingest`, `evaluate --store`,
/// `export`, on the examples' own observation files.
/// </summary>
public sealed class StoreCommandsTests : IDisposable, IClassFixture<PostgresDatabase.Notice>
{
    private readonly TempFolder _folder = new();

    private static string Example(string name) => Path.Combine(RepositoryRoot.Path, "examples", name);

    private string Store => Path.Combine(_folder.Path, "office.pilotstore");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> ExamplesWithObservations() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.observations.csv").Select(f => Path.GetFileName(f).Replace(".observations.csv", ".pilot", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExamplesWithObservations))]
    public void Evaluating_from_the_store_gives_what_evaluating_the_files_gives(string example) =>
        EvaluateFromTheStoreAndFromTheFiles(example, Store, new Dictionary<string, string?>());

    [SkippableTheory]
    [MemberData(nameof(ExamplesWithObservations))]
    public void Evaluating_from_a_postgresql_store_gives_what_evaluating_the_files_gives(string example)
    {
        using var database = PostgresDatabase.Create();

        EvaluateFromTheStoreAndFromTheFiles(example, database.Address, database.Environment);
    }

    private void EvaluateFromTheStoreAndFromTheFiles(string example, string address, IReadOnlyDictionary<string, string?> environment)
    {
        var spec = Example(example);
        var observations = Example(example.Replace(".pilot", ".observations.csv", StringComparison.Ordinal));

        var init = Run(environment, "store", "init", spec, "--store", address);
        var ingest = Run(environment, "ingest", spec, "--store", address, observations);
        var fromStore = Run(environment, "evaluate", spec, "--store", address, "--format", "json");
        var fromFiles = _folder.Pilotc("evaluate", spec, "--observations", observations, "--format", "json");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(fromStore.ExitCode == 0, fromStore.ToString());
        var store = JsonNode.Parse(fromStore.StdOut)!.AsObject();
        var files = JsonNode.Parse(fromFiles.StdOut)!.AsObject();

        // Everything but the line that says where the data came from is the same.
        Assert.Equal(files["observations"]!["accepted"]!.GetValue<long>(), store["observations"]!["accepted"]!.GetValue<long>());
        Assert.Equal(address, store["observations"]!["store"]!.GetValue<string>());
        Assert.Equal(0, store["observations"]!["outsideSpec"]!.GetValue<long>());
        store.Remove("observations");
        files.Remove("observations");
        Assert.Equal(files.ToJsonString(), store.ToJsonString());
    }

    private PilotcResult Run(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Pilotc.Run(_folder.Path, args, environment: environment);

    [SkippableFact]
    public void A_postgresql_store_is_made_once_takes_a_file_once_and_exports_it()
    {
        using var database = PostgresDatabase.Create();
        var spec = Example("approval-reform.pilot");
        var observations = Example("approval-reform.observations.csv");

        var first = Run(database.Environment, "store", "init", spec, "--store", database.Address);
        var second = Run(database.Environment, "store", "init", spec, "--store", database.Address);
        var ingest = Run(database.Environment, "ingest", spec, "--store", database.Address, observations);
        var again = Run(database.Environment, "ingest", spec, "--store", database.Address, observations);
        var export = Run(database.Environment, "export", spec, "--store", database.Address, "-o", "exported.csv");
        var other = Run(database.Environment, "ingest", Example("project-grading.pilot"), "--store", database.Address, Example("project-grading.observations.csv"));

        Assert.StartsWith($"created the store {database.Address} for pilot ApprovalReform (spec ", first.StdOut, StringComparison.Ordinal);
        Assert.StartsWith($"the store {database.Address} holds pilot ApprovalReform, schema version 1, spec ", second.StdOut, StringComparison.Ordinal);
        Assert.Equal([$"{observations}: 20 rows stored, 20 of them new or changed.", "1 of 1 files stored; the store holds 20 observations."], ingest.StdOutLines);
        Assert.Equal([$"{observations}: 20 rows stored, 0 of them new or changed.", "1 of 1 files stored; the store holds 20 observations."], again.StdOutLines);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(21, File.ReadAllLines(Path.Combine(_folder.Path, "exported.csv")).Length);
        Assert.True(other.ExitCode == 2, other.ToString());
        Assert.Contains($"{database.Address}: holds the observations of pilot ApprovalReform, not of ProjectGrading; each pilot has its own store.", other.StdErr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Files_ingested_into_postgresql_are_committed_and_told_in_their_order_while_the_next_is_read()
    {
        using var database = PostgresDatabase.Create();
        var spec = Example("approval-reform.pilot");
        _folder.Write("first.csv", "indicator,site,date,value\napproval_days,杭州,2018-12-31,130\n");
        _folder.Write("bad.csv", "indicator,site,date,value\napproval_days,上海,2018-12-31,90\n");
        _folder.Write("second.csv", "indicator,site,date,value\napproval_days,杭州,2018-12-31,125\napproval_days,宁波,2018-12-31,140\n");
        _folder.Write("third.csv", "indicator,site,date,value\napproval_days,宁波,2018-12-31,141\n");
        Run(database.Environment, "store", "init", spec, "--store", database.Address);

        // Each file streams while the one before it commits; the later file still wins 杭州 and 宁波.
        var ingest = Run(database.Environment, "ingest", spec, "--store", database.Address, "first.csv", "bad.csv", "second.csv", "third.csv");
        var export = Run(database.Environment, "export", spec, "--store", database.Address, "-o", "exported.csv");

        Assert.True(ingest.ExitCode == 1, ingest.ToString());
        Assert.Equal(
            [
                "first.csv: 1 rows stored, 1 of them new or changed.",
                "bad.csv(2): refused: the spec has no site ‘上海’",
                "bad.csv: refused whole, nothing stored from it (1 rows refused above); fix them and ingest the file again.",
                "second.csv: 2 rows stored, 2 of them new or changed.",
                "third.csv: 1 rows stored, 1 of them new or changed.",
                "3 of 4 files stored; the store holds 2 observations.",
            ],
            ingest.StdOutLines);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(
            ["indicator,site,date,value", "approval_days,宁波,2018-12-31,141", "approval_days,杭州,2018-12-31,125"],
            File.ReadAllLines(Path.Combine(_folder.Path, "exported.csv")).OrderBy(l => l.StartsWith("indicator", StringComparison.Ordinal) ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_sites_monitor_writes_into_the_offices_postgresql_store_and_the_office_evaluates_it()
    {
        using var database = PostgresDatabase.Create();
        var spec = Example("policing-reform.pilot");

        // examples/site-to-office, built with the solution: 东城区's reporting job.
        var sample = Path.Combine(RepositoryRoot.Path, "examples", "site-to-office", "bin", "Release", "net10.0", "SiteToOffice.dll");
        Assert.True(File.Exists(sample), $"the sample is built with the solution: {sample}");
        var init = Run(database.Environment, "store", "init", spec, "--store", database.Address);
        var site = Pilotc.RunCommand(_folder.Path, Pilotc.DotnetHostPath, [sample, database.Address], database.Environment);
        var again = Pilotc.RunCommand(_folder.Path, Pilotc.DotnetHostPath, [sample, database.Address], database.Environment);
        var export = Run(database.Environment, "export", spec, "--store", database.Address, "-o", "office.csv");
        var evaluate = Run(database.Environment, "evaluate", spec, "--store", database.Address, "--as-of", "2020-12-31");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(site.ExitCode == 0, site.ToString());
        Assert.Equal("东城区: 3 observations committed to the pilot office's store (0 of its own were there before).", site.StdOut.Trim());
        Assert.Equal("东城区: 3 observations committed to the pilot office's store (3 of its own were there before).", again.StdOut.Trim());
        Assert.Equal(
            ["indicator,site,date,value", "clearance_rate,东城区,2020-12-31,78", "cost_per_case,东城区,2020-12-31,4250", "security_satisfaction,东城区,2020-12-31,88"],
            File.ReadAllLines(Path.Combine(_folder.Path, "office.csv")));
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        Assert.Contains($"Observations: 3 from the store {database.Address}.", evaluate.StdOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_postgresql_store_failing_while_it_is_read_is_a_tool_failure_with_the_reason()
    {
        using var database = PostgresDatabase.Create();
        var spec = Example("approval-reform.pilot");
        Run(database.Environment, "store", "init", spec, "--store", database.Address);

        // Opening checks the schema's version and owner; the observations' table is first read after.
        database.Execute("ALTER TABLE pilotspec_observations RENAME TO moved_away");
        var evaluate = Run(database.Environment, "evaluate", spec, "--store", database.Address);
        var export = Run(database.Environment, "export", spec, "--store", database.Address, "-o", "exported.csv");

        foreach (var result in new[] { evaluate, export })
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{database.Address}: cannot be opened or written: 42P01: relation \"pilotspec_observations\" does not exist", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("postgresql://u:secret@db.example/office")]
    [InlineData("postgresql://u@db.example/office?password=secret")]
    public void A_password_in_a_postgresql_address_is_refused_and_not_repeated(string address)
    {
        var result = _folder.Pilotc("store", "init", Example("approval-reform.pilot"), "--store", address);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("a password in the store's address would show in shell histories and logs; give it in PGPASSWORD or a .pgpass file instead.", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgresql_server_that_does_not_answer_is_a_tool_failure_with_the_reason()
    {
        var result = _folder.Pilotc("ingest", Example("approval-reform.pilot"), "--store", "postgresql://postgres@127.0.0.1:1/office", Example("approval-reform.observations.csv"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("postgresql://postgres@127.0.0.1:1/office: cannot be opened or written: Failed to connect to 127.0.0.1:1", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_says_what_it_made_and_a_second_init_changes_nothing()
    {
        var spec = Example("approval-reform.pilot");

        var first = _folder.Pilotc("store", "init", spec, "--store", Store);
        var second = _folder.Pilotc("store", "init", spec, "--store", Store);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.StartsWith($"created the store {Store} for pilot ApprovalReform (spec ", first.StdOut, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith($"the store {Store} holds pilot ApprovalReform, schema version 1, spec ", second.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_a_file_again_changes_nothing()
    {
        var spec = Example("approval-reform.pilot");
        var observations = Example("approval-reform.observations.csv");
        _folder.Pilotc("store", "init", spec, "--store", Store);

        var first = _folder.Pilotc("ingest", spec, "--store", Store, observations);
        var exportedFirst = Export(spec, "first.csv");
        var again = _folder.Pilotc("ingest", spec, "--store", Store, observations);
        var exportedAgain = Export(spec, "again.csv");

        // The example's file has 20 rows, all of different indicator, site and period.
        Assert.Equal([$"{observations}: 20 rows stored, 20 of them new or changed.", "1 of 1 files stored; the store holds 20 observations."], first.StdOutLines);
        Assert.Equal([$"{observations}: 20 rows stored, 0 of them new or changed.", "1 of 1 files stored; the store holds 20 observations."], again.StdOutLines);
        Assert.Equal(exportedFirst, exportedAgain);
    }

    [Fact]
    public void A_file_with_a_bad_row_is_refused_whole_with_its_lines_and_the_others_are_stored()
    {
        var spec = Example("approval-reform.pilot");
        _folder.Pilotc("store", "init", spec, "--store", Store);
        var good = _folder.Write("good.csv", "indicator,site,date,value\napproval_days,杭州,2018-12-31,130\n");
        var bad = _folder.Write("bad.csv", "indicator,site,date,value\napproval_days,宁波,2018-12-31,200\napproval_days,上海,2018-12-31,90\napplicant_satisfaction,温州,2018-12-31,120\n");

        var result = _folder.Pilotc("ingest", spec, "--store", Store, "good.csv", "bad.csv");
        var exported = Export(spec, "all.csv");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("bad.csv(3): refused: the spec has no site ‘上海’", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("bad.csv(4): refused: ‘120’ is outside the values this indicator can take", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("bad.csv: refused whole, nothing stored from it (2 rows refused above)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 of 2 files stored; the store holds 1 observations.", result.StdOut, StringComparison.Ordinal);

        // 宁波's good line 2 came with the bad file, so it is not stored either.
        Assert.Equal("indicator,site,date,value\napproval_days,杭州,2018-12-31,130\n", exported);
        _ = good;
        _ = bad;
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_whole_not_a_crash()
    {
        var spec = Example("approval-reform.pilot");
        _folder.Pilotc("store", "init", spec, "--store", Store);

        // 杭州 in GBK (BA BC D6 DD): a spreadsheet saved in the system's code page.
        _folder.WriteBytes("gbk.csv", [.. "indicator,site,date,value\napproval_days,"u8, 0xBA, 0xBC, 0xD6, 0xDD, .. ",2018-12-31,130\n"u8]);
        var result = _folder.Pilotc("ingest", spec, "--store", Store, "gbk.csv");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("refused: the file is not UTF-8 from here on (bytes BA); save it as UTF-8", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("gbk.csv: refused whole, nothing stored from it (1 rows refused above)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revised_spec_takes_the_store_over_with_its_first_stored_file_not_before()
    {
        var original = Example("approval-reform.pilot");
        var revised = _folder.Write("revised.pilot", File.ReadAllText(original).Replace("\"Reform of construction project approval\"", "\"Reform of project approval (revised)\"", StringComparison.Ordinal));
        _folder.Pilotc("store", "init", original, "--store", Store);
        _folder.Write("bad.csv", "indicator,site,date,value\napproval_days,上海,2018-12-31,90\n");

        var refused = _folder.Pilotc("ingest", "revised.pilot", "--store", Store, "bad.csv");
        var stillOriginal = _folder.Pilotc("store", "init", original, "--store", Store);
        var stored = _folder.Pilotc("ingest", "revised.pilot", "--store", Store, Example("approval-reform.observations.csv"));
        var nowRevised = _folder.Pilotc("store", "init", "revised.pilot", "--store", Store);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("was last written with another version of the spec", refused.StdErr, StringComparison.Ordinal);
        Assert.StartsWith($"the store {Store} holds pilot ApprovalReform", stillOriginal.StdOut, StringComparison.Ordinal);
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.Contains("was last written with another version of the spec", stored.StdErr, StringComparison.Ordinal);
        Assert.StartsWith($"the store {Store} holds pilot ApprovalReform", nowRevised.StdOut, StringComparison.Ordinal);
        _ = revised;
    }

    [Fact]
    public void Another_pilots_store_is_refused_with_the_reason()
    {
        _folder.Pilotc("store", "init", Example("approval-reform.pilot"), "--store", Store);

        var result = _folder.Pilotc("ingest", Example("project-grading.pilot"), "--store", Store, Example("project-grading.observations.csv"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{Store}: holds the observations of pilot ApprovalReform, not of ProjectGrading; each pilot has its own store.", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_that_does_not_exist_is_not_made_by_ingest_or_evaluate()
    {
        var spec = Example("approval-reform.pilot");

        var ingest = _folder.Pilotc("ingest", spec, "--store", Store, Example("approval-reform.observations.csv"));
        var evaluate = _folder.Pilotc("evaluate", spec, "--store", Store, "--lang", "zh-Hans");

        Assert.True(ingest.ExitCode == 2, ingest.ToString());
        Assert.Contains($"{Store}: no store there; create it with: pilotc store init SPEC --store {Store}", ingest.StdErr, StringComparison.Ordinal);
        Assert.Contains($"pilotc：错误：{Store}：此处没有存储；请先创建：pilotc store init SPEC --store {Store}", evaluate.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Evaluate_takes_files_or_a_store_not_both_and_not_neither()
    {
        var spec = Example("approval-reform.pilot");

        var neither = _folder.Pilotc("evaluate", spec);
        var both = _folder.Pilotc("evaluate", spec, "--store", Store, "--observations", Example("approval-reform.observations.csv"));

        Assert.True(neither.ExitCode == 2, neither.ToString());
        Assert.Contains("give the observations with --observations FILE... or --store STORE (one of them).", neither.StdErr, StringComparison.Ordinal);
        Assert.True(both.ExitCode == 2, both.ToString());
    }

    [Fact]
    public void An_export_ingested_into_a_new_store_exports_the_same()
    {
        var spec = Example("project-grading.pilot");
        _folder.Pilotc("store", "init", spec, "--store", Store);
        _folder.Pilotc("ingest", spec, "--store", Store, Example("project-grading.observations.csv"));
        var exported = Export(spec, "exported.csv");
        var second = Path.Combine(_folder.Path, "second.pilotstore");

        _folder.Pilotc("store", "init", spec, "--store", second);
        var ingest = _folder.Pilotc("ingest", spec, "--store", second, "exported.csv");
        var again = _folder.Pilotc("export", spec, "--store", second, "-o", "again.csv");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(exported, File.ReadAllText(Path.Combine(_folder.Path, "again.csv")));
        Assert.StartsWith("indicator,site,date,value\n", exported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kill_during_an_ingest_leaves_the_store_as_it_was_before_the_file()
    {
        var spec = _folder.Write("load.pilot", LoadSpec);
        _folder.Pilotc("store", "init", "load.pilot", "--store", Store);
        _folder.Write("before.csv", "indicator,site,date,value\ncalls,S000,2020-01-01,7\n");
        var before = _folder.Pilotc("ingest", "load.pilot", "--store", Store, "before.csv");
        Assert.True(before.ExitCode == 0, before.ToString());
        WriteLargeFile(Path.Combine(_folder.Path, "large.csv"));

        // Killed while its transaction is open: pages spill into the write-ahead log before the commit.
        var wal = Store + "-wal";
        using (var ingest = StartPilotc("ingest", "load.pilot", "--store", Store, "large.csv"))
        {
            var killedMidway = false;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!ingest.HasExited && DateTime.UtcNow < deadline)
            {
                if (File.Exists(wal) && new FileInfo(wal).Length > 4 << 20)
                {
                    ingest.Kill();
                    killedMidway = true;
                    break;
                }

                Thread.Sleep(10);
            }

            ingest.WaitForExit();
            Assert.True(killedMidway, "the ingest ended before its write-ahead log grew: the file is too small to kill it midway");
        }

        Assert.Equal("indicator,site,date,value\ncalls,S000,2020-01-01,7\n", Export("load.pilot", "after.csv"));
        _ = spec;
    }

    [Fact]
    public void Two_ingests_at_once_into_one_file_store_both_land()
    {
        _folder.Write("load.pilot", LoadSpec);
        _folder.Pilotc("store", "init", "load.pilot", "--store", Store);
        var first = new StringBuilder("indicator,site,date,value\n");
        var second = new StringBuilder("indicator,site,date,value\n");
        for (var week = 0; week < 500; week++)
        {
            var day = new DateTime(2000, 1, 3).AddDays(7 * week).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            for (var site = 0; site < LoadSites; site += 2)
            {
                first.Append(System.Globalization.CultureInfo.InvariantCulture, $"calls,S{site:000},{day},{week % 50}\n");
                second.Append(System.Globalization.CultureInfo.InvariantCulture, $"calls,S{site + 1:000},{day},{week % 50}\n");
            }
        }

        _folder.Write("even.csv", first.ToString());
        _folder.Write("odd.csv", second.ToString());

        // Two processes, each holding its file's transaction: the second waits for the first's
        // commit (the store's busy timeout) instead of failing.
        using var even = StartPilotc("ingest", "load.pilot", "--store", Store, "even.csv");
        using var odd = StartPilotc("ingest", "load.pilot", "--store", Store, "odd.csv");
        even.WaitForExit();
        odd.WaitForExit();

        Assert.Equal((0, 0), (even.ExitCode, odd.ExitCode));
        // 500 weeks x 200 sites, half from each file.
        Assert.Equal(1 + (500 * LoadSites), Export("load.pilot", "both.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    // 200 sites with a weekly indicator: every row of the large file is a new key, so the table
    // grows and the open transaction spills into the write-ahead log early.
    private const int LoadSites = 200;

    private static string LoadSpec => $$"""
        pilot Load "Load" {
            owner: "Office"
            problem: "Calls"
            start: 2020-01-01
            end: 2020-12-31

            goal Goal "Calls" {
                indicator calls "Calls answered" {
                    unit: calls
                    better: higher
                    baseline: 5 calls on 2019-12-31
                    target: 10 calls by 2020-12-31
                    measured: weekly from "switchboard"
                }
            }

        {{string.Join("\n", Enumerable.Range(0, LoadSites).Select(i => $"    site S{i:000} \"Site {i}\" {{ level: county }}"))}}
        }
        """;

    private static void WriteLargeFile(string path)
    {
        var text = new StringBuilder("indicator,site,date,value\n", 1_200_000 * 32);
        for (var i = 0; i < 1_200_000; i++)
        {
            var day = new DateTime(1900, 1, 1).AddDays(7 * (i / LoadSites));
            text.Append("calls,S").Append((i % LoadSites).ToString("000", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(i % 97).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private Process StartPilotc(params string[] args)
    {
        var start = new ProcessStartInfo(Pilotc.DotnetHostPath)
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Pilotc.DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private string Export(string spec, string file)
    {
        var result = _folder.Pilotc("export", spec, "--store", Store, "-o", file);
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllText(Path.Combine(_folder.Path, file));
    }
}
