using System.Text;
using PilotSpec.Cli;

// Output is UTF-8 everywhere, also on consoles whose code page is not: diagnostics quote
// Chinese names and messages. Stdout is buffered and flushed once by Run, because `syntax`
// on a large spec writes many small pieces.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
try
{
    Console.OutputEncoding = utf8;
}
catch (IOException)
{
    // Some redirected Windows handles refuse a code page change; the writers below are UTF-8 anyway.
}

// Deliberately not disposed: Run flushes stdout and reports a failed write; disposing would
// flush what a closed pipe refused once more, this time outside any handler.
var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024);
var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
return PilotcCommandLine.Run(args, output, error);
