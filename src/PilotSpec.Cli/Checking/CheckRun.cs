using System.Globalization;
using System.Linq;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Checking;

/// <summary>The part check and build share: find the specs, read them, compile them all, apply --warnaserror.</summary>
public static class CheckRun
{
    /// <param name="builtTogether">The specs' outputs go to one site (`build`): pilots of one C# class are an error (PS0115).</param>
    public static (CheckResult Result, DiagnosticReport Report, int FileCount) Run(IEnumerable<string> paths, bool warningsAsErrors, CultureInfo culture, TextWriter error, bool builtTogether = false)
    {
        var inputs = SpecInputResolver.Resolve(paths);
        var sources = SpecFileReader.ReadAll(inputs);
        CheckResult result;
        using (CollectionPause.For(sources.Sum(s => (long)s.Text.Length)))
        using (var progress = ProgressIndicator.ForTerminal(error, sources.Count, "checking"))
        {
            result = new SpecChecker { SpecCompiled = progress.Advance, BuiltTogether = builtTogether }.CheckAll(sources);
        }

        var diagnostics = new SeverityPolicy(warningsAsErrors).Apply(result.Diagnostics);
        return (result, new DiagnosticReport(diagnostics, result.Files, culture), sources.Count);
    }
}
