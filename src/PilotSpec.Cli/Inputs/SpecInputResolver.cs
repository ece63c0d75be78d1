using System.IO.Enumeration;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace PilotSpec.Cli.Inputs;

/// <summary>
/// Turns the paths on the command line into the list of spec files to check: a file is
/// taken as given (whatever its extension, since the user named it), a folder is searched
/// recursively for <c>*.pilot</c>
/// (linked folders inside it are not entered), and a glob pattern (<c>specs/**/*.pilot</c>, quoted
/// so the shell leaves it alone; Windows shells never expand them) names the files it matches.
/// The order is stable on every machine and file system, so output can be compared between runs.
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
            else if (IsPattern(path))
            {
                var found = FindMatches(path);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no file matches the pattern.");
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

    public static bool IsPattern(string path) => path.IndexOfAny(['*', '?']) >= 0;

    /// <summary>
    /// The files a pattern matches, as paths that start with the pattern's literal folder
    /// (<c>specs/**/*.pilot</c> gives <c>specs/a/b.pilot</c>), sorted like a folder's files.
    /// </summary>
    private static List<string> FindMatches(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        var literal = parts.TakeWhile(part => !IsPattern(part)).ToList();
        var baseFolder = literal.Count == 0 ? "" : string.Join('/', literal);
        if (Path.IsPathRooted(pattern) && baseFolder.Length == 0)
        {
            baseFolder = "/";
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(literal.Count)));
        var root = Path.GetFullPath(baseFolder.Length == 0 ? "." : baseFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(match => match.Path)
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => baseFolder.Length == 0 ? relative.Replace('/', Path.DirectorySeparatorChar) : Path.Join(baseFolder, relative.Replace('/', Path.DirectorySeparatorChar)))
            .ToList();
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
