using System.Text;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>A fresh folder per test for input specs; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pilotc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, with '\n' line ends as given.</summary>
    public string Write(string relativePath, string text) =>
        WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string CreateFolder(string relativePath) =>
        Directory.CreateDirectory(System.IO.Path.Combine(Path, relativePath)).FullName;

    public PilotcResult Pilotc(params string[] args) => Infrastructure.Pilotc.Run(Path, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
