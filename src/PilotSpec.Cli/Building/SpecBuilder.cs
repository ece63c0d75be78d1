using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.Cli.Checking;

namespace PilotSpec.Cli.Building;

/// <summary>
/// Emits the outputs of checked specs into one folder, all or nothing: file names are
/// checked first (two specs must not write the same file), then every file is streamed to a
/// temporary file and all are renamed into place only when each was written, so an emitter
/// failure leaves the folder untouched. Nothing is held in memory but a write buffer.
/// </summary>
public static class SpecBuilder
{
    /// <summary>The files written, as paths inside <paramref name="outputFolder"/>, in spec order.</summary>
    /// <exception cref="ToolFailureException">Two specs produce the same file, or the folder cannot be written.</exception>
    public static IReadOnlyList<string> Build(IReadOnlyList<CheckedSpec> specs, string outputFolder, BuildTexts texts)
    {
        var files = new List<EmittedFile>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var spec in specs)
        {
            foreach (var file in spec.Compilation.GetOutputs())
            {
                // Case-insensitively: on Windows and macOS two such files would be one.
                if (owners.TryGetValue(file.FileName, out var owner))
                {
                    problems.Add(texts.Get("OutputClash", spec.Source.DisplayPath, file.FileName, owner));
                    continue;
                }

                owners[file.FileName] = spec.Source.DisplayPath;
                files.Add(file);
            }
        }

        if (problems.Count > 0)
        {
            throw new ToolFailureException(problems);
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
            using var host = new FileSystemOutputHost(outputFolder);
            foreach (var file in files)
            {
                host.WriteFile(file.FileName, file.WriteTo);
            }

            host.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException(texts.Get("CannotWrite", outputFolder, e.Message));
        }

        return files.Select(f => Path.Join(outputFolder, f.FileName)).ToList();
    }
}
