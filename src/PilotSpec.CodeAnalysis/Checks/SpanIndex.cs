using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Checks;

/// <summary>
/// Spans in files, sorted, answering "does one of them contain this span?" and "does one of
/// them lie within this span?" in logarithmic time. The checks ask these questions for every
/// site, indicator or name of a spec; scanning all spans each time made them quadratic.
/// </summary>
internal sealed class SpanIndex
{
    private readonly Dictionary<string, File> _byFile = new(StringComparer.Ordinal);

    public SpanIndex(IEnumerable<(string FilePath, TextSpan Span)> spans)
    {
        var lists = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var (path, span) in spans)
        {
            if (!lists.TryGetValue(path, out var list))
            {
                list = new List<TextSpan>();
                lists.Add(path, list);
            }

            list.Add(span);
        }

        foreach (var pair in lists)
        {
            _byFile.Add(pair.Key, new File(pair.Value));
        }
    }

    /// <summary>True when a span of the file contains <paramref name="span"/> (TextSpan.Contains).</summary>
    public bool AnyContaining(string filePath, TextSpan span) =>
        _byFile.TryGetValue(filePath, out var file) && file.AnyContaining(span);

    /// <summary>True when a span of the file lies within <paramref name="span"/>.</summary>
    public bool AnyWithin(string filePath, TextSpan span) =>
        _byFile.TryGetValue(filePath, out var file) && file.AnyWithin(span);

    private sealed class File
    {
        private readonly int[] _starts;

        // The largest end among the spans up to each index, and the smallest from each index on.
        private readonly int[] _maxEndUpTo;
        private readonly int[] _minEndFrom;

        public File(List<TextSpan> spans)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            var count = spans.Count;
            _starts = new int[count];
            _maxEndUpTo = new int[count];
            _minEndFrom = new int[count];
            for (var i = 0; i < count; i++)
            {
                _starts[i] = spans[i].Start;
                _maxEndUpTo[i] = i == 0 ? spans[i].End : Math.Max(_maxEndUpTo[i - 1], spans[i].End);
            }

            for (var i = count - 1; i >= 0; i--)
            {
                _minEndFrom[i] = i == count - 1 ? spans[i].End : Math.Min(_minEndFrom[i + 1], spans[i].End);
            }
        }

        // Some span starts at or before the given one and ends at or after it.
        public bool AnyContaining(TextSpan span)
        {
            var last = FirstStartAfter(span.Start) - 1;
            return last >= 0 && _maxEndUpTo[last] >= span.End;
        }

        // Some span starts at or after the given one and ends at or before its end.
        public bool AnyWithin(TextSpan span)
        {
            var first = FirstStartAtOrAfter(span.Start);
            return first < _starts.Length && _minEndFrom[first] <= span.End;
        }

        private int FirstStartAfter(int position)
        {
            int low = 0, high = _starts.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_starts[middle] <= position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private int FirstStartAtOrAfter(int position)
        {
            int low = 0, high = _starts.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_starts[middle] < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
