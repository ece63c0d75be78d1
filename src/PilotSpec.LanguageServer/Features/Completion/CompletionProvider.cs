using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Hover;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>
/// Completion that knows where it is: declaration keywords and snippets where a member may
/// start, the properties the enclosing declaration takes (PropertyCatalog), and after
/// `name:` the values that property takes: indicators in criteria, sites and waves in
/// `in:`, phases after `after:` and `end of`, and the closed vocabularies.
/// </summary>
public static class CompletionProvider
{
    private static readonly HashSet<(SymbolKind, string)> Conditions = new()
    {
        (SymbolKind.Evaluation, "require"), (SymbolKind.Alert, "when"), (SymbolKind.Phase, "entry"), (SymbolKind.Phase, "exit"), (SymbolKind.Indicator, "formula"),
    };

    /// <summary>
    /// Completion in <paramref name="document"/> (its newest text and tokens, never its tree:
    /// right after a keystroke that would wait for a parse of the new text), offering
    /// <paramref name="symbols"/>: the symbols of a bound version of this document that may be
    /// an earlier one, so that a request right after a keystroke costs a lex, not a parse and
    /// a bind (see BoundSymbols). <paramref name="describer"/>, the analysis the symbols come from
    /// when it is this version's, documents short lists in place; otherwise every item leaves
    /// its documentation to completionItem/resolve, which reads this version.
    /// </summary>
    public static CompletionList Complete(OpenDocument document, Text.LineIndex lineIndex, ServerSession session, SymbolCatalog symbols, DocumentAnalysis? describer, Position position, CancellationToken cancellationToken)
    {
        var caret = lineIndex.ToOffset(position);
        var site = CompletionSiteFinder.Find(document.Lexemes, caret);
        cancellationToken.ThrowIfCancellationRequested();
        var items = new ItemBuilder(document, lineIndex, session, symbols, describer, site);
        switch (site.Place)
        {
            case CompletionPlace.MemberStart:
                MemberStart(site, items);
                break;
            case CompletionPlace.PropertyValue:
                PropertyValue(site, items);
                break;
            case CompletionPlace.DeclarationHeader:
                Header(site, items);
                break;
        }

        return Trim(items, document.Text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(site.ReplaceStart, site.Caret - site.ReplaceStart)));
    }

    /// <summary>
    /// The most items one answer carries. A spec with thousands of sites would otherwise send
    /// a megabyte per keystroke; past this many, the list holds only the items the typed word
    /// can still become, at most this many, and says it is incomplete so that the editor asks
    /// again as the word grows.
    /// </summary>
    public const int MaxItems = 500;

    private static CompletionList Trim(ItemBuilder items, string typed)
    {
        var candidates = items.Candidates;
        if (candidates.Count <= MaxItems)
        {
            return new CompletionList(false, candidates.Select(items.Build).ToArray());
        }

        // A subsequence match, ignoring case: every item an editor's fuzzy filter keeps for this
        // word. Only the kept items are built: a national rollout has thousands of sites.
        var kept = candidates
            .Where(candidate => IsSubsequence(typed, candidate.Label))
            .OrderBy(candidate => candidate, CandidateOrder.Instance)
            .Take(MaxItems + 1)
            .Select(items.Build)
            .ToArray();
        return kept.Length <= MaxItems ? new CompletionList(false, kept) : new CompletionList(true, kept[..MaxItems]);
    }

    private static bool IsSubsequence(string typed, string label)
    {
        var next = 0;
        foreach (var c in label)
        {
            if (next < typed.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(typed[next]))
            {
                next++;
            }
        }

        return next == typed.Length;
    }

    /// <summary>
    /// Above this many symbols, items carry no documentation: describing every site of a
    /// national rollout (its waves and its dates in every phase) would cost seconds and
    /// megabytes for a list the writer reads one line of. The client asks for the
    /// documentation of the item it shows (completionItem/resolve).
    /// </summary>
    public const int MaxDocumentedSymbols = 200;

    /// <summary>completionItem/resolve: the documentation of the symbol an item names, found again by its key.</summary>
    public static CompletionItem Resolve(DocumentAnalysis analysis, CompletionItem item, CompletionItemData data)
    {
        // The list may have come from an earlier version (see BoundSymbols), where the
        // symbol started elsewhere: then the name in the same file finds it.
        var symbol = SymbolLookup.FindSame(analysis, (data.Path, data.Start, data.Name))
            ?? analysis.Compilation.Program.Table.Symbols.FirstOrDefault(s => s.Name == data.Name && s.Location.FilePath == data.Path);
        return symbol is null
            ? item
            : item with { Documentation = new MarkupContent(MarkupKind.Markdown, SymbolDescriber.Describe(symbol, analysis)) };
    }

    private static void MemberStart(CompletionSite site, ItemBuilder items)
    {
        if (site.Container is { } kind)
        {
            foreach (var property in PropertyCatalog.For(kind))
            {
                if (property.Repeatable || !site.ExistingProperties.Contains(property.Name))
                {
                    items.Property(property.Name, kind);
                }
            }
        }

        foreach (var declaration in DeclarationSnippets.AllowedIn(site.Container, site.ContainerKnown))
        {
            items.Declaration(declaration);
        }

        if (site.Container is null)
        {
            items.Keyword("import", "import \"${1:file.pilot}\"");
        }
    }

    private static void PropertyValue(CompletionSite site, ItemBuilder items)
    {
        var name = site.PropertyName!;
        var kind = site.Container;
        var previous = site.Previous!.Value;
        var beforePrevious = site.BeforePrevious;
        switch (previous.Kind)
        {
            case SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.OpenBracketToken:
                if (IsCondition(kind, name))
                {
                    ConditionOperand(items, afterWhen: false);
                }
                else
                {
                    ValueStart(kind, name, items);
                }

                return;
            case SyntaxKind.WhenKeyword:
                ConditionOperand(items, afterWhen: name == "decide");
                return;
            case SyntaxKind.AgainstKeyword:
                items.Symbols(SymbolKind.Wave, SymbolKind.Site);
                return;
            case SyntaxKind.FromKeyword:
            case SyntaxKind.ByKeyword when name is "measured" or "method":
                items.Symbols(SymbolKind.Stakeholder);
                return;
            case SyntaxKind.DotToken when beforePrevious is { Kind: SyntaxKind.IdentifierToken }:
                foreach (var member in Vocabulary.IndicatorMembers)
                {
                    items.Word(member, CompletionItemKind.Field, "indicator value");
                }

                // `.grade` only where it binds: on an indicator with `grades:` (PS0607 otherwise).
                if (items.MayHaveGrades(beforePrevious.Value.Text))
                {
                    items.Word("grade", CompletionItemKind.Field, "indicator grade");
                }

                return;
            case SyntaxKind.OpenParenToken or SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword:
            case var op when SyntaxFacts.IsComparisonOperator(op):
                ConditionOperand(items, afterWhen: name == "decide" && site.Statement.Any(l => l.Is(SyntaxKind.WhenKeyword)));
                return;
            case SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.StarToken or SyntaxKind.SlashToken:
                if (IsCondition(kind, name) || name == "formula")
                {
                    items.Symbols(SymbolKind.Indicator);
                }

                return;
            case SyntaxKind.ConsecutiveKeyword:
                foreach (var period in Vocabulary.Periods)
                {
                    items.Word(period, CompletionItemKind.Unit, "period");
                }

                return;
        }

        if (Expression(site, items))
        {
            return;
        }

        AfterValue(kind, name, items);
    }

    /// <summary>The parts of expressions that read the same in any property or header: quantifiers, `end of`, `all met`.</summary>
    private static bool Expression(CompletionSite site, ItemBuilder items)
    {
        var previous = site.Previous!.Value;
        var beforePrevious = site.BeforePrevious;
        switch (previous.Kind)
        {
            case SyntaxKind.AtKeyword when site.Place == CompletionPlace.DeclarationHeader:
                items.Word("end of", CompletionItemKind.Keyword, "the last day of a phase");
                items.Word("start of", CompletionItemKind.Keyword, "the first day of a phase");
                return true;
            case SyntaxKind.AtKeyword:
                items.Word("all sites", CompletionItemKind.Keyword, "every pilot site");
                items.Word("any site", CompletionItemKind.Keyword, "at least one site");
                items.Symbols(SymbolKind.Site);
                return true;
            case SyntaxKind.InKeyword:
                items.Symbols(SymbolKind.Wave);
                return true;
            case SyntaxKind.StartKeyword or SyntaxKind.EndKeyword:
                items.Word("of", CompletionItemKind.Keyword, null);
                return true;
            case SyntaxKind.OfKeyword when beforePrevious is { Kind: SyntaxKind.StartKeyword or SyntaxKind.EndKeyword }:
                items.Symbols(SymbolKind.Phase);
                return true;
            case SyntaxKind.OfKeyword:
                items.Word("sites", CompletionItemKind.Keyword, null);
                return true;
            case SyntaxKind.AllKeyword:
                items.Word("met", CompletionItemKind.Keyword, "every criterion met");
                items.Word("sites", CompletionItemKind.Keyword, null);
                return true;
            case SyntaxKind.AnyKeyword when beforePrevious is { Kind: SyntaxKind.AtKeyword }:
                items.Word("site", CompletionItemKind.Keyword, null);
                return true;
            case SyntaxKind.AnyKeyword or SyntaxKind.NoneKeyword:
                items.Word("met", CompletionItemKind.Keyword, null);
                return true;
            default:
                return false;
        }
    }

    private static void Header(CompletionSite site, ItemBuilder items)
    {
        var previous = site.Previous!.Value;
        if (site.HeaderKeyword is SyntaxKind.WaveKeyword or SyntaxKind.GroupKeyword
            && previous.Kind is SyntaxKind.OpenBracketToken or SyntaxKind.CommaToken or SyntaxKind.EqualsToken)
        {
            items.Symbols(SymbolKind.Site);
            return;
        }

        Expression(site, items);
    }

    private static void ValueStart(SymbolKind? kind, string name, ItemBuilder items)
    {
        switch (kind, name)
        {
            case (SymbolKind.Indicator or null, "unit"):
                items.Words(Vocabulary.Units, CompletionItemKind.Unit, "unit");
                break;
            case (SymbolKind.Indicator or null, "better"):
                items.Words(Vocabulary.Directions, CompletionItemKind.EnumMember, "direction");
                break;
            case (SymbolKind.Indicator or null, "measured"):
                items.Words(Vocabulary.Frequencies, CompletionItemKind.EnumMember, "frequency");
                break;
            case (SymbolKind.Indicator or null, "responsible"):
                items.Symbols(SymbolKind.Stakeholder);
                break;
            case (SymbolKind.Goal or null, "measures"):
                items.Symbols(SymbolKind.Indicator);
                break;
            case (SymbolKind.Goal, "parent"):
                items.Symbols(SymbolKind.Goal);
                break;
            case (SymbolKind.Site, "parent"):
                items.Symbols(SymbolKind.Site);
                break;
            case (SymbolKind.Site or null, "level"):
                items.Words(Vocabulary.Levels, CompletionItemKind.EnumMember, "administrative level");
                break;
            case (SymbolKind.Site, "role"):
                items.Words(Vocabulary.SiteRoles, CompletionItemKind.EnumMember, "site role");
                break;
            case (SymbolKind.Stakeholder, "role"):
                items.Words(Vocabulary.StakeholderRoles, CompletionItemKind.EnumMember, "stakeholder role");
                break;
            case (SymbolKind.Wave or null, "sites"):
                items.Symbols(SymbolKind.Site);
                break;
            case (SymbolKind.Phase or null, "in"):
                items.Word("all sites", CompletionItemKind.Keyword, "every site");
                items.Symbols(SymbolKind.Wave, SymbolKind.Site);
                break;
            case (SymbolKind.Phase or null, "after"):
                items.Symbols(SymbolKind.Phase);
                break;
            case (SymbolKind.Alert or null, "severity"):
                items.Words(Vocabulary.Severities, CompletionItemKind.EnumMember, "severity");
                break;
            case (SymbolKind.Alert or null, "notify"):
                items.Word("owner", CompletionItemKind.EnumMember, "the pilot's owner");
                items.Symbols(SymbolKind.Stakeholder);
                break;
            case (SymbolKind.Evaluation or null, "method"):
                items.Words(Vocabulary.Methods, CompletionItemKind.EnumMember, "evaluation method");
                break;
            case (SymbolKind.Evaluation or null, "decide" or "otherwise"):
                items.Words(Vocabulary.Decisions, CompletionItemKind.EnumMember, "decision");
                items.Words(Vocabulary.ChineseDecisions, CompletionItemKind.EnumMember, "decision");
                break;
            case (null, "require" or "when" or "entry" or "exit" or "formula"):
                ConditionOperand(items, afterWhen: false);
                break;
        }
    }

    /// <summary>After a complete value: the clauses and operators that may follow it.</summary>
    private static void AfterValue(SymbolKind? kind, string name, ItemBuilder items)
    {
        if (IsCondition(kind, name) || name == "decide")
        {
            foreach (var word in new[] { "and", "or", "at", "in", "for" })
            {
                items.Word(word, CompletionItemKind.Keyword, null);
            }
        }

        var clauses = name switch
        {
            "baseline" => new[] { "on" },
            "target" => new[] { "by" },
            "measured" => new[] { "from", "by" },
            "method" => new[] { "against", "by" },
            "measures" => new[] { "weight" },
            "decide" => new[] { "when" },
            _ => Array.Empty<string>(),
        };
        foreach (var clause in clauses)
        {
            items.Word(clause, CompletionItemKind.Keyword, null);
        }
    }

    private static void ConditionOperand(ItemBuilder items, bool afterWhen)
    {
        if (afterWhen)
        {
            items.Word("all met", CompletionItemKind.Keyword, "every criterion is met");
            items.Word("any met", CompletionItemKind.Keyword, "at least one criterion is met");
            items.Word("none met", CompletionItemKind.Keyword, "no criterion is met");
        }

        items.Symbols(SymbolKind.Indicator);
        items.Word("not", CompletionItemKind.Keyword, null);
    }

    private static bool IsCondition(SymbolKind? kind, string name) =>
        kind is { } k ? Conditions.Contains((k, name)) : name is "require" or "when" or "entry" or "exit" or "formula";

    /// <summary>An item to offer: built already, or a symbol whose item is built only if the list keeps it.</summary>
    private readonly record struct Candidate(char Rank, string Label, CompletionItem? Item, int SymbolIndex, bool Documented);

    /// <summary>The order of the items' sort texts (their rank, then their label), without building them.</summary>
    private sealed class CandidateOrder : IComparer<Candidate>
    {
        public static CandidateOrder Instance { get; } = new();

        public int Compare(Candidate x, Candidate y) =>
            x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank) : string.CompareOrdinal(x.Label, y.Label);
    }

    /// <summary>Collects items once each, all replacing the word being typed.</summary>
    private sealed class ItemBuilder
    {
        private readonly OpenDocument _document;
        private readonly ServerSession _session;
        private readonly SymbolCatalog _symbols;
        private readonly DocumentAnalysis? _describer;
        private readonly Protocol.Range _replace;
        private const char SymbolRank = '1';
        private readonly List<Candidate> _candidates = new();
        private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

        public ItemBuilder(OpenDocument document, Text.LineIndex lineIndex, ServerSession session, SymbolCatalog symbols, DocumentAnalysis? describer, CompletionSite site)
        {
            _document = document;
            _session = session;
            _symbols = symbols;
            _describer = describer is not null && describer.Symbols == symbols ? describer : null;
            _replace = new Protocol.Range(lineIndex.ToPosition(site.ReplaceStart), lineIndex.ToPosition(site.Caret));
        }

        private bool Snippets => _session.SnippetSupport;

        public void Property(string name, SymbolKind kind) =>
            Add(new CompletionItem
            {
                Label = name,
                Kind = CompletionItemKind.Property,
                Detail = $"{SymbolFacts.KindWord(kind)} property",
                SortText = "0" + name,
                TextEdit = new TextEdit(_replace, name + ": "),
            });

        public void Declaration(SymbolKind kind)
        {
            var word = SymbolFacts.KindWord(kind);
            if (Snippets)
            {
                Add(new CompletionItem
                {
                    Label = word,
                    Kind = CompletionItemKind.Snippet,
                    Detail = $"{word} declaration",
                    SortText = "1" + word,
                    InsertTextFormat = InsertTextFormat.Snippet,
                    TextEdit = new TextEdit(_replace, DeclarationSnippets.For(kind)),
                });
            }
            else
            {
                Word(word, CompletionItemKind.Keyword, $"{word} declaration");
            }
        }

        public void Keyword(string word, string snippet) =>
            Add(new CompletionItem
            {
                Label = word,
                Kind = CompletionItemKind.Keyword,
                SortText = "1" + word,
                InsertTextFormat = Snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                TextEdit = new TextEdit(_replace, Snippets ? snippet : word + " "),
            });

        public void Words(IEnumerable<string> words, CompletionItemKind kind, string detail)
        {
            foreach (var word in words)
            {
                Word(word, kind, detail);
            }
        }

        public void Word(string word, CompletionItemKind kind, string? detail) =>
            Add(new CompletionItem
            {
                Label = word,
                Kind = kind,
                Detail = detail,
                SortText = "2" + word,
                TextEdit = new TextEdit(_replace, word),
            });

        public void Symbols(params SymbolKind[] kinds)
        {
            var all = _symbols.Symbols;
            var offered = new List<int>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < all.Length; i++)
            {
                if (kinds.Contains(all[i].Kind) && names.Add(all[i].Name))
                {
                    offered.Add(i);
                }
            }

            var documented = offered.Count <= MaxDocumentedSymbols;
            foreach (var index in offered)
            {
                if (_labels.Add(all[index].Name))
                {
                    _candidates.Add(new Candidate(SymbolRank, all[index].Name, null, index, documented));
                }
            }
        }

        /// <summary>
        /// Whether `name.grade` may bind: the indicator declares grades, or this version is not
        /// bound yet (then the item is offered and the check tells later).
        /// </summary>
        public bool MayHaveGrades(string name) =>
            _describer is null
            || _describer.Program.Table.Symbols.Any(s => s is IndicatorSymbol { Grades.IsEmpty: false } i && i.Name == name);

        public IReadOnlyList<Candidate> Candidates => _candidates;

        /// <summary>The item a candidate stands for: symbols' items are made only for the candidates kept.</summary>
        public CompletionItem Build(Candidate candidate) => candidate.Item ?? SymbolItem(candidate.SymbolIndex, candidate.Documented);

        // Short lists are documented in place when the symbols are this version's; otherwise
        // the item names its symbol for completionItem/resolve.
        private CompletionItem SymbolItem(int index, bool documented)
        {
            var symbol = _symbols.Symbols[index];
            var described = documented && _describer is not null
                ? SymbolDescriber.Describe(_describer.Program.Table.Symbols[index], _describer)
                : null;
            return new CompletionItem
            {
                Label = symbol.Name,
                Kind = KindOf(symbol.Kind),
                Detail = symbol.KindWord + (symbol.Title is { } title ? $" \"{title}\"" : string.Empty),
                Documentation = described is null ? null : new MarkupContent(MarkupKind.Markdown, described),
                SortText = SymbolRank + symbol.Name,
                TextEdit = new TextEdit(_replace, symbol.Name),
                Data = described is null ? new CompletionItemData(_document.Uri, symbol.FilePath, symbol.Start, symbol.Name) : null,
            };
        }

        private void Add(CompletionItem item)
        {
            if (_labels.Add(item.Label))
            {
                // Every item's sort text is a one-character rank before its label (see CandidateOrder).
                _candidates.Add(new Candidate(item.SortText![0], item.Label, item, -1, false));
            }
        }

        private static CompletionItemKind KindOf(SymbolKind kind) => kind switch
        {
            SymbolKind.Pilot => CompletionItemKind.Module,
            SymbolKind.Goal => CompletionItemKind.Class,
            SymbolKind.Indicator => CompletionItemKind.Variable,
            SymbolKind.Site => CompletionItemKind.Struct,
            SymbolKind.Wave => CompletionItemKind.Enum,
            SymbolKind.Phase => CompletionItemKind.Event,
            SymbolKind.Alert => CompletionItemKind.Interface,
            SymbolKind.Evaluation => CompletionItemKind.Function,
            _ => CompletionItemKind.Reference,
        };
    }
}
