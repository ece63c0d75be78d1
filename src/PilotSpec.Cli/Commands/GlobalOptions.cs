using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PilotSpec.Cli.Commands;

/// <summary>Options that every command accepts, wherever they appear on the command line.</summary>
public sealed class GlobalOptions
{
    public GlobalOptions()
    {
        Language = new Option<CultureInfo>("--lang")
        {
            Description = "The language of diagnostic messages, e.g. en or zh-Hans. Default: the system's UI language.",
            HelpName = "culture",
            Recursive = true,
            DefaultValueFactory = _ => CultureInfo.CurrentUICulture,
            CustomParser = ParseCulture,
        };
    }

    public Option<CultureInfo> Language { get; }

    public CultureInfo GetLanguage(ParseResult parseResult) =>
        parseResult.GetValue(Language) ?? CultureInfo.CurrentUICulture;

    private static CultureInfo? ParseCulture(ArgumentResult result)
    {
        var name = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        try
        {
            // predefinedOnly: a typo such as "zh-Hnas" is a usage error, not a silent fallback to English.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            result.AddError($"'{name}' is not a known language; use for example en or zh-Hans.");
            return null;
        }
    }
}
