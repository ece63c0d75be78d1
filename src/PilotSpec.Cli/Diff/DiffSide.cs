using System.Text;
using PilotSpec.Cli.Inputs;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Diff;

/// <summary>
/// One side of a diff: a spec file, a folder of specs, or a spec at a git revision
/// (`HEAD~3:specs/reform.pilot`, or a folder at a revision), each spec under a key that pairs it
/// with its counterpart on the other side (its path inside the folder).
/// </summary>
public sealed record DiffSide(string Name, IReadOnlyList<(string Key, SpecSource Source)> Specs, bool FromRevision)
{
    /// <summary>Reads <paramref name="argument"/>: a path that exists is read from disk; otherwise `REVISION:PATH` through `git`.</summary>
    /// <exception cref="ToolFailureException">Nothing of that name exists, or git cannot give it.</exception>
    public static DiffSide Read(string argument)
    {
        if (File.Exists(argument))
        {
            return new DiffSide(argument, [(Path.GetFileName(argument), SpecFileReader.ReadAll(SpecInputResolver.Resolve([argument]))[0])], false);
        }

        if (Directory.Exists(argument))
        {
            var specs = SpecFileReader.ReadAll(SpecInputResolver.Resolve([argument]));
            return new DiffSide(argument, [.. specs.Select(s => (Key(Path.GetRelativePath(argument, s.DisplayPath)), s))], false);
        }

        // A revision: `REV:path`, the colon not that of a Windows drive (`C:\...`).
        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        if (colon > 1 || (colon == 1 && argument.Length > 2 && argument[2] is not ('\\' or '/')))
        {
            return FromGit(argument, argument[..colon], argument[(colon + 1)..]);
        }

        throw new ToolFailureException($"{argument}: no such file or folder, and not a git revision (REVISION:PATH).");
    }

    private static DiffSide FromGit(string argument, string revision, string path)
    {
        var folder = Directory.GetCurrentDirectory();
        var relative = path.Length == 0 ? "." : path;
        var files = Encoding.UTF8.GetString(Git(argument, GitRevision.List(folder, revision, relative))).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var specs = files.Where(f => f.EndsWith(SpecInputResolver.SpecFileExtension, StringComparison.Ordinal)).ToList();
        if (specs.Count == 0)
        {
            throw new ToolFailureException($"{argument}: git has no {SpecInputResolver.SpecFileExtension} file there at {revision}.");
        }

        var single = specs.Count == 1 && files.Length == 1 && string.Equals(Key(specs[0]), Key(relative), StringComparison.Ordinal);
        var sources = new List<(string, SpecSource)>();
        foreach (var file in specs)
        {
            // The bytes as stored: a file that is not UTF-8 is refused as it is from disk.
            var bytes = Git(argument, GitRevision.Show(folder, revision, file));
            var display = $"{revision}:{file}";
            if (!SpecFileReader.TryDecode(display, bytes, out var source, out var problem))
            {
                throw new ToolFailureException(problem);
            }

            sources.Add((single ? Path.GetFileName(file) : Key(Path.GetRelativePath(relative, file)), source));
        }

        return new DiffSide(argument, sources, true);
    }

    // Paths compare with forward slashes, whatever the platform wrote.
    private static string Key(string path) => path.Replace('\\', '/');

    private static byte[] Git(string argument, GitResult result) =>
        result.Output ?? throw new ToolFailureException($"{argument}: {result.Error}");
}
