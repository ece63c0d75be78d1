using System.CommandLine;
using PilotSpec.CodeAnalysis.Configuration;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc schema schedule|config</c>: print a JSON Schema pilotc ships.</summary>
public static class SchemaCommand
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        ["schedule"] = "schedule.schema.json",
        ["config"] = "pilotspec.config.schema.json",
    };

    public static Command Create(TextWriter output)
    {
        var which = new Argument<string>("SCHEMA")
        {
            Description = "schedule (the <Pilot>.schedule.json that build writes) or config (pilotspec.json).",
            HelpName = "schedule|config",
        };
        which.AcceptOnlyFromAmong("schedule", "config");
        var command = new Command(
            "schema",
            """
            Print the JSON Schema of a file pilotc writes or reads, for editors and validators:
            schedule for <Pilot>.schedule.json, config for pilotspec.json.
            Exit code: 0 printed, 2 unknown or unavailable schema.

            Examples:
              pilotc schema config > pilotspec.config.schema.json
              pilotc schema schedule
            """)
        {
            which,
        };

        command.SetAction(parseResult =>
        {
            var name = parseResult.GetRequiredValue(which);
            var file = Files[name];
            string schema;
            try
            {
                schema = EmbeddedSchemas.Read(file);
            }
            catch (FileNotFoundException)
            {
                throw new ToolFailureException($"the {name} schema ({file}) is not part of this build of pilotc.");
            }

            output.Write(schema);
            if (!schema.EndsWith('\n'))
            {
                output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
