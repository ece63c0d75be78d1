namespace PilotSpec.Cli.Output;

/// <summary>The formats of `--format` on check and build.</summary>
public enum DiagnosticFormat
{
    /// <summary>For people: colour, the source line with the span underlined, the help link.</summary>
    Text,

    /// <summary>One line per diagnostic, `path(line,col): error PS0001: message`: what editors and CI logs parse.</summary>
    MsBuild,

    /// <summary>A JSON array, one object per diagnostic, with fixes.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other analysis dashboards.</summary>
    Sarif,
}
