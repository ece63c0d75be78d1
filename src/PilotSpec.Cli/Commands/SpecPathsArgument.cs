using System.CommandLine;

namespace PilotSpec.Cli.Commands;

/// <summary>The PATH... argument of check, build and format: files, folders and glob patterns.</summary>
public static class SpecPathsArgument
{
    public static Argument<string[]> Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Spec files, folders (searched recursively for *.pilot files), or glob patterns such as 'specs/**/*.pilot'.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(UnknownOptionValidator.Reject);
        return paths;
    }
}
