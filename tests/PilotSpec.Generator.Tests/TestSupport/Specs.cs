namespace PilotSpec.Generator.Tests.TestSupport;

/// <summary>The test specs in Specs/ (copied beside the tests) and the repository's examples.</summary>
internal static class Specs
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", name));

    public static string Example(string name) => Repository.ReadText("examples", name);
}
