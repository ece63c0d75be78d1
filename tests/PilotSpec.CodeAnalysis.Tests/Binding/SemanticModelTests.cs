using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Tests.Binding;

/// <summary>
/// What an editor asks: which symbol is under the caret, where a symbol is used, and the type
/// of a piece of a criterion (a rate's change is a change, a comparison is a condition).
/// </summary>
public sealed class SemanticModelTests
{
    private const string Text = """
        indicator clearance_rate "Case clearance rate" {
            unit: percent
            better: higher
            baseline: 62% on 2018-12-31
            target: +15 points by 2020-12-31
            measured: quarterly from "case management system"
        }
        site Dongcheng "East district" { level: county }
        wave first = [Dongcheng]
        phase Trial { start: 2019-03-01; duration: 18 months; in: first }
        alert falling { when: clearance_rate < 55% at any site in first; notify: owner }
        evaluation final at end of Trial {
            require: clearance_rate.change >= +15 points at all sites in first
            decide: scale_up when all met
            otherwise: adjust
        }
        """;

    private readonly PilotCompilation _compilation = Specs.Compile(Text);

    private SyntaxTree Tree => _compilation.SyntaxTrees[0];

    private SemanticModel Model => _compilation.GetSemanticModel(Tree);

    [Fact]
    public void Spec_under_test_is_clean()
    {
        Assert.Empty(_compilation.GetDiagnostics());
    }

    [Theory]
    [InlineData(0)] // on the first character
    [InlineData(5)] // inside
    [InlineData(14)] // just after the name, where the caret sits after typing it
    public void Symbol_at_a_reference_is_the_declared_symbol(int offset)
    {
        var position = Text.IndexOf("clearance_rate.change", StringComparison.Ordinal) + offset;

        var symbol = Model.GetSymbolAt(position);

        var indicator = Assert.IsType<IndicatorSymbol>(symbol);
        Assert.Same(_compilation.Program.Indicators.Single(), indicator);
        Assert.Equal(("clearance_rate", "Case clearance rate"), (indicator.Name, indicator.Title));
        Assert.Equal(0, indicator.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void Symbol_at_a_declaration_name_is_that_symbol()
    {
        var position = Text.IndexOf("Dongcheng", StringComparison.Ordinal);

        var site = Assert.IsType<SiteSymbol>(Model.GetSymbolAt(position));

        Assert.Same(site, Model.GetDeclaredSymbol((DeclarationSyntax)Tree.Root.FindToken(position).Parent!));
    }

    [Theory]
    [InlineData("wave first", SymbolKind.Wave, "first")]
    [InlineData("end of Trial", SymbolKind.Phase, "Trial")]
    public void Symbol_at_other_references(string context, SymbolKind kind, string name)
    {
        var position = Text.IndexOf(context, StringComparison.Ordinal) + context.Length - 1;

        var symbol = Model.GetSymbolAt(position);

        Assert.Equal((kind, name), (symbol!.Kind, symbol.Name));
    }

    [Theory]
    [InlineData("unit: percent")] // a property name
    [InlineData("{ level")] // punctuation
    [InlineData("\"Case clearance rate\"")] // a title
    public void No_symbol_where_no_name_is(string what)
    {
        Assert.Null(Model.GetSymbolAt(Text.IndexOf(what, StringComparison.Ordinal)));
    }

    [Fact]
    public void References_are_the_declaration_and_every_use_in_source_order()
    {
        var indicator = _compilation.Program.Indicators.Single();

        var references = Model.FindReferences(indicator);

        Assert.Equal([(0, 10), (10, 22), (12, 13)], references.Select(r => (r.LineSpan.Start.Line, r.LineSpan.Start.Character)));
        Assert.All(references, r => Assert.Equal("clearance_rate", Text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void References_without_the_declaration()
    {
        var wave = _compilation.Program.Waves.Single();

        var references = Model.FindReferences(wave, includeDeclaration: false);

        Assert.Equal([9, 10, 12], references.Select(r => r.LineSpan.Start.Line));
    }

    [Fact]
    public void References_across_imported_files()
    {
        var compilation = Specs.Compile("""
            import "sites.pilot"
            phase Trial { start: 2020-01-01; duration: 12 months; in: Dongcheng }
            // file: sites.pilot
            site Dongcheng "East district" { level: county }
            """);
        var tree = compilation.SyntaxTrees[0];
        var site = compilation.Program.Sites.Single();

        var references = compilation.GetSemanticModel(tree).FindReferences(site);

        Assert.Equal([("sites.pilot", 1), ("spec.pilot", 1)], references.Select(r => (r.FilePath, r.LineSpan.Start.Line)));
    }

    [Fact]
    public void Change_of_a_rate_is_a_change_in_percent_per_site()
    {
        var change = Expression<MemberAccessExpressionSyntax>("clearance_rate.change");

        var type = Assert.IsType<ChangeType>(Model.GetType(change));

        Assert.Equal((Dimension.Percent, true), (type.IndicatorUnit.Dimension, type.IsPerSite));
    }

    [Fact]
    public void Comparison_is_a_condition_per_site_until_quantified()
    {
        var comparison = Expression<BinaryExpressionSyntax>("clearance_rate.change >= +15 points");
        var quantified = Expression<QuantifiedExpressionSyntax>("clearance_rate.change >= +15 points at all sites in first");

        Assert.Equal(PilotType.SiteBoolean, Model.GetType(comparison));
        Assert.Equal(PilotType.Boolean, Model.GetType(quantified));
    }

    [Fact]
    public void Indicator_name_alone_is_its_latest_value_per_site_and_an_amount_in_points_is_a_number()
    {
        var latest = Expression<NameExpressionSyntax>("clearance_rate < 55%");
        var points = Expression<UnaryExpressionSyntax>("+15 points", after: "require:");

        Assert.Equal(PilotType.Number(Unit.Percent, perSite: true), Model.GetType(latest));
        Assert.Equal(PilotType.Number(Unit.Points), Model.GetType(points));
    }

    [Fact]
    public void Evaluation_date_is_a_date_and_a_property_value_outside_conditions_has_no_type()
    {
        var boundary = Expression<PhaseBoundaryExpressionSyntax>("end of Trial");
        var baseline = Expression<PercentLiteralExpressionSyntax>("62%");

        Assert.Equal(PilotType.Date, Model.GetType(boundary));
        Assert.Null(Model.GetType(baseline));
    }

    [Fact]
    public void Semantic_model_is_only_for_trees_of_the_compilation()
    {
        Assert.Throws<ArgumentException>(() => _compilation.GetSemanticModel(SyntaxTree.ParseText(Text, "other.pilot")));
    }

    [Fact]
    public void Semantic_model_diagnostics_are_those_of_its_file()
    {
        var compilation = Specs.Compile("""
            import "catalogue.pilot"
            phase Trial { start: 2020-01-01; duration: 12 months }
            // file: catalogue.pilot
            group spare = []
            """);

        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[1]);

        Assert.Equal(["PS0104", "PS0304"], model.GetDiagnostics().Select(d => d.Id).Order());
        Assert.Equal(3, compilation.GetDiagnostics().Length); // and PS0403 in spec.pilot
    }

    // The expression of kind T that starts where `text` first occurs (after `after`) and spans it.
    private T Expression<T>(string text, string after = "")
        where T : ExpressionSyntax
    {
        var start = Text.IndexOf(text, Text.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        return Tree.Root.DescendantNodes().OfType<T>().First(n => n.Span.Start == start && (n.Span.Length == text.Length || typeof(T) == typeof(NameExpressionSyntax)));
    }
}
