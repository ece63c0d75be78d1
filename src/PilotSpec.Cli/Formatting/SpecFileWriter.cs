using System.Text;

namespace PilotSpec.Cli.Formatting;

/// <summary>
/// Replaces a spec file atomically: the new text goes to a temporary file beside it, which
/// is then renamed over the original, so an interrupted run never leaves half a spec. A
/// byte order mark the file had is kept.
/// </summary>
public static class SpecFileWriter
{
    public static void Replace(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: HasByteOrderMark(full)));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"{path}: cannot write the file: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool HasByteOrderMark(string path)
    {
        Span<byte> start = stackalloc byte[3];
        using var file = File.OpenRead(path);
        return file.Read(start) == 3 && start.SequenceEqual("\uFEFF"u8);
    }
}
