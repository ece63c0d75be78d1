using System.CommandLine;
using System.Globalization;

namespace PilotSpec.Cli.Output;

/// <summary>
/// Command-line usage errors in the user's language. System.CommandLine's own Chinese strings
/// come with English punctuation tacked on (`未提供必需的命令。.`, `未识别命令或参数“'chek'”.`):
/// the doubled marks are tidied here rather than shown.
/// </summary>
public static class UsageErrors
{

    /// <summary>The language the user asked for with `--lang`, else the culture's; a bad `--lang` value falls back to the culture.</summary>
    public static CultureInfo LanguageOf(ParseResult parseResult)
    {
        try
        {
            return parseResult.GetValue<CultureInfo?>("--lang") ?? CultureInfo.CurrentUICulture;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return CultureInfo.CurrentUICulture;
        }
    }

    /// <summary>The culture named after `--lang` in <paramref name="args"/>, when it names one.</summary>
    public static CultureInfo? RequestedLanguage(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--lang")
            {
                try
                {
                    return CultureInfo.GetCultureInfo(args[i + 1], predefinedOnly: true);
                }
                catch (CultureNotFoundException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>Runs <paramref name="parse"/> with <paramref name="culture"/> as the UI culture, and puts the old one back.</summary>
    public static T ParseIn<T>(CultureInfo? culture, Func<T> parse)
    {
        if (culture is null)
        {
            return parse();
        }

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return parse();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>One failure as pilotc reports it, `pilotc: error: …` or `pilotc：错误：…`, in <paramref name="culture"/>.</summary>
    public static string ErrorLine(string tool, string message, CultureInfo culture) => Format("UsageError", culture, tool, message);

    public static void Write(TextWriter error, string tool, IEnumerable<string> messages, CultureInfo culture, (string Typed, string Command)? suggestion = null)
    {
        foreach (var message in messages)
        {
            error.WriteLine(Format("UsageError", culture, tool, Tidy(message)));
        }

        if (suggestion is { } closest)
        {
            error.WriteLine(Format("DidYouMean", culture, tool, closest.Typed, closest.Command));
        }

        error.WriteLine(Format("SeeHelp", culture, tool));
    }

    /// <summary>
    /// `pilotc chek`: the command closest to a first word that names none (as git and cargo
    /// say it), by the compiler's own edit distance; null when the word is an option, a
    /// command, or near none.
    /// </summary>
    public static (string Typed, string Command)? ClosestCommand(IReadOnlyList<string> args, Command root)
    {
        if (args.Count == 0 || args[0].StartsWith('-') || root.Subcommands.Any(c => c.Name == args[0]))
        {
            return null;
        }

        return CodeAnalysis.Binding.NameSuggester.Suggest(args[0], root.Subcommands.Select(c => c.Name)) is { } command ? (args[0], command) : null;
    }

    /// <summary>`未识别命令或参数“'chek'”.` becomes `未识别命令或参数“chek”。`; English messages are left as they are.</summary>
    public static string Tidy(string message)
    {
        var tidy = message.Replace("“'", "“", StringComparison.Ordinal).Replace("'”", "”", StringComparison.Ordinal);
        if (tidy.EndsWith("。.", StringComparison.Ordinal))
        {
            return tidy[..^1];
        }

        return tidy.EndsWith("”.", StringComparison.Ordinal) ? tidy[..^1] + "。" : tidy;
    }

    private static string Format(string key, CultureInfo culture, params object[] arguments) =>
        new ReportTexts("PilotSpec.Cli.Output.UsageTexts", culture).Get(key, arguments);
}
