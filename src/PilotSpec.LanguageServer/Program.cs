using PilotSpec.LanguageServer.Server;

// pilotls: the PilotSpec language server. Editors start it and speak LSP over stdin/stdout;
// `--stdio` is accepted (and is the only transport); `--version` and `--help` answer and exit.
// The log goes to stderr.
if (args.Any(a => a is "--help" or "-h"))
{
    Console.Out.WriteLine("pilotls [--stdio]: the PilotSpec language server (LSP 3.17 over stdin/stdout). pilotls --version: its version.");
    return 0;
}

// As every tool answers it: an editor's setup checks which server it found.
if (args.Any(a => a is "--version"))
{
    var assembly = typeof(LanguageServerHost).Assembly;
    var version = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
    Console.Out.WriteLine($"pilotls {version}");
    return 0;
}

var unknown = args.Where(a => a != "--stdio").ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"pilotls: unknown option {unknown[0]} (only --stdio is supported)");
    return 2;
}

var options = new LanguageServerOptions { LogWriter = Console.Error };
using var input = Console.OpenStandardInput();
using var output = OpenStandardOutput();
return await LanguageServerHost.RunAsync(input, output, options);

// On Unix, .NET's console stream pretends a write to a closed pipe succeeded (EPIPE is
// swallowed), so a client that stops reading would never be noticed. A plain stream on file
// descriptor 1 reports it as an IOException, which ends the server (ClientOutputStream).
static Stream OpenStandardOutput() =>
    OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
