using System.Diagnostics;
using System.Globalization;
using System.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Compilation;

/// <summary>What a spec may read through `import`, on real files: docs/reliability.md, "What a spec may read".</summary>
public sealed class ImportSafetyTests : IDisposable
{
    private const string Indicator = "indicator satisfaction \"Satisfaction\" {\n    unit: percent\n    better: higher\n    baseline: 62% on 2019-12-31\n    target: +10 points by 2020-12-31\n    measured: quarterly from \"survey\"\n}\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pilotspec-imports", Guid.NewGuid().ToString("N"));

    public ImportSafetyTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../etc/passwd")]
    [InlineData("secret/creds.env")]
    [InlineData("/dev/stdin")]
    [InlineData("/dev/zero")]
    public void Only_pilot_files_are_imported_and_nothing_of_another_file_is_echoed(string import)
    {
        Write("secret/creds.env", "API_KEY=hunter2\n");

        var diagnostic = Assert.Single(Diagnose($"import \"{import}\"\n"));

        Assert.Equal("PS0800", diagnostic.Id);
        Assert.DoesNotContain("hunter2", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_outside_the_project_is_refused_unless_pilotspec_json_widens_it()
    {
        Write("app/pilotspec.json", "{}");
        Write("shared/indicators.pilot", Indicator);
        var spec = Write("app/spec.pilot", "import \"../shared/indicators.pilot\"\n");

        var refused = Assert.Single(Diagnose(spec));
        Assert.Equal("PS0801", refused.Id);
        Assert.Contains(Path.Combine(_root, "app"), refused.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Write("app/pilotspec.json", """{ "importRoots": ["../shared"] }""");
        Assert.Empty(Diagnose(spec));
    }

    [Fact]
    public void Without_pilotspec_json_the_repository_root_bounds_imports_and_without_one_the_spec_s_folder()
    {
        Write("lib/indicators.pilot", Indicator);
        var spec = Write("app/spec.pilot", "import \"../lib/indicators.pilot\"\n");

        Assert.Equal("PS0801", Assert.Single(Diagnose(spec)).Id);

        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Assert.Empty(Diagnose(spec));
    }

    [Fact]
    public void A_link_counts_where_it_leads()
    {
        Write("pilotspec.json", "{}");
        File.CreateSymbolicLink(Path.Combine(_root, "zero.pilot"), "/dev/zero");
        var outside = Path.Combine(Path.GetTempPath(), "pilotspec-imports", Guid.NewGuid().ToString("N") + ".pilot");
        File.WriteAllText(outside, Indicator);
        try
        {
            File.CreateSymbolicLink(Path.Combine(_root, "elsewhere.pilot"), outside);

            Assert.Equal("PS0801", Assert.Single(Diagnose("import \"zero.pilot\"\n")).Id);
            Assert.Equal("PS0801", Assert.Single(Diagnose("import \"elsewhere.pilot\"\n")).Id);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_folder_or_a_fifo_named_pilot_is_not_read_and_nothing_hangs()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs; the folder case is the same code
        }

        Write("pilotspec.json", "{}");
        Directory.CreateDirectory(Path.Combine(_root, "folder.pilot"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_root, "fifo.pilot")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Assert.Equal("PS0802", Assert.Single(Diagnose("import \"folder.pilot\"\n")).Id);
        var fifo = Task.Run(() => Diagnose("import \"fifo.pilot\"\n"));
        var finished = await Task.WhenAny(fifo, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == fifo, "reading the FIFO hung");
        Assert.Equal("PS0802", Assert.Single(await fifo).Id);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        Write("pilotspec.json", "{}");
        using (var large = File.Create(Path.Combine(_root, "large.pilot")))
        {
            large.SetLength(FileSystemSourceResolver.MaxImportBytes + 1L); // sparse: nothing written
        }

        var diagnostic = Assert.Single(Diagnose("import \"large.pilot\"\n"));
        Assert.Equal("PS0803", diagnostic.Id);
        Assert.Contains("16777216", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1", new byte[] { (byte)'/', (byte)'/', (byte)' ', (byte)'r', 0xE9, (byte)'\n' }, 4)]
    [InlineData("gbk", new byte[] { (byte)'/', (byte)'/', 0xB6, 0xAB, 0xB3, 0xC7, (byte)'\n' }, 2)]
    [InlineData("utf16-bom", new byte[] { 0xFF, 0xFE, (byte)'/', 0, (byte)'/', 0 }, 0)]
    public void An_import_that_is_not_UTF8_is_an_error_with_the_byte_offset_not_replacement_characters(string name, byte[] bytes, int offset)
    {
        Write("pilotspec.json", "{}");
        File.WriteAllBytes(Path.Combine(_root, name + ".pilot"), bytes);

        var diagnostic = Assert.Single(Diagnose($"import \"{name}.pilot\"\n"));

        Assert.Equal("PS0804", diagnostic.Id);
        Assert.Contains($"byte offset {offset}", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_refusal_is_its_own_code_at_the_import_s_path()
    {
        Write("pilotspec.json", "{}");
        Write("notes.txt", "not a spec");
        Directory.CreateDirectory(Path.Combine(_root, "folder.pilot"));
        using (var large = File.Create(Path.Combine(_root, "large.pilot")))
        {
            large.SetLength(FileSystemSourceResolver.MaxImportBytes + 1L);
        }

        File.WriteAllBytes(Path.Combine(_root, "latin1.pilot"), [(byte)'/', (byte)'/', (byte)' ', (byte)'r', 0xE9, (byte)'\n']);
        var spec = Write("spec.pilot", "import \"notes.txt\"\nimport \"../outside.pilot\"\nimport \"folder.pilot\"\nimport \"large.pilot\"\nimport \"latin1.pilot\"\n");

        var views = DiagnosticView.All(Diagnose(spec)).Select(v => v with { Message = v.Message.Replace(_root, "<project>", StringComparison.Ordinal) });

        Snapshot.Match(views);
    }

    [Fact]
    public void A_UTF8_import_with_a_byte_order_mark_is_read_without_it()
    {
        Write("pilotspec.json", "{}");
        File.WriteAllBytes(Path.Combine(_root, "bom.pilot"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Indicator)]);

        Assert.Empty(Diagnose("import \"bom.pilot\"\n"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private IReadOnlyList<Diagnostic> Diagnose(string specOrText)
    {
        var path = File.Exists(specOrText) ? specOrText : Write("spec.pilot", specOrText);
        var tree = SyntaxTree.ParseText(File.ReadAllText(path), path);
        return PilotCompilation.Create([tree], CompilationOptions.Default).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
    }
}
