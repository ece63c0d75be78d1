using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>Whole declarations to start from, with the properties each kind usually needs (LSP snippet syntax).</summary>
public static class DeclarationSnippets
{
    private static string Choice(IEnumerable<string> words) => "|" + string.Join(",", words) + "|";

    public static string For(SymbolKind kind) => kind switch
    {
        SymbolKind.Pilot =>
            "pilot ${1:Name} \"${2:Title}\" {\n\towner: \"${3:Owner}\"\n\tproblem: \"${4:The problem the pilot addresses}\"\n\tstart: ${5:2019-03-01}\n\tend: ${6:2021-02-28}\n\t$0\n}",
        SymbolKind.Goal =>
            "goal ${1:Name} \"${2:Title}\" {\n\t$0\n}",
        SymbolKind.Indicator =>
            "indicator ${1:name} \"${2:Title}\" {\n\tunit: ${3:percent}\n\tbetter: ${4" + Choice(Vocabulary.Directions) + "}\n\tbaseline: ${5:62%} on ${6:2018-12-31}\n\ttarget: ${7:+15 points} by ${8:2020-12-31}\n\tmeasured: ${9" + Choice(Vocabulary.Frequencies) + "} from \"${10:source}\"\n}",
        SymbolKind.Site =>
            "site ${1:name} \"${2:Title}\" { level: ${3" + Choice(Vocabulary.Levels) + "}; role: ${4" + Choice(Vocabulary.SiteRoles) + "} }",
        SymbolKind.Wave =>
            "wave ${1:name} = [${2:site}]",
        SymbolKind.Phase =>
            "phase ${1:Name} \"${2:Title}\" {\n\tafter: ${3:Previous}\n\tduration: ${4:3 months}\n\tin: ${5:all sites}\n}",
        SymbolKind.Alert =>
            "alert ${1:name} \"${2:Title}\" {\n\twhen: ${3:indicator} > ${4:value} at any site\n\tnotify: ${5:owner}\n}",
        SymbolKind.Evaluation =>
            "evaluation ${1:name} at end of ${2:Phase} {\n\tmethod: ${3" + Choice(Vocabulary.Methods) + "}\n\trequire: ${4:indicator} >= ${5:target} at all sites\n\tdecide: ${6" + Choice(Vocabulary.Decisions) + "} when all met\n\totherwise: ${7" + Choice(Vocabulary.Decisions) + "}\n}",
        _ =>
            "stakeholder ${1:Name} \"${2:Title}\" {\n\trole: ${3:third_party_evaluator}\n}",
    };

    /// <summary>Which declarations may stand in a block (the binder's placement rule); null is the file level.</summary>
    public static IEnumerable<SymbolKind> AllowedIn(SymbolKind? container, bool known) => (container, known) switch
    {
        (null, true) => Enum.GetValues<SymbolKind>(),
        (null, false) => Enum.GetValues<SymbolKind>(),
        (SymbolKind.Pilot, _) => Enum.GetValues<SymbolKind>().Where(k => k != SymbolKind.Pilot),
        (SymbolKind.Goal, _) => new[] { SymbolKind.Goal, SymbolKind.Indicator },
        (SymbolKind.Site, _) => new[] { SymbolKind.Site },
        _ => Array.Empty<SymbolKind>(),
    };
}
