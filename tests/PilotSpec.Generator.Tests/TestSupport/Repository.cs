namespace PilotSpec.Generator.Tests.TestSupport;

/// <summary>Finds files of the repository from the test assembly's folder, so tests use the real examples and projects.</summary>
internal static class Repository
{
    private const string SolutionFile = "PilotSpec.sln";

    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
