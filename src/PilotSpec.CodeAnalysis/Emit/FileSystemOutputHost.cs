using System;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// Writes into one folder, atomically: each file goes to a temporary file first and is then
/// renamed over the target, so a crash never leaves a half-written schedule or monitor.
/// Names are checked again here: nothing can land outside the folder.
/// </summary>
public sealed class FileSystemOutputHost : IOutputHost
{
    private readonly string _folder;

    public FileSystemOutputHost(string folder)
    {
        _folder = Path.GetFullPath(folder);
    }

    public void WriteFile(string fileName, string content)
    {
        if (fileName != OutputNames.Sanitize(fileName))
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name.", nameof(fileName));
        }

        Directory.CreateDirectory(_folder);
        var target = Path.Combine(_folder, fileName);
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(target)), _folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' would be written outside the output folder.", nameof(fileName));
        }

        var temporary = Path.Combine(_folder, "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (File.Exists(target))
            {
                File.Replace(temporary, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, target);
            }
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
