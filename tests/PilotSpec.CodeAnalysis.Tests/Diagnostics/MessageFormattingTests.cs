using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>Rendering a message never throws, in any supported culture, and fills every placeholder.</summary>
public sealed partial class MessageFormattingTests
{
    public static TheoryData<string, string> IdsAndCultures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                foreach (var culture in new[] { "", "en-US", "zh-Hans", "zh-CN", "de-DE" })
                {
                    data.Add(descriptor.Id, culture);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(IdsAndCultures))]
    public void Message_formats_with_plausible_arguments(string id, string cultureName)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var arguments = PlausibleArguments(descriptor);

        var diagnostic = Diagnostic.Create(descriptor, Location(), arguments);
        var message = diagnostic.GetMessage(culture);

        Assert.DoesNotMatch(Placeholder(), message);
        Assert.All(arguments, argument => Assert.Contains(argument.ToString()!, message, StringComparison.Ordinal));
        Assert.StartsWith($"spec.pilot(2,5): {SeverityWord(descriptor.DefaultSeverity)} {id}: ", diagnostic.ToString(culture), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(IdsAndCultures))]
    public void Message_of_a_real_diagnostic_formats(string id, string cultureName)
    {
        // The compiler's own arguments (token descriptions, kind words, dates, units) are
        // rendered in the message's culture: the documented wrong example produces them.
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var wrong = DiagnosticsReference.Load().Sections[id].Wrong.Single();
        var diagnostic = DocumentedExamples.Diagnose(descriptor, wrong).Single(d => d.Id == id);

        var message = diagnostic.GetMessage(CultureInfo.GetCultureInfo(cultureName));

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotMatch(Placeholder(), message);
        Assert.Equal(ArgumentCount(descriptor), diagnostic.Arguments.Length); // no argument dropped or left over
    }

    [Property(MaxTest = 200)]
    public Property Any_argument_text_formats_safely() =>
        Prop.ForAll<NonNull<string>>(text =>
        {
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                var arguments = Enumerable.Repeat<object>(text.Get, ArgumentCount(descriptor)).ToArray();
                var diagnostic = Diagnostic.Create(descriptor, Location(), arguments);

                foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-Hans") })
                {
                    // The messages use plain {n} placeholders and no {{ }} escapes: each is the
                    // text itself, whatever braces, percent signs or $ it holds.
                    var expected = Placeholder().Replace(descriptor.GetMessageFormat(culture), _ => text.Get);
                    Assert.Equal(expected, diagnostic.GetMessage(culture));
                }
            }
        });

    [Fact]
    public void Severity_is_spelled_out_in_the_MSBuild_format()
    {
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.MalformedDate, Location(), "2019-3-1");

        Assert.Equal(
            "spec.pilot(2,5): warning PS0006: '2019-3-1' is not a valid date; write dates as YYYY-MM-DD, for example 2019-03-01.",
            diagnostic.WithSeverity(DiagnosticSeverity.Warning).ToString(CultureInfo.InvariantCulture));
    }

    private static object[] PlausibleArguments(DiagnosticDescriptor descriptor) =>
        // One distinct sample per placeholder of the format, so each can be found in the message.
        Enumerable.Range(0, ArgumentCount(descriptor)).Select(i => (object)$"«sample {i}»").ToArray();

    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static int ArgumentCount(DiagnosticDescriptor descriptor)
    {
        var formats = new[] { descriptor.GetMessageFormat(CultureInfo.InvariantCulture), descriptor.GetMessageFormat(CultureInfo.GetCultureInfo("zh-Hans")) };
        return formats.SelectMany(f => Placeholder().Matches(f)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
    }

    private static SourceLocation Location() =>
        new("spec.pilot", new TextSpan(14, 3), new LinePositionSpan(new LinePosition(1, 4), new LinePosition(1, 7)));

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
