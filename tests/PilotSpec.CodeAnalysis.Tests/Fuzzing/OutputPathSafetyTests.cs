using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.CodeAnalysis.Emit;

namespace PilotSpec.CodeAnalysis.Tests.Fuzzing;

/// <summary>No name, however hostile, directs a written file outside the output folder.</summary>
public sealed class OutputPathSafetyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pilotspec-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Property(MaxTest = 500)]
    public Property Any_pilot_name_gives_plain_file_names(NonNull<string> name) =>
        Prop.ForAll(Arb.From(Gen.Constant(name.Get)), n =>
        {
            foreach (var file in new[] { OutputNames.Schedule(n), OutputNames.Monitor(n) })
            {
                AssertPlain(file);
            }
        });

    [Property(MaxTest = 500)]
    public Property Sanitized_names_are_plain(NonNull<string> name) =>
        Prop.ForAll(Arb.From(Gen.Constant(name.Get)), n => AssertPlain(OutputNames.Sanitize(n)));

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/dir.json")]
    [InlineData("..\\escape.json")]
    [InlineData("C:\\Windows\\x.cs")]
    [InlineData("a/../../b.cs")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void The_file_host_refuses_a_name_that_is_not_a_plain_file_name(string fileName)
    {
        var output = Path.Combine(_root, "out");
        using var host = new FileSystemOutputHost(output);

        Assert.Throws<ArgumentException>(() => host.WriteFile(fileName, w => w.Write("x")));

        Assert.Empty(Directory.Exists(_root) ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void The_file_host_writes_a_plain_name_inside_its_folder()
    {
        var output = Path.Combine(_root, "out");

        using (var host = new FileSystemOutputHost(output))
        {
            host.WriteFile("Pilot.schedule.json", w => w.Write("{}"));
            host.Commit();
        }

        Assert.Equal([Path.Combine(output, "Pilot.schedule.json")], Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(output, "Pilot.schedule.json")));
    }

    [Fact]
    public void The_file_host_leaves_nothing_behind_when_a_write_fails_before_the_commit()
    {
        var output = Path.Combine(_root, "out");

        using (var host = new FileSystemOutputHost(output))
        {
            host.WriteFile("Pilot.schedule.json", w => w.Write("{}"));
            Assert.Throws<InvalidOperationException>(() => host.WriteFile("Pilot.Monitor.g.cs", w =>
            {
                w.Write("partial");
                throw new InvalidOperationException("the emitter failed");
            }));
        }

        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_target_that_is_a_folder_fails_the_commit_before_any_file_is_replaced()
    {
        // #20: the schedule was replaced, then the monitor's rename failed on the folder: half an update.
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(Path.Combine(output, "Pilot.Monitor.g.cs"));
        File.WriteAllText(Path.Combine(output, "Pilot.schedule.json"), "old");

        using (var host = new FileSystemOutputHost(output))
        {
            host.WriteFile("Pilot.schedule.json", w => w.Write("new"));
            host.WriteFile("Pilot.Monitor.g.cs", w => w.Write("new"));
            Assert.Throws<IOException>(host.Commit);
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "Pilot.schedule.json")));
        Assert.Equal([Path.Combine(output, "Pilot.schedule.json")], Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_name_that_fits_the_file_system_fits_while_it_is_written()
    {
        // 241 + 14 = 255 bytes, the most a file name may have; the temporary name used to add 38 to it.
        var fileName = new string('a', 241) + ".schedule.json";
        var output = Path.Combine(_root, "out");

        using (var host = new FileSystemOutputHost(output))
        {
            host.WriteFile(fileName, w => w.Write("{}"));
            host.Commit();
        }

        Assert.Equal("{}", File.ReadAllText(Path.Combine(output, fileName)));
    }

    [Fact]
    public void Replacing_files_leaves_only_the_new_ones()
    {
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "Pilot.schedule.json"), "old");

        using (var host = new FileSystemOutputHost(output))
        {
            host.WriteFile("Pilot.schedule.json", w => w.Write("new"));
            host.WriteFile("Pilot.Monitor.g.cs", w => w.Write("new"));
            host.Commit();
        }

        Assert.Equal(["Pilot.Monitor.g.cs", "Pilot.schedule.json"], Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "Pilot.schedule.json")));
    }

    private static void AssertPlain(string file)
    {
        Assert.NotEqual("", file);
        Assert.DoesNotContain('/', file);
        Assert.DoesNotContain('\\', file);
        Assert.DoesNotContain(':', file);
        Assert.DoesNotContain('\0', file);
        Assert.False(file.StartsWith('.'), file);
        Assert.False(Path.IsPathRooted(file), file);
    }
}
