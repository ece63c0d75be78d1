using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// Keeps the docs honest: each documented wrong example, parsed, reports its code (once: one
/// mistake, one diagnostic), and each right example parses without any diagnostic.
/// </summary>
public sealed class DiagnosticsReferenceExampleTests
{
    private static readonly DiagnosticsReference Reference = DiagnosticsReference.Load();

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Wrong_example_reports_its_code_once(string id)
    {
        var wrong = Assert.Single(Reference.Sections[id].Wrong);

        var tree = SyntaxTree.ParseText(wrong.Code);

        var diagnostic = Assert.Single(tree.GetDiagnostics());
        Assert.Equal(id, diagnostic.Id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Right_example_has_no_diagnostics(string id)
    {
        var right = Assert.Single(Reference.Sections[id].Right);

        var tree = SyntaxTree.ParseText(right.Code);

        Assert.Empty(tree.GetDiagnostics());
    }
}
