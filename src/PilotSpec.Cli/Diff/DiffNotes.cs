namespace PilotSpec.Cli.Diff;

/// <summary>Notes about the comparison itself (a spec on one side only, imports read from the working tree).</summary>
public static class DiffNotes
{
    public static string Text(string note, DiffTexts texts)
    {
        var colon = note.IndexOf(':', StringComparison.Ordinal);
        return texts.Get(note[..colon], note[(colon + 1)..]);
    }
}
