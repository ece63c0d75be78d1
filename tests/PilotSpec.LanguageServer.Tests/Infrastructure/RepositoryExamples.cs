namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The real examples/*.pilot of the repository (found by walking up to PilotSpec.sln), read at
/// run time: a new example is covered by the snapshot tests without touching them.
/// </summary>
public static class RepositoryExamples
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "examples");

    /// <summary>File names of examples/*.pilot in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = Directory.EnumerateFiles(Folder, "*.pilot")
        .Select(path => Path.GetFileName(path))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>The example's real file: URI, so its imports and pilotspec.json resolve as in an editor.</summary>
    public static string Uri(string name) => new Uri(Path.Combine(Folder, name)).AbsoluteUri;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PilotSpec.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PilotSpec.sln.");
    }
}
