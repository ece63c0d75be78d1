using System.Text;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// Builds the formatted text line by line. Trailing whitespace never survives a line break,
/// and the text ends with exactly one line break.
/// </summary>
internal sealed class FormattedTextWriter
{
    /// <summary>The characters the lexer treats as whitespace within a line.</summary>
    public static readonly char[] WhitespaceCharacters = { ' ', '\t', '\f', '\u000B', '\u00A0', '\uFEFF', '\u3000' };

    private readonly StringBuilder _text = new();
    private readonly string _newLine;
    private readonly int _indentSize;

    public FormattedTextWriter(string newLine, int indentSize)
    {
        _newLine = newLine;
        _indentSize = indentSize;
    }

    public bool IsEmpty => _text.Length == 0;

    /// <summary>The indentation level the current line was started with.</summary>
    public int CurrentLineLevel { get; private set; }

    public void Write(string text) => _text.Append(text);

    public void Space() => _text.Append(' ');

    /// <summary>Ends the current line, writes <paramref name="count"/> - 1 blank lines, and indents the new line.</summary>
    public void NewLines(int count, int level)
    {
        TrimTrailingWhitespace();
        for (var i = 0; i < count; i++)
        {
            _text.Append(_newLine);
        }

        _text.Append(' ', level * _indentSize);
        CurrentLineLevel = level;
    }

    public string Finish()
    {
        TrimTrailingWhitespace();
        while (EndsWithLineBreak())
        {
            _text.Length--;
            TrimTrailingWhitespace();
        }

        if (_text.Length > 0)
        {
            _text.Append(_newLine);
        }

        return _text.ToString();
    }

    private bool EndsWithLineBreak() => _text.Length > 0 && FormattingLayout.IsLineBreak(_text[_text.Length - 1]);

    private void TrimTrailingWhitespace()
    {
        while (_text.Length > 0 && System.Array.IndexOf(WhitespaceCharacters, _text[_text.Length - 1]) >= 0)
        {
            _text.Length--;
        }
    }
}
