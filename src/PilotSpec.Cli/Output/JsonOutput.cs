using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PilotSpec.Cli.Output;

/// <summary>Writes JSON by hand with System.Text.Json: indented, and Chinese text left readable rather than \u-escaped.</summary>
public static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string Severity(CodeAnalysis.Diagnostics.DiagnosticSeverity severity) => severity switch
    {
        CodeAnalysis.Diagnostics.DiagnosticSeverity.Error => "error",
        CodeAnalysis.Diagnostics.DiagnosticSeverity.Warning => "warning",
        CodeAnalysis.Diagnostics.DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
