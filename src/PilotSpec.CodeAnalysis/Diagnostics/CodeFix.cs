using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// A fix offered with a diagnostic (rename to the suggestion, write `points` instead of
/// `%`, add the missing `otherwise:`): text changes in the diagnostic's file, and a title
/// that is localized like the message.
/// </summary>
public sealed class CodeFix
{
    internal CodeFix(string titleKey, ImmutableArray<TextChange> changes, params object[] titleArguments)
    {
        TitleKey = titleKey;
        Changes = changes;
        TitleArguments = titleArguments.ToImmutableArray();
    }

    public static CodeFix Replace(string titleKey, TextSpan span, string newText, params object[] titleArguments) =>
        new(titleKey, ImmutableArray.Create(new TextChange(span, newText)), titleArguments);

    /// <summary>The resource key of the title (`Fix_Rename`), stable for tests and tools.</summary>
    public string TitleKey { get; }

    public ImmutableArray<TextChange> Changes { get; }

    public ImmutableArray<object> TitleArguments { get; }

    public string GetTitle(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        return string.Format(culture, DiagnosticResources.GetString(TitleKey, culture), System.Linq.Enumerable.ToArray(TitleArguments));
    }
}
