using System.CommandLine;

namespace PilotSpec.Cli.Commands;

/// <summary>The <c>--store</c> option every store command shares, with one description.</summary>
public static class StoreOption
{
    public static Option<string?> Create(bool required) => new("--store")
    {
        Description = "The pilot office's store: a file path (embedded, one file, no server), or a PostgreSQL database postgresql://user@host:port/database (the password from PGPASSWORD or a .pgpass file, never in the address). docs/store.md.",
        HelpName = "store",
        Required = required,
    };
}
