using System.Globalization;

namespace PilotSpec.Cli.Output;

/// <summary>
/// The closing line for a person at a terminal (<c>checked 5 files: 0 errors, 0 warnings</c>, or
/// <c>已检查 5 个文件：0 个错误，0 个警告</c>). It goes to stderr and only when stderr is a
/// terminal: stdout must hold diagnostics and nothing else, and scripts reading stderr should see
/// only real failures. It comes last: the diagnostics on stdout are flushed first, so the line
/// is not printed above them and scrolled away.
/// </summary>
public static class Summary
{
    public static string Format(int files, DiagnosticCounts counts, CultureInfo culture)
    {
        var texts = new ReportTexts("PilotSpec.Cli.Output.UsageTexts", culture);
        string Count(int count, string noun) => texts.Get(count == 1 ? noun + ".One" : noun + ".Many", count);
        return texts.Get("Summary", Count(files, "Files"), Count(counts.Errors, "Errors"), Count(counts.Warnings, "Warnings"));
    }

    public static void WriteIfInteractive(TextWriter output, TextWriter error, int files, DiagnosticCounts counts, CultureInfo culture)
    {
        if (!Console.IsErrorRedirected)
        {
            output.Flush();
            error.WriteLine(Format(files, counts, culture));
        }
    }
}
