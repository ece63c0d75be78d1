using System.CommandLine.Parsing;

namespace PilotSpec.Cli.Commands;

/// <summary>
/// System.CommandLine hands a mistyped option (<c>--warnaserorr</c>) to a path argument, which
/// would then fail as "no such file". Name it as the usage error it is, unless a file or folder
/// of that name really exists (<c>./-odd.pilot</c> also always works).
/// </summary>
public static class UnknownOptionValidator
{
    public static void Reject(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.StartsWith('-') && value.Length > 1 && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        }
    }
}
