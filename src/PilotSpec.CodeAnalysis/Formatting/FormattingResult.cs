using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>What formatting did to a file.</summary>
public enum FormattingOutcome
{
    /// <summary>The file already has the house style.</summary>
    Unchanged,

    /// <summary><see cref="FormattingResult.Text"/> is the file in the house style.</summary>
    Formatted,

    /// <summary>The file has syntax errors, so it was left exactly as it is.</summary>
    NotFormattedBecauseOfSyntaxErrors,
}

/// <summary>
/// The formatted text of one file, or the original text with the reason it was left alone.
/// </summary>
public sealed class FormattingResult
{
    internal FormattingResult(string originalText, string text, FormattingOutcome outcome, ImmutableArray<Diagnostic> syntaxErrors)
    {
        OriginalText = originalText;
        Text = text;
        Outcome = outcome;
        SyntaxErrors = syntaxErrors;
    }

    public string OriginalText { get; }

    /// <summary>The new text; the original one unless <see cref="Outcome"/> is <see cref="FormattingOutcome.Formatted"/>.</summary>
    public string Text { get; }

    public FormattingOutcome Outcome { get; }

    public bool IsChanged => Outcome == FormattingOutcome.Formatted;

    /// <summary>Why the file was not formatted (empty unless the outcome says so).</summary>
    public ImmutableArray<Diagnostic> SyntaxErrors { get; }

    /// <summary>
    /// The edit that turns the original text into the formatted one: a single change covering
    /// only the stretch between the first and the last character that differ, so an editor
    /// keeps its cursor and undo history sensible. Empty when nothing changed.
    /// </summary>
    public ImmutableArray<TextChange> GetTextChanges()
    {
        if (!IsChanged)
        {
            return ImmutableArray<TextChange>.Empty;
        }

        var prefix = 0;
        var limit = System.Math.Min(OriginalText.Length, Text.Length);
        while (prefix < limit && OriginalText[prefix] == Text[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < limit - prefix && OriginalText[OriginalText.Length - 1 - suffix] == Text[Text.Length - 1 - suffix])
        {
            suffix++;
        }

        // Never split a CRLF or a surrogate pair between the kept and the replaced part.
        while (prefix > 0 && (char.IsHighSurrogate(OriginalText[prefix - 1]) || OriginalText[prefix - 1] == '\r'))
        {
            prefix--;
        }

        while (suffix > 0 && (char.IsLowSurrogate(OriginalText[OriginalText.Length - suffix]) || OriginalText[OriginalText.Length - suffix] == '\n'))
        {
            suffix--;
        }

        var span = TextSpan.FromBounds(prefix, OriginalText.Length - suffix);
        return ImmutableArray.Create(new TextChange(span, Text.Substring(prefix, Text.Length - suffix - prefix)));
    }
}
