using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// The text of <c>root.NormalizeWhitespace("    ", "\n")</c> followed by <see cref="MonitorLayout"/>,
/// byte for byte, in time linear in the tree. Roslyn's normalizer asks each token for its next
/// token, and that search scans the parent's children from the start: quadratic in a list of
/// thousands of members, statements or array elements (one per site in a big spec).
/// <para>
/// What the normalizer writes around a token depends only on the token, its ancestors, and the
/// tokens just before and after it. So the tree is normalized in small "windows": copies of the
/// whole tree in which every long list keeps only a few items. The <em>stub</em> window keeps the
/// first and last item of each long list (the real neighbours of the tokens around the list) and
/// gives the text of everything outside long lists. For each chunk of a long list, a window keeps
/// that chunk with one item of context on each side (and, in long lists around it, only the
/// item that holds it, with its neighbours); it gives the text of the chunk. Long lists inside an
/// item are stubs in its window and get their text from their own windows. The texts are spliced
/// in document order.
/// </para>
/// </summary>
internal static class WindowedNormalizer
{
    /// <summary>Lists longer than this are split, and split into chunks of this many items.</summary>
    internal const int ChunkSize = 64;

    private const string StubKind = "PilotSpec.WindowedNormalizer.Stub";
    private const string OwnedKind = "PilotSpec.WindowedNormalizer.Owned";

    public static string Normalize(SyntaxNode root)
    {
        var lists = new Dictionary<TextSpan, ListInfo>();
        var text = new StringBuilder(root.FullSpan.Length * 2);
        var stubWindow = Format(new WindowBuilder(target: null, 0, -1, lists).Visit(root)!);
        Append(stubWindow, text, root, lists);
        return text.ToString();
    }

    private static SyntaxNode Format(SyntaxNode window) =>
        new MonitorLayout().Visit(window.NormalizeWhitespace(indentation: "    ", eol: "\n"))!;

    // The text of every item (and separator) of the long list at `span`, chunk by chunk.
    private static void AppendList(TextSpan span, StringBuilder text, SyntaxNode root, Dictionary<TextSpan, ListInfo> lists)
    {
        var (count, parent) = lists[span];
        for (var first = 0; first < count; first += ChunkSize)
        {
            var last = System.Math.Min(first + ChunkSize, count) - 1;
            var window = Format(new WindowBuilder(new Target(span, parent), first, last, lists).Visit(root)!);
            foreach (var owned in window.GetAnnotatedNodesAndTokens(OwnedKind))
            {
                Append(owned, text, root, lists);
            }
        }
    }

    // The normalized text of a node or token, with each stub list replaced by its real items.
    private static void Append(SyntaxNodeOrToken item, StringBuilder text, SyntaxNode root, Dictionary<TextSpan, ListInfo> lists)
    {
        if (item.IsToken || !item.AsNode()!.ContainsAnnotations)
        {
            text.Append(item.ToFullString());
            return;
        }

        TextSpan? currentStub = null;
        foreach (var child in item.ChildNodesAndTokens())
        {
            var stub = StubOf(child);
            if (stub is { } span)
            {
                if (currentStub != span)
                {
                    AppendList(span, text, root, lists);
                }

                currentStub = span;
                continue;
            }

            currentStub = null;
            Append(child, text, root, lists);
        }
    }

    private static TextSpan? StubOf(SyntaxNodeOrToken item)
    {
        foreach (var annotation in item.GetAnnotations(StubKind))
        {
            var parts = annotation.Data!.Split(':');
            return new TextSpan(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        return null;
    }

    /// <summary>A long list: its number of items and the span of the node that holds it.</summary>
    private readonly record struct ListInfo(int Count, TextSpan Parent);

    /// <summary>The long list a window is for: its span and its parent's.</summary>
    private readonly record struct Target(TextSpan Span, TextSpan Parent);

    private sealed record Selection(List<int>? Kept, bool Empty, (int First, int Last)? Owned, SyntaxAnnotation? Stub)
    {
        public static readonly Selection All = new(null, false, null, null);
        public static readonly Selection None = new(null, true, null, null);

        public bool Owns(int index) => Owned is { } o && index >= o.First && index <= o.Last;
    }

    /// <summary>
    /// Copies the tree with each long list cut down (see <see cref="WindowedNormalizer"/>); visits
    /// only the items it keeps, so a window costs its own size, not the tree's.
    /// </summary>
    private sealed class WindowBuilder : CSharpSyntaxRewriter
    {
        private readonly Target? _target;
        private readonly int _first;
        private readonly int _last;
        private readonly Dictionary<TextSpan, ListInfo> _lists;
        private readonly SyntaxAnnotation _owned = new(OwnedKind);

        public WindowBuilder(Target? target, int first, int last, Dictionary<TextSpan, ListInfo> lists)
            : base(visitIntoStructuredTrivia: false)
        {
            _target = target;
            _first = first;
            _last = last;
            _lists = lists;
        }

        public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        {
            var selection = Select(list.FullSpan, list.Count, i => list[i]);
            if (selection.Kept is null)
            {
                return selection.Empty ? default : base.VisitList(list);
            }

            var nodes = new List<TNode>(selection.Kept.Count);
            foreach (var i in selection.Kept)
            {
                nodes.Add(Mark((TNode)Visit(list[i])!, i, selection));
            }

            return SyntaxFactory.List(nodes);
        }

        public override SeparatedSyntaxList<TNode> VisitList<TNode>(SeparatedSyntaxList<TNode> list)
        {
            var selection = Select(list.FullSpan, list.Count, i => list[i]);
            if (selection.Kept is null)
            {
                return selection.Empty ? default : base.VisitList(list);
            }

            var kept = selection.Kept;
            var items = new List<SyntaxNodeOrToken>(kept.Count * 2);
            for (var k = 0; k < kept.Count; k++)
            {
                var i = kept[k];
                items.Add(Mark((TNode)Visit(list[i])!, i, selection));

                // The separator after an item goes with it: between two kept items, or trailing.
                if (k + 1 < kept.Count || (i == list.Count - 1 && list.SeparatorCount == list.Count))
                {
                    items.Add(Mark(list.GetSeparator(i), i, selection));
                }
            }

            return SyntaxFactory.SeparatedList<TNode>(items);
        }

        // Which items of a list the window keeps: all (Kept null, Empty false), none (Empty), or Kept.
        private Selection Select(TextSpan span, int count, System.Func<int, SyntaxNode> item)
        {
            var isLong = count > ChunkSize;
            if (isLong)
            {
                _lists[span] = new ListInfo(count, item(0).Parent!.FullSpan);
            }

            if (_target is not { } target)
            {
                return isLong ? Stub(span, count) : Selection.All;
            }

            if (span == target.Span)
            {
                return new Selection(Range(_first - 1, _last + 1, count), false, (_first, _last), null);
            }

            if (span.Contains(target.Span))
            {
                // On the way down to the target: only the item that holds it (with neighbours) matters.
                if (!isLong)
                {
                    return Selection.All;
                }

                var holder = Holder(target.Span, count, i => item(i).FullSpan);
                return new Selection(Range(holder - 1, holder + 1, count), false, null, null);
            }

            if (target.Parent.Contains(span))
            {
                // In the target's items or its parent: as in the whole tree, long lists as stubs.
                return isLong ? Stub(span, count) : Selection.All;
            }

            // Elsewhere in the tree: nothing here touches the target's tokens, so drop it.
            return Selection.None;
        }

        private static Selection Stub(TextSpan span, int count) =>
            new(new List<int> { 0, count - 1 }, false, null, new SyntaxAnnotation(StubKind, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.Start}:{span.Length}")));

        // The index of the item that holds `target`: items are in document order.
        private static int Holder(TextSpan target, int count, System.Func<int, TextSpan> itemSpan)
        {
            int low = 0, high = count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (itemSpan(middle).Start <= target.Start)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }

        private static List<int> Range(int from, int to, int count)
        {
            var result = new List<int>();
            for (var i = System.Math.Max(from, 0); i <= System.Math.Min(to, count - 1); i++)
            {
                result.Add(i);
            }

            return result;
        }

        private TNode Mark<TNode>(TNode node, int index, Selection selection)
            where TNode : SyntaxNode =>
            selection.Stub is { } stub ? node.WithAdditionalAnnotations(stub)
            : selection.Owns(index) ? node.WithAdditionalAnnotations(_owned)
            : node;

        private SyntaxToken Mark(SyntaxToken token, int index, Selection selection) =>
            selection.Stub is { } stub ? token.WithAdditionalAnnotations(stub)
            : selection.Owns(index) ? token.WithAdditionalAnnotations(_owned)
            : token;
    }
}
