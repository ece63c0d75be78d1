using System.Collections.Immutable;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Inputs;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.Cli.Diff;

/// <summary>The changes between two sides, spec by spec: each spec paired with the one under the same key on the other side (two single files always pair).</summary>
public sealed record DiffResult(DiffSide Old, DiffSide New, ImmutableArray<SpecChange> Changes, ImmutableArray<string> Notes);

/// <summary>
/// Checks both sides and compares them. A spec with errors is not compared — it does not mean
/// what it says, so neither does a comparison with it — and its errors are the result instead.
/// </summary>
public static class DiffRun
{
    /// <summary>The comparison, or the errors of the specs that have them (with the files, to report them as `check` does).</summary>
    public static (DiffResult? Result, ImmutableArray<Diagnostic> Errors, SourceFiles? Files) Compare(DiffSide old, DiffSide @new, DateTime asOf)
    {
        // Both versions stay alive to the end, as a check's compilation does: a collection in
        // the middle would only copy them (most of the comparison's time on 100k-line specs).
        using var pause = CollectionPause.For(old.Specs.Concat(@new.Specs).Sum(s => (long)s.Source.Text.Length), CollectionPause.CheckBytesPerCharacter);

        // The two sides are checked side by side, on the machine's cores: each is a full check.
        var checking = Task.Run(() => new SpecChecker().CheckAll([.. old.Specs.Select(s => s.Source)]));
        var checkedNew = new SpecChecker().CheckAll([.. @new.Specs.Select(s => s.Source)]);
        var checkedOld = checking.GetAwaiter().GetResult();
        var errors = checkedOld.Diagnostics.Concat(checkedNew.Diagnostics).Where(d => d.IsError).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            // One set of files for the report: both sides' texts (a revision's is not on disk).
            var files = checkedOld.Files;
            foreach (var (_, source) in old.Specs.Concat(@new.Specs))
            {
                files.Add(source.DisplayPath, SourceText.From(source.Text));
            }

            return (null, errors, files);
        }

        var olds = Keyed(old, checkedOld);
        var news = Keyed(@new, checkedNew);
        if (olds.Count == 1 && news.Count == 1)
        {
            // Two files compare with each other whatever their names.
            news = new Dictionary<string, PilotCompilation>(StringComparer.Ordinal) { [olds.Keys.Single()] = news.Values.Single() };
        }

        var changes = ImmutableArray.CreateBuilder<SpecChange>();
        var notes = ImmutableArray.CreateBuilder<string>();
        var empty = PilotCompilation.Create([]);
        foreach (var key in olds.Keys.Union(news.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var before = olds.GetValueOrDefault(key);
            var after = news.GetValueOrDefault(key);
            if (before is null || after is null)
            {
                notes.Add(before is null ? "OnlyNew:" + key : "OnlyOld:" + key);
            }

            changes.AddRange(SpecComparer.Compare(before ?? empty, after ?? empty, asOf));
        }

        foreach (var side in new[] { (old, checkedOld), (@new, checkedNew) }.Where(s => s.Item1.FromRevision))
        {
            foreach (var spec in side.Item2.Specs.Where(s => s.Compilation.SyntaxTrees.Length > s.Compilation.RootTrees.Length))
            {
                notes.Add("ImportsFromWorkingTree:" + spec.Source.DisplayPath);
            }
        }

        return (new DiffResult(old, @new, changes.ToImmutable(), notes.ToImmutable()), [], null);
    }

    private static Dictionary<string, PilotCompilation> Keyed(DiffSide side, CheckResult result) =>
        side.Specs.Zip(result.Specs).ToDictionary(p => p.First.Key, p => p.Second.Compilation, StringComparer.Ordinal);
}
