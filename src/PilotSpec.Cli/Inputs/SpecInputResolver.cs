using System.IO.Enumeration;

namespace PilotSpec.Cli.Inputs;

/// <summary>
/// Turns the paths on the command line into the list of spec files to check: a file is
/// taken as given (whatever its extension, since the user named it), a folder is searched
/// recursively for <c>*.pilot</c>
/// (linked folders inside it are not entered). The order is stable on every machine and file system,
/// so output can be compared between runs.
/// </summary>
public static class SpecInputResolver
{
    public const string SpecFileExtension = ".pilot";

    /// <summary>The files, in command-line order, each folder's files sorted ordinally by relative path.</summary>
    /// <exception cref="ToolFailureException">A path does not exist or a folder has no spec files (all such problems at once).</exception>
    public static IReadOnlyList<SpecInput> Resolve(IEnumerable<string> paths)
    {
        var inputs = new List<SpecInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();

        void Add(string displayPath)
        {
            var fullPath = Path.GetFullPath(displayPath);
            // `pilotc check a.pilot .` names a.pilot twice; report its diagnostics once.
            if (seen.Add(fullPath))
            {
                inputs.Add(new SpecInput(displayPath, fullPath));
            }
        }

        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = FindSpecFiles(path);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: the folder contains no {SpecFileExtension} files.");
                }

                foreach (var file in found)
                {
                    Add(file);
                }
            }
            else
            {
                problems.Add($"{path}: no such file or folder.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ToolFailureException(problems);
        }

        return inputs;
    }

    private static List<string> FindSpecFiles(string folder)
    {
        var fullFolder = Path.GetFullPath(folder);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Report a folder we cannot enter rather than silently check fewer files.
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
        };
        var files = new FileSystemEnumerable<string>(fullFolder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && entry.FileName.EndsWith(SpecFileExtension, StringComparison.OrdinalIgnoreCase),
            // Like find and git: a linked folder is not entered, so a link to a parent
            // cannot loop and a link elsewhere cannot pull in someone else's specs.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

        // Sort on the path relative to the folder with '/' separators: the same order on
        // Windows and Unix, and independent of the order the file system lists entries in.
        return files
            .Select(file => Path.GetRelativePath(fullFolder, file))
            .OrderBy(relative => relative.Replace('\\', '/'), StringComparer.Ordinal)
            .Select(relative => Path.Join(folder, relative))
            .ToList();
    }
}
