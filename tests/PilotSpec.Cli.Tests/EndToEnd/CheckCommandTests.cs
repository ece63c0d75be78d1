using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_clean_file_exits_0_and_prints_nothing()
    {
        _folder.Write("reform.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "reform.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void A_syntax_error_exits_1_with_one_msbuild_line_at_the_right_line_and_column()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "broken.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["broken.pilot" + Specs.MissingValueMessage], result.StdOutLines);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void An_error_on_the_first_line_has_1_based_line_and_column()
    {
        _folder.Write("date.pilot", Specs.BadDate);

        var result = _folder.Pilotc("check", "date.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["date.pilot" + Specs.BadDateMessage], result.StdOutLines);
    }

    [Fact]
    public void Paths_are_printed_as_given_relative_or_absolute()
    {
        var absolute = _folder.Write(Path.Combine("specs", "broken.pilot"), Specs.MissingValue);
        var relative = Path.Combine("specs", "broken.pilot");

        var relativeRun = _folder.Pilotc("check", relative);
        var absoluteRun = _folder.Pilotc("check", absolute);

        Assert.Equal([relative + Specs.MissingValueMessage], relativeRun.StdOutLines);
        Assert.Equal([absolute + Specs.MissingValueMessage], absoluteRun.StdOutLines);
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_columns_or_cause_a_diagnostic()
    {
        _folder.WriteBytes("bom.pilot", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Specs.BadDate)]);
        _folder.WriteBytes("clean-bom.pilot", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Specs.Clean)]);

        var result = _folder.Pilotc("check", "bom.pilot", "clean-bom.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["bom.pilot" + Specs.BadDateMessage], result.StdOutLines);
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_positions_as_lf()
    {
        _folder.Write("crlf.pilot", Specs.MissingValue.Replace("\n", "\r\n"));

        var result = _folder.Pilotc("check", "crlf.pilot");

        Assert.Equal(["crlf.pilot" + Specs.MissingValueMessage], result.StdOutLines);
    }

    [Fact]
    public void Chinese_file_names_and_text_come_out_as_utf8()
    {
        _folder.Write("东城区.pilot", "site 东城区 { level: 县 }\nsite 西城区 { start: 2019-13-01 }\n");

        var result = _folder.Pilotc("check", "东城区.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["东城区.pilot(2,19): error PS0006: '2019-13-01' is not a valid date; write dates as YYYY-MM-DD, for example 2019-03-01."], result.StdOutLines);
    }

    [Fact]
    public void Every_file_given_is_checked_in_command_line_order()
    {
        _folder.Write("b.pilot", Specs.BadDate);
        _folder.Write("a.pilot", Specs.MissingValue);
        _folder.Write("ok.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "b.pilot", "ok.pilot", "a.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["b.pilot" + Specs.BadDateMessage, "a.pilot" + Specs.MissingValueMessage], result.StdOutLines);
    }

    [Fact]
    public void A_folder_is_searched_recursively_in_ordinal_order_for_pilot_files_only()
    {
        // Written in an order unlike the expected one, so file-system order cannot pass the test.
        _folder.Write(Path.Combine("specs", "z.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "sub", "deeper", "m.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "B.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "a.pilot"), Specs.MissingValue);
        _folder.Write(Path.Combine("specs", "sub", "c.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "clean.pilot"), Specs.Clean);
        _folder.Write(Path.Combine("specs", "notes.txt"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "old.pilot.bak"), Specs.BadDate);

        var result = _folder.Pilotc("check", "specs");

        Assert.True(result.ExitCode == 1, result.ToString());
        string[] expected =
        [
            Path.Combine("specs", "B.pilot") + Specs.BadDateMessage,
            Path.Combine("specs", "a.pilot") + Specs.MissingValueMessage,
            Path.Combine("specs", "sub", "c.pilot") + Specs.BadDateMessage,
            Path.Combine("specs", "sub", "deeper", "m.pilot") + Specs.BadDateMessage,
            Path.Combine("specs", "z.pilot") + Specs.BadDateMessage,
        ];
        Assert.Equal(expected, result.StdOutLines);
        Assert.Equal(result.StdOut, _folder.Pilotc("check", "specs").StdOut);
    }

    [Fact]
    public void Linked_folders_inside_a_folder_are_not_entered_so_a_link_to_a_parent_cannot_loop()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating a symbolic link there needs a privilege that test machines may lack.
        }

        _folder.Write(Path.Combine("specs", "a", "a.pilot"), Specs.BadDate);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "specs", "a", "up"), "..");

        var result = _folder.Pilotc("check", "specs");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal([Path.Combine("specs", "a", "a.pilot") + Specs.BadDateMessage], result.StdOutLines);
    }

    [Fact]
    public void A_file_named_twice_is_reported_once()
    {
        _folder.Write(Path.Combine("specs", "a.pilot"), Specs.MissingValue);

        var result = _folder.Pilotc("check", Path.Combine("specs", "a.pilot"), "specs");

        Assert.Equal([Path.Combine("specs", "a.pilot") + Specs.MissingValueMessage], result.StdOutLines);
    }

    [Fact]
    public void A_folder_of_clean_specs_exits_0()
    {
        _folder.Write(Path.Combine("specs", "one.pilot"), Specs.Clean);
        _folder.Write(Path.Combine("specs", "two", "two.pilot"), Specs.Clean);

        var result = _folder.Pilotc("check", "specs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Warnaserror_is_accepted_and_leaves_clean_and_broken_specs_as_they_are()
    {
        _folder.Write("clean.pilot", Specs.Clean);
        _folder.Write("broken.pilot", Specs.MissingValue);

        var clean = _folder.Pilotc("check", "--warnaserror", "clean.pilot");
        var broken = _folder.Pilotc("check", "broken.pilot", "--warnaserror");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Equal(["broken.pilot" + Specs.MissingValueMessage], broken.StdOutLines);
    }
}
