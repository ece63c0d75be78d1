namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>Document URIs for tests: file: URIs in a folder that exists, so imports resolve the way they would on disk.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pilotls-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Uri(string fileName) => new Uri(System.IO.Path.Combine(Path, fileName)).AbsoluteUri;

    public string Write(string fileName, string text)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public static class TestUris
{
    private static int _next;

    /// <summary>A fresh file: URI in the temp folder (the file need not exist).</summary>
    public static string Fresh(string name = "spec") =>
        new Uri(Path.Combine(Path.GetTempPath(), $"pilotls-{Environment.ProcessId}-{Interlocked.Increment(ref _next)}-{name}.pilot")).AbsoluteUri;
}
