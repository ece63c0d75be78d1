using System.Text;

namespace PilotSpec.Cli.Output;

/// <summary>
/// Writes a report where `--output` says: to stdout, or to a file, replaced atomically so a
/// CI step never uploads half a SARIF file.
/// </summary>
public static class ReportWriter
{
    public static void Write(string? outputFile, TextWriter standardOutput, Action<TextWriter> write)
    {
        if (outputFile is null)
        {
            write(standardOutput);
            return;
        }

        var full = Path.GetFullPath(outputFile);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"{outputFile}: cannot write the report: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
