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
        ["evaluation"] = "evaluation.schema.json",
        ["power"] = "power.schema.json",
        ["diff"] = "diff.schema.json",
    };

    public static Command Create(TextWriter output)
    {
        var which = new Argument<string>("SCHEMA")
        {
            Description = "schedule (the <Pilot>.schedule.json that build writes), config (pilotspec.json), evaluation (what evaluate --format json writes) power (what power --format json writes) or diff (what diff --format json writes).",
            HelpName = "schedule|config|evaluation|power|diff",
        };
        which.AcceptOnlyFromAmong("schedule", "config", "evaluation", "power", "diff");
        var command = new Command(
            "schema",
            """
            Print the JSON Schema of a file pilotc writes or reads, for editors and validators:
            schedule for <Pilot>.schedule.json, config for pilotspec.json, evaluation for the
            report of evaluate --format json, power for the diagnosis of power --format json,
            diff for the changes of diff --format json.
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
                schema = name.ToLowerInvariant() is "evaluation" or "power" or "diff" ? ReadOwn(file) : EmbeddedSchemas.Read(file);
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

    // The evaluation, power and diff schemas belong to pilotc (the compiler library writes neither).
    private static string ReadOwn(string file)
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream("PilotSpec.Cli." + file)
            ?? throw new FileNotFoundException(file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
