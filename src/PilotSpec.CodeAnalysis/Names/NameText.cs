using System;
using System.Text;

namespace PilotSpec.CodeAnalysis.Names;

/// <summary>
/// What a name is, whatever code points spell it: its Unicode NFC form, so `é` typed as one
/// code point (U+00E9) and as `e` + U+0301 is one name, as for Rust, Python and C#'s own
/// identifiers. The syntax tree keeps the text as written; declarations and references are
/// compared, and emitted, in this form.
/// </summary>
public static class NameText
{
    public static string Of(string written)
    {
        try
        {
            return written.IsNormalized(NormalizationForm.FormC) ? written : written.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return written; // a lone surrogate has no normal form; it is reported where it is written
        }
    }
}
