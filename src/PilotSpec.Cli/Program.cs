using System.Text;
using PilotSpec.Cli;

// pilotc reads its sockets (a PostgreSQL store) synchronously, on one thread. By default .NET
// hands every "data arrived" event of a socket to a thread-pool thread, which wakes the reader
// and then spins looking for more work: reading 9 million observations from PostgreSQL spent
// about 4 s of CPU in those spins (strace: 218,000 sched_yield calls), a third of the command's.
// Completing the events on the runtime's event thread instead is the runtime's own option for
// such programs; it is read from the environment only, once, before the first socket. pilotc
// starts no other process that would inherit it. A value the user set wins.
if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") is null)
{
    Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
}

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
