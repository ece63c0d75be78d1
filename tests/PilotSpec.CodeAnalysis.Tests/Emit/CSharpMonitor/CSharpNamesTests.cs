using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

public sealed class CSharpNamesTests
{
    [Theory]
    [InlineData("clearance_rate", "ClearanceRate")]
    [InlineData("key_post_officers", "KeyPostOfficers")]
    [InlineData("东城区", "东城区")]
    [InlineData("行政效率", "行政效率")]
    [InlineData("Riverside", "Riverside")]
    [InlineData("_", "_")]
    [InlineData("_private", "_Private")]
    [InlineData("a__b", "A_B")]
    [InlineData("wave1", "Wave1")]
    [InlineData("a\u200Db", "Ab")]             // a format character: C# would ignore it anyway
    [InlineData("𠀀区", "U20000区")]             // outside the BMP: Roslyn takes identifiers unit by unit
    [InlineData("Ⅻ_rate", "ⅫRate")]            // a letter number may start an identifier
    [InlineData("\u0301x", "_\u0301x")]        // a combining mark may not
    public void Spec_names_become_PascalCase_identifiers(string specName, string expected)
    {
        var identifier = CSharpNames.Identifier(specName);

        Assert.Equal(expected, identifier);
        Assert.True(SyntaxFacts.IsValidIdentifier(identifier.TrimStart('@')));
    }

    [Fact]
    public void A_scope_keeps_names_distinct_and_away_from_reserved_ones()
    {
        var scope = new CSharpNameScope("SiteList", "Spec");

        Assert.Equal("ClearanceRate", scope.Add("clearance_rate"));
        Assert.Equal("ClearanceRate_2", scope.Add("ClearanceRate"));
        Assert.Equal("ClearanceRate_3", scope.Add("clearance__rate".Replace("__", "_", StringComparison.Ordinal)));
        Assert.Equal("Spec_2", scope.Add("Spec"));
        Assert.Equal("SiteList_2", scope.Add("SiteList"));
        Assert.Equal("GetHashCode_2", scope.Add("GetHashCode"));
        Assert.Equal("Site_东城区", scope.Add("东城区", "Site_"));
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("int", "Int")]
    [InlineData("__arglist", "_Arglist")]
    [InlineData("__makeref", "_Makeref")]
    public void C_sharp_keywords_never_come_out_as_keywords(string specName, string expected)
    {
        var name = CSharpNames.Identifier(specName);

        Assert.Equal(expected, name);
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Theory]
    [InlineData("PilotSpec.Monitors")]
    [InlineData("Acme.试点")]
    public void Valid_namespaces_are_accepted(string name) => Assert.Equal(name, CSharpNames.Namespace(name));

    [Theory]
    [InlineData("")]
    [InlineData("Acme.")]
    [InlineData("Acme.class")]
    [InlineData("Acme System")]
    [InlineData("Acme{ }")]
    public void Invalid_namespaces_are_refused(string name) => Assert.Throws<ArgumentException>(() => CSharpNames.Namespace(name));
}
