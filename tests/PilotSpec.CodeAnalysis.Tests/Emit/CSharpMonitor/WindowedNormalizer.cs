using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

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
/// that chunk with one item of context on each side, the path from the root down to the list
/// (in a long list on the way, the item that holds it and its neighbours), and drops every other
/// list in the tree; it gives the text of the chunk. Long lists inside an item are stubs in its
/// window and get their text from their own windows. The texts are spliced
/// in document order.
/// </para>
/// <para>
/// The emitter no longer normalizes: <see cref="MonitorWriter"/> writes this layout directly.
/// It lives with the tests as the reference they hold monitors with lists of thousands to, where the
/// whole-tree normalization would take minutes.
/// </para>
/// </summary>
internal static class WindowedNormalizer
{
    /// <summary>
    /// Lists longer than this are split. Below it the normalizer's quadratic search costs less than
    /// the windows would (each window carries the path down to its list, and is laid out too):
    /// with 512, generated 2k-line specs (lists of about 700 sites) emitted slower than unsplit.
    /// </summary>
    internal const int DefaultLongList = 1024;

    /// <summary>
    /// How many items of a long list one window holds: the normalizer is still quadratic within a
    /// chunk. 256 allocated least on generated specs of 4k lines (64: 1.3 GB, 128: 1.0 GB, 256: 0.9 GB).
    /// </summary>
    internal const int DefaultChunkSize = 256;

    private const string StubKind = "PilotSpec.WindowedNormalizer.Stub";
    private const string OwnedKind = "PilotSpec.WindowedNormalizer.Owned";

    /// <param name="root">The root of a parsed tree (windows are found by its spans).</param>
    /// <param name="chunkSize">How many items of a long list one window holds; tests make it tiny.</param>
    /// <param name="longList">Lists with more items than this are split into windows.</param>
    public static string Normalize(SyntaxNode root, int chunkSize = DefaultChunkSize, int longList = DefaultLongList)
    {
        var run = new Run(root, chunkSize, longList);
        var text = new StringBuilder(root.FullSpan.Length * 2);
        run.Append(Format(new WindowBuilder(run, target: null, 0, -1).Visit(root)!), text);
        return text.ToString();
    }

    private static SyntaxNode Format(SyntaxNode window) =>
        new MonitorLayout().Visit(window.NormalizeWhitespace(indentation: "    ", eol: "\n"))!;

    /// <summary>One normalization: the tree, the sizes, and the long lists met so far.</summary>
    private sealed class Run
    {
        public Run(SyntaxNode root, int chunkSize, int longList)
        {
            Root = root;
            ChunkSize = chunkSize;
            LongList = longList;
        }

        public SyntaxNode Root { get; }

        public int ChunkSize { get; }

        public int LongList { get; }

        public Dictionary<TextSpan, ListInfo> Lists { get; } = new();

        // The normalized text of a node or token, with each stub list replaced by its real items.
        public void Append(SyntaxNodeOrToken item, StringBuilder text)
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
                        AppendList(span, text);
                    }

                    currentStub = span;
                    continue;
                }

                currentStub = null;
                Append(child, text);
            }
        }

        // The text of every item (and separator) of the long list at `span`, chunk by chunk.
        private void AppendList(TextSpan span, StringBuilder text)
        {
            var (count, parent) = Lists[span];
            for (var first = 0; first < count; first += ChunkSize)
            {
                var last = System.Math.Min(first + ChunkSize, count) - 1;
                var window = Format(new WindowBuilder(this, new Target(span, parent), first, last).Visit(Root)!);
                foreach (var owned in window.GetAnnotatedNodesAndTokens(OwnedKind))
                {
                    Append(owned, text);
                }
            }
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
        private readonly Run _run;
        private readonly Target? _target;
        private readonly int _first;
        private readonly int _last;
        private readonly SyntaxAnnotation _owned = new(OwnedKind);

        public WindowBuilder(Run run, Target? target, int first, int last)
            : base(visitIntoStructuredTrivia: false)
        {
            _run = run;
            _target = target;
            _first = first;
            _last = last;
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
            var isLong = count > _run.LongList;
            if (isLong)
            {
                _run.Lists[span] = new ListInfo(count, item(0).Parent!.FullSpan);
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
            new(new List<int> { 0, count - 1 }, false, null, new SyntaxAnnotation(StubKind, span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));

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
