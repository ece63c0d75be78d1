using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Names that look alike but were different names (#20): `é` as one or two code points is one
/// name (NFC); an invisible character (PS0116) and a name mixing Latin with Cyrillic or Greek
/// (PS0117) are warned about, as Rust and the C# compiler's analyzers do.
/// </summary>
public sealed class NameSafetyTests
{
    private const string Composed = "caf\u00E9";     // é as one code point
    private const string Decomposed = "cafe\u0301"; // e + combining acute accent

    [Fact]
    public void A_name_written_with_a_combining_accent_is_the_name_with_the_composed_letter()
    {
        var spec = CheckedSpec.Compile($$"""
            site {{Composed}} { level: county }
            phase Trial { start: 2024-01-01; duration: 3 months; in: {{Decomposed}} }
            """);

        spec.AssertClean();
        Assert.Equal(Composed, Assert.Single(spec.Compilation.Program.Sites).Name);
    }

    [Fact]
    public void The_two_spellings_declared_twice_are_one_name_declared_twice()
    {
        var spec = CheckedSpec.Compile($$"""
            site {{Composed}} { level: county }
            site {{Decomposed}} { level: county }
            phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }
            """);

        spec.AssertSingle("PS0100", DiagnosticSeverity.Error, line: 2, column: 6,
            $"'{Composed}' is already declared as the site '{Composed}' on line 1; each name may be declared only once.");
    }

    [Fact]
    public void A_bidirectional_control_in_a_comment_is_reported_where_it_is()
    {
        // The override makes the rest of the comment display backwards: "Trojan Source".
        var spec = CheckedSpec.Compile("site A { level: county } // only A \u202E; B nis\n"
            + "phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }\n");

        spec.AssertSingle("PS0116", DiagnosticSeverity.Warning, line: 1, column: 36,
            "The invisible character U+202E is here: it can make the text read differently from what the compiler reads, or a name look like another; remove it (in a string, write it as \\u202E).");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void An_invisible_joiner_inside_a_name_is_reported_once_at_the_name()
    {
        var spec = CheckedSpec.Compile("site a\u200Db { level: county }\n"
            + "phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }\n");

        spec.AssertSingle("PS0116", DiagnosticSeverity.Warning, line: 1, column: 7,
            "The invisible character U+200D is here: it can make the text read differently from what the compiler reads, or a name look like another; remove it (in a string, write it as \\u200D).");
    }

    [Fact]
    public void A_name_with_a_Cyrillic_letter_among_Latin_ones_is_reported_with_the_letter()
    {
        var spec = CheckedSpec.Compile("site c\u0430t { level: county }\n"
            + "phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }\n");

        spec.AssertSingle("PS0117", DiagnosticSeverity.Warning, line: 1, column: 6,
            "The name 'c\u0430t' mixes Latin letters with Cyrillic ones ('\u0430', U+0430), which look alike: it can pass for another name; write it in one script.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_Cyrillic_name_that_looks_like_a_Latin_one_is_reported_on_the_later_naming_the_first()
    {
        // "Аре" is A, р, е in Cyrillic (U+0410 U+0440 U+0435): wholly one script, so not PS0117.
        var spec = CheckedSpec.Compile("site Ape { level: county }\n"
            + "site \u0410\u0440\u0435 { level: county }\n"
            + "phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }\n");

        spec.AssertSingle("PS0118", DiagnosticSeverity.Warning, line: 2, column: 6,
            "The name '\u0410\u0440\u0435' looks like 'Ape', the site declared on line 1: they differ only in letters of other scripts that look the same; rename one.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Names_in_one_script_and_Chinese_with_Latin_are_fine()
    {
        CheckedSpec.Compile("""
            site район { level: county }
            site Ωmega_only_greek_Ω { level: county }
            site GDP增长区 { level: county }
            site 东城区 { level: county }
            phase Trial { start: 2024-01-01; duration: 3 months; in: all sites }
            """).AssertOne("PS0117", DiagnosticSeverity.Warning, line: 2, column: 6,
            "The name 'Ωmega_only_greek_Ω' mixes Latin letters with Greek ones ('Ω', U+03A9), which look alike: it can pass for another name; write it in one script.");
    }
}
