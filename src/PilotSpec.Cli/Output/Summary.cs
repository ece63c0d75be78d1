namespace PilotSpec.Cli.Output;

/// <summary>
/// The closing line for a person at a terminal (<c>checked 5 files: 0 errors, 0 warnings</c>).
/// It goes to stderr and only when stderr is a terminal: stdout must hold diagnostics and
/// nothing else, and scripts reading stderr should see only real failures.
/// </summary>
public static class Summary
{
    public static string Format(int files, DiagnosticCounts counts) =>
        $"checked {Plural(files, "file")}: {Plural(counts.Errors, "error")}, {Plural(counts.Warnings, "warning")}";

    public static void WriteIfInteractive(TextWriter error, int files, DiagnosticCounts counts)
    {
        if (!Console.IsErrorRedirected)
        {
            error.WriteLine(Format(files, counts));
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
