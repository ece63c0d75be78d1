namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// The example specs under examples/, enumerated when the tests run, so that a new example
/// is covered by every example test (snapshots, round trip, SLL) without touching the tests.
/// </summary>
internal static class Examples
{
    /// <summary>Paths relative to examples/, with '/' separators, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = FindNames();

    /// <summary>For [MemberData]: one row per example.</summary>
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

    public static string Read(string name) => File.ReadAllText(Repository.PathOf("examples", name));

    /// <summary>A file name usable as a snapshot name: folders become dots.</summary>
    public static string SnapshotName(string name) => name.Replace('/', '.');

    private static IReadOnlyList<string> FindNames()
    {
        var folder = Repository.PathOf("examples");
        return Directory.EnumerateFiles(folder, "*.pilot", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }
}
