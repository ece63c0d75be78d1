using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.CodeAnalysis.Tests.Compilation;

/// <summary>PS0115 (#20): pilots of specs built together whose names become one C# class.</summary>
public sealed class MonitorClassClashTests
{
    private static PilotSymbol Pilot(string name, string file) =>
        PilotCompilation.Create([PilotSyntaxTree.ParseText($"pilot {name} \"t\" {{ owner: \"o\"; problem: \"p\"; start: 2024-01-01; end: 2024-12-31 }}\n", file)]).Program.Pilot!;

    [Fact]
    public void Underscores_and_case_that_vanish_in_the_class_name_clash_and_each_pilot_names_the_next()
    {
        var diagnostics = MonitorClassClashes.Find([Pilot("a_b", "/specs/one.pilot"), Pilot("AB", "/specs/two.pilot"), Pilot("Foo", "/specs/three.pilot"), Pilot("foo", "/specs/four.pilot"), Pilot("Other", "/specs/five.pilot")]);

        // ABMonitor: a_b and AB; FooMonitor: Foo and foo; Other stands alone.
        Assert.Equal(
            [
                "/specs/one.pilot(1,7): error PS0115: The pilot 'a_b' becomes the C# class ABMonitor, as the pilot 'AB' in two.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
                "/specs/two.pilot(1,7): error PS0115: The pilot 'AB' becomes the C# class ABMonitor, as the pilot 'a_b' in one.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
                "/specs/three.pilot(1,7): error PS0115: The pilot 'Foo' becomes the C# class FooMonitor, as the pilot 'foo' in four.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
                "/specs/four.pilot(1,7): error PS0115: The pilot 'foo' becomes the C# class FooMonitor, as the pilot 'Foo' in three.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
            ],
            diagnostics.Select(d => d.ToString()));
        Snapshot.Match(new { Diagnostics = DiagnosticView.All(diagnostics) });
    }

    [Fact]
    public void One_pilot_reached_twice_is_no_clash()
    {
        // A file checked directly and also imported by another spec: the same declaration.
        var pilot = Pilot("Same", "/specs/same.pilot");

        Assert.Empty(MonitorClassClashes.Find([pilot, Pilot("Same", "/specs/same.pilot")]));
    }
}
