using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Completion;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>The words completion offers are words the compiler accepts: the vocabularies are repeated in the server, so this keeps them in step.</summary>
public class VocabularyTests
{
    private static IEnumerable<string> CompilerComplaints(string text) =>
        PilotCompilation.Create(new[] { SyntaxTree.ParseText(text, "/vocabulary.pilot") }).GetDiagnostics()
            .Where(d => d.Id is "PS0112" or "PS0113" or "PS0001" or "PS0002")
            .Select(d => d.ToString() + " in: " + text.Split('\n')[d.Location.LineSpan.Start.Line]);

    [Fact]
    public void Every_offered_word_compiles()
    {
        var text = string.Join("\n", new[]
        {
            string.Join("\n", Vocabulary.Directions.Select((w, i) => $"indicator d{i} {{ better: {w} }}")),
            string.Join("\n", Vocabulary.Frequencies.Select((w, i) => $"indicator f{i} {{ measured: {w} from \"x\" }}")),
            string.Join("\n", Vocabulary.Units.Select((w, i) => $"indicator u{i} {{ unit: {w} }}")),
            string.Join("\n", Vocabulary.Methods.Select((w, i) => $"evaluation m{i} at 2020-01-01 {{ method: {w} }}")),
            string.Join("\n", Vocabulary.Decisions.Select((w, i) => $"evaluation e{i} at 2020-01-01 {{ require: d0 > 1; decide: {w} when all met; otherwise: {w} }}")),
            string.Join("\n", Vocabulary.ChineseDecisions.Select((w, i) => $"evaluation c{i} at 2020-01-01 {{ require: d0 > 1; decide: {w} when all met; otherwise: {w} }}")),
            string.Join("\n", Vocabulary.SiteRoles.Select((w, i) => $"site r{i} {{ role: {w}; level: {Vocabulary.Levels[i % Vocabulary.Levels.Count]} }}")),
            string.Join("\n", Vocabulary.Severities.Select((w, i) => $"alert a{i} {{ when: d0 > 1; severity: {w} }}")),
            string.Join("\n", Vocabulary.StakeholderRoles.Select((w, i) => $"stakeholder s{i} {{ role: {w} }}")),
            $"alert members {{ when: {string.Join(" and ", Vocabulary.IndicatorMembers.Select(m => $"d0.{m} > 1"))} }}",
            string.Join("\n", Vocabulary.Periods.Select((p, i) => $"alert p{i} {{ when: d0 > 1 for 2 consecutive {p} }}")),
        });

        Assert.Empty(CompilerComplaints(text));
    }

    [Fact]
    public void A_word_outside_the_vocabularies_is_a_complaint_so_the_test_above_can_fail()
    {
        Assert.NotEmpty(CompilerComplaints("indicator d { better: sideways }\nsite s { role: observer }"));
    }
}
