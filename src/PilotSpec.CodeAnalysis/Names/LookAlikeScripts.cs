namespace PilotSpec.CodeAnalysis.Names;

/// <summary>The scripts whose letters pass for Latin ones (Cyrillic `а` for `a`, Greek `ο` for `o`).</summary>
public enum LookAlikeScript
{
    None,
    Latin,
    Cyrillic,
    Greek,
}

/// <summary>
/// Which of the look-alike scripts a letter belongs to, by Unicode block. Chinese and the
/// other scripts mix with Latin in real names (`GDP增长`) and are none of these; Latin mixed
/// with Cyrillic or Greek is what Rust's `mixed_script_confusables` lint flags.
/// </summary>
public static class LookAlikeScripts
{
    public static LookAlikeScript Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => LookAlikeScript.Latin,
        >= '\u00C0' and <= '\u024F' when c is not '\u00D7' and not '\u00F7' => LookAlikeScript.Latin,
        >= '\u1E00' and <= '\u1EFF' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => LookAlikeScript.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => LookAlikeScript.Greek,
        >= '\u0400' and <= '\u052F' or >= '\u1C80' and <= '\u1C8F' or >= '\u2DE0' and <= '\u2DFF' or >= '\uA640' and <= '\uA69F' => LookAlikeScript.Cyrillic,
        _ => LookAlikeScript.None,
    };
}
