using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// The allocation-free literal writer (used for the pilot model's lines) writes exactly the
/// literal Roslyn displays, for every character of the Basic Multilingual Plane, alone and
/// between a quote and a backslash, and for surrogate pairs; a lone half is U+FFFD first, as
/// in the schedule (#20).
/// </summary>
public sealed class CSharpLiteralsTests
{
    [Fact]
    public void Every_BMP_character_is_written_as_Roslyn_displays_it()
    {
        var mismatches = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = "a\"" + (char)c + "\\b";
            if (Written(text) != Displayed(text))
            {
                mismatches.Add(c.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("    \"code\": \"东城区\",")]
    [InlineData("😀 pair")]
    [InlineData("lone \uD800 high")]
    [InlineData("lone \uDC00 low")]
    [InlineData("")]
    [InlineData("{\n  \"format\": \"pilotspec-model\",\n  \"version\": 1")]
    public void Lines_of_the_model_are_written_as_Roslyn_displays_them(string text) =>
        Assert.Equal(Displayed(text), Written(text));

    [Fact]
    public void A_lone_half_is_written_as_U_FFFD()
    {
        Assert.Equal("\"lone \uFFFD high\"", Written("lone \uD800 high"));
        Assert.Equal("\"lone \uFFFD low\"", CSharpLiterals.String("lone \uDC00 low"));
    }

    // Roslyn's display of the text the schedule writes (a lone surrogate as U+FFFD).
    private static string Displayed(string text) =>
        SymbolDisplay.FormatLiteral(PilotSpec.CodeAnalysis.Emit.JsonSchedule.JsonCanonicalText.WithoutLoneSurrogates(text), quote: true);

    private static string Written(string text)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        CSharpLiterals.WriteString(output, text.ToCharArray(), text.Length);
        return output.ToString();
    }
}
