namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>The checkout these tests were built from: the nearest folder above them holding PilotSpec.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PilotSpec.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PilotSpec.sln above {AppContext.BaseDirectory}.");
    }
}
