using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.Cli.Checking;

namespace PilotSpec.Cli.Building;

/// <summary>
/// Emits the outputs of checked specs into one folder, all or nothing: every spec's files
/// are made in memory first, so an emitter failure, or two specs that would write the same
/// file, leaves the folder untouched.
/// </summary>
public static class SpecBuilder
{
    /// <summary>The files written, as paths inside <paramref name="outputFolder"/>, in spec order.</summary>
    /// <exception cref="ToolFailureException">Two specs produce the same file, or the folder cannot be written.</exception>
    public static IReadOnlyList<string> Build(IReadOnlyList<CheckedSpec> specs, string outputFolder)
    {
        var files = new List<(string FileName, string Content, string Spec)>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var spec in specs)
        {
            var memory = new InMemoryOutputHost();
            spec.Compilation.Emit(memory);
            foreach (var (fileName, content) in memory.Files)
            {
                // Case-insensitively: on Windows and macOS two such files would be one.
                if (owners.TryGetValue(fileName, out var owner))
                {
                    problems.Add($"{spec.Source.DisplayPath}: its output {fileName} would overwrite the one of {owner}; give the pilots different names.");
                    continue;
                }

                owners[fileName] = spec.Source.DisplayPath;
                files.Add((fileName, content, spec.Source.DisplayPath));
            }
        }

        if (problems.Count > 0)
        {
            throw new ToolFailureException(problems);
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
            var host = new FileSystemOutputHost(outputFolder);
            foreach (var file in files)
            {
                host.WriteFile(file.FileName, file.Content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"{outputFolder}: cannot write the outputs: {e.Message}");
        }

        return files.Select(f => Path.Join(outputFolder, f.FileName)).ToList();
    }
}
