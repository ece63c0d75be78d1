namespace PilotSpec.Generator.Tests;

/// <summary>Import paths resolved on strings alone, as a generator must (no disk, no current directory).</summary>
public sealed class SpecPathsTests
{
    [Theory]
    [InlineData("/site/specs/main.pilot", "sites.pilot", "/site/specs/sites.pilot")]
    [InlineData("/site/specs/main.pilot", "./sites.pilot", "/site/specs/sites.pilot")]
    [InlineData("/site/specs/main.pilot", "../shared/sites.pilot", "/site/shared/sites.pilot")]
    [InlineData("/site/specs/main.pilot", "..\\shared\\sites.pilot", "/site/shared/sites.pilot")]
    [InlineData("/site/specs/main.pilot", "../../../../sites.pilot", "/sites.pilot")]
    [InlineData("/site/specs/main.pilot", "/elsewhere/sites.pilot", "/elsewhere/sites.pilot")]
    [InlineData("/main.pilot", "sites.pilot", "/sites.pilot")]
    [InlineData("main.pilot", "sites.pilot", "sites.pilot")]
    [InlineData("specs/main.pilot", "../../sites.pilot", "../sites.pilot")]
    [InlineData("/site//specs/./main.pilot", "sub//x.pilot", "/site/specs/sub/x.pilot")]
    public void Imports_resolve_against_the_importing_file(string importingFile, string import, string expected)
    {
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), SpecPaths.Combine(importingFile, import));
    }

    [Theory]
    [InlineData("C:\\site\\specs\\main.pilot", "..\\sites.pilot", "C:/site/sites.pilot")]
    [InlineData("C:/site/main.pilot", "../../sites.pilot", "C:/sites.pilot")]
    [InlineData("\\\\server\\share\\specs\\main.pilot", "../../x.pilot", "//server/share/x.pilot")]
    public void Windows_drives_and_shares_are_roots(string importingFile, string import, string expected)
    {
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), SpecPaths.Combine(importingFile, import));
    }
}
