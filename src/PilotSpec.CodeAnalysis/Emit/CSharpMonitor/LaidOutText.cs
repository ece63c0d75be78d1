using System;
using System.Collections.Generic;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// C# text written in the layout that Roslyn's <c>NormalizeWhitespace("    ", "\n")</c> followed
/// by <see cref="MonitorLayout"/> gives it: four spaces a level, braces on lines of their own,
/// and the arguments of a definition and the elements of its arrays one a line. The monitor
/// used to be normalized after writing, which cost about a microsecond per byte, most of the
/// emit; the tests now hold the written text to the normalized form of itself
/// (MonitorTextLayoutTests). The writer decides where blank lines go: the normalizer puts one
/// after a member that ends with a block and before a nested type. Lines go straight to the
/// destination: a monitor of tens of megabytes is never held whole.
/// </summary>
internal sealed class LaidOutText
{
    private const int Step = 4;

    // The indentations of the depths a monitor has (about six).
    private static readonly string[] Indents = { "", "    ", "        ", "            ", "                ", "                    ", "                        ", "                            " };

    private readonly TextWriter _text;
    private int _depth;

    public LaidOutText(TextWriter text)
    {
        _text = text;
    }

    public void Line(string line)
    {
        _text.Write(Indent(_depth));
        _text.Write(line);
        _text.Write('\n');
    }

    private static string Indent(int depth) => depth < Indents.Length ? Indents[depth] : new string(' ', depth * Step);

    /// <summary>Indents a line and hands over the writer for its text; <see cref="EndLine"/> ends it.</summary>
    public TextWriter BeginLine()
    {
        _text.Write(Indent(_depth));
        return _text;
    }

    public void EndLine() => _text.Write('\n');

    public void BlankLine() => _text.Write('\n');

    /// <summary>A <c>{</c> line; what follows is one level deeper.</summary>
    public void Open()
    {
        Line("{");
        _depth++;
    }

    /// <summary>What follows is one level deeper (for lines written one by one, as an array's).</summary>
    public void Indent() => _depth++;

    /// <summary>Back one level.</summary>
    public void Outdent() => _depth--;

    /// <summary>Back one level, and a <c>}</c> line.</summary>
    public void Close()
    {
        _depth--;
        Line("}");
    }

    /// <summary>
    /// <c>head {</c>, the items one a line, and <c>}</c> followed by <paramref name="after"/>;
    /// <c>head { }</c> when there are none. A trailing comma when the source list has one.
    /// </summary>
    public void ArrayLines(string head, IReadOnlyList<string> items, bool trailingComma = false, string after = "")
    {
        if (items.Count == 0)
        {
            Line(head + " { }" + after);
            return;
        }

        Line(head + " {");
        _depth++;
        for (var i = 0; i < items.Count; i++)
        {
            Line(i < items.Count - 1 || trailingComma ? items[i] + "," : items[i]);
        }

        _depth--;
        Line("}" + after);
    }

    /// <summary><c>head(</c>, then the arguments the returned writer is given, until it is disposed.</summary>
    public CreationWriter Creation(string head)
    {
        Line(head + "(");
        _depth++;
        return new CreationWriter(this);
    }

    /// <summary>
    /// The arguments of a definition, one a line. Each argument is written when the next one
    /// comes, so that the last gets <c>);</c> instead of a comma.
    /// </summary>
    public sealed class CreationWriter : IDisposable
    {
        private readonly LaidOutText _text;
        private (string Head, IReadOnlyList<string>? Items, bool TrailingComma)? _pending;

        public CreationWriter(LaidOutText text) => _text = text;

        /// <summary>An argument on one line: <c>name: "final"</c>.</summary>
        public void Argument(string text) => Next((text, null, false));

        /// <summary>An array argument, its elements one a line: <c>criteria: new Criterion[] { ... }</c>.</summary>
        public void ArrayArgument(string head, IReadOnlyList<string> items, bool trailingComma = false) => Next((head, items, trailingComma));

        public void Dispose()
        {
            Flush(");");
            _text._depth--;
        }

        private void Next((string Head, IReadOnlyList<string>? Items, bool TrailingComma) argument)
        {
            Flush(",");
            _pending = argument;
        }

        private void Flush(string after)
        {
            if (_pending is not { } pending)
            {
                return;
            }

            if (pending.Items is { } items)
            {
                _text.ArrayLines(pending.Head, items, pending.TrailingComma, after);
            }
            else
            {
                _text.Line(pending.Head + after);
            }

            _pending = null;
        }
    }
}
