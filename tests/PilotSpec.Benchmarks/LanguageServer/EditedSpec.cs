using System;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// A generated spec open in the editor, and the place in its middle where the benchmarks
/// type: the `in:` line of a phase half-way down (`        in: r123_wave`). Completion there
/// offers every wave and site of the spec, the longest list the server ever builds.
/// </summary>
public sealed class EditedSpec
{
    public const string Uri = "file:///bench/generated.pilot";

    private EditedSpec(string text, int line, string wave)
    {
        Text = text;
        Line = line;
        Wave = wave;
    }

    public string Text { get; }

    /// <summary>The zero-based line of `in: rN_wave`.</summary>
    public int Line { get; }

    /// <summary>The wave named on that line (`rN_wave`).</summary>
    public string Wave { get; }

    /// <summary>Where the wave's name starts on the line.</summary>
    public int WaveStart => "        in: ".Length;

    /// <summary>Just after the wave's name: where completion is asked while typing it.</summary>
    public int WaveEnd => WaveStart + Wave.Length;

    public static EditedSpec Generate(int lines)
    {
        var text = SpecGenerator.Generate(lines);
        var all = text.Split('\n');
        for (var i = all.Length / 2; i < all.Length; i++)
        {
            if (all[i].StartsWith("        in: r", StringComparison.Ordinal) && all[i].EndsWith("_wave", StringComparison.Ordinal))
            {
                return new EditedSpec(text, i, all[i].Substring("        in: ".Length));
            }
        }

        throw new InvalidOperationException("The generated spec has no `in: rN_wave` line in its second half.");
    }
}
