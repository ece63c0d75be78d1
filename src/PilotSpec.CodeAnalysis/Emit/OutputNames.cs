using System.Text;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// Output file names derived from a pilot's name: `<Pilot>.schedule.json`, `<Pilot>.Monitor.g.cs`.
/// A pilot name is an identifier, but the name is sanitised anyway (defence in depth): only
/// letters, digits and `_` survive, so no spec text can form a path.
/// </summary>
public static class OutputNames
{
    public static string Schedule(string pilotName) => Sanitize(Stem(pilotName) + ".schedule.json");

    public static string Monitor(string pilotName) => Sanitize(Stem(pilotName) + ".Monitor.g.cs");

    public static string Sanitize(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '_');
        }

        var result = builder.ToString().TrimStart('.');
        return result.Length == 0 ? "_" : result;
    }

    private static string Stem(string pilotName)
    {
        var builder = new StringBuilder(pilotName.Length);
        foreach (var c in pilotName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.Length == 0 ? "Pilot" : builder.ToString();
    }
}
