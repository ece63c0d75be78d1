using System.CommandLine;
using System.Text;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Starter;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc new NAME</c>: write a commented starter spec that checks clean.</summary>
public static class NewCommand
{

    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var name = new Argument<string>("NAME")
        {
            Description = "The spec to create: NAME.pilot (a path such as specs/reform works too).",
        };
        name.Validators.Add(UnknownOptionValidator.Reject);
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite the file if it exists.",
        };
        var command = new Command(
            "new",
            """
            Write NAME.pilot: a small, commented starter spec with a pilot, a goal, an indicator,
            a site, a phase and an evaluation, which checks clean. The pilot is named after the
            file (water-reform.pilot declares pilot WaterReform). With --lang zh-Hans (or a Chinese
            culture) the starter is in Chinese: names, titles, units, decisions and comments.
            An existing file is kept unless --force is given. Exit code: 0 written, 2 not written.

            Examples:
              pilotc new water-reform
              pilotc new specs/东城区试点 --lang zh-Hans
            """)
        {
            name,
            force,
        };

        command.SetAction(parseResult =>
        {
            var requested = parseResult.GetRequiredValue(name);
            var path = requested.EndsWith(".pilot", StringComparison.OrdinalIgnoreCase) ? requested : requested + ".pilot";
            var stem = Path.GetFileNameWithoutExtension(path);
            if (stem.Length == 0)
            {
                throw new ToolFailureException($"'{requested}' does not name a file.");
            }

            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                throw new ToolFailureException($"{path}: the file exists already; use --force to overwrite it.");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder))
            {
                throw new ToolFailureException($"{path}: the folder {Path.GetDirectoryName(path)} does not exist.");
            }

            var culture = globalOptions.GetLanguage(parseResult);
            var text = StarterSpec.Create(StarterSpec.PilotNameFrom(stem), Path.GetFileName(path), DateTime.Today, culture);
            try
            {
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolFailureException($"{path}: cannot write the file: {e.Message}");
            }

            output.WriteLine(new ReportTexts("PilotSpec.Cli.Starter.StarterTexts", culture).Get("Wrote", path));
            return ExitCodes.Success;
        });
        return command;
    }
}
