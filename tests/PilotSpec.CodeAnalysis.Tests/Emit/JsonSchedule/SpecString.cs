using System.Globalization;
using System.Text;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>Writes any C# string as a spec string literal, escaping what the spec language requires.</summary>
internal static class SpecString
{
    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
