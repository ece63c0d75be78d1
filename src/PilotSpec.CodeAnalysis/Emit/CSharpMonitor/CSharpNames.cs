using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Turns spec names into C# identifiers: <c>clearance_rate</c> becomes <c>ClearanceRate</c>,
/// <c>东城区</c> stays <c>东城区</c> (C# identifiers may be Chinese). Characters C# does not
/// accept become <c>_</c> (a character outside the Basic Multilingual Plane becomes
/// <c>U</c> and its code point, since Roslyn reads identifiers one UTF-16 unit at a time),
/// format characters are dropped (C# ignores them when comparing names), and keywords get
/// an <c>@</c>. The result is always a valid identifier, checked with Roslyn's own rules.
/// </summary>
internal static class CSharpNames
{
    /// <summary>A valid C# identifier in PascalCase for <paramref name="specName"/>; never empty.</summary>
    public static string Identifier(string specName)
    {
        var builder = new StringBuilder(specName.Length);
        var upperNext = true;
        for (var i = 0; i < specName.Length; i++)
        {
            var c = specName[i];
            if (char.IsHighSurrogate(c) && i + 1 < specName.Length && char.IsLowSurrogate(specName[i + 1]))
            {
                builder.Append('U').Append(char.ConvertToUtf32(c, specName[i + 1]).ToString("X", CultureInfo.InvariantCulture));
                i++;
                upperNext = false;
                continue;
            }

            if (c == '_')
            {
                // `clearance_rate` -> ClearanceRate; a `_` that is not between words stays.
                if (builder.Length == 0 || i + 1 >= specName.Length || specName[i + 1] == '_')
                {
                    builder.Append('_');
                }

                upperNext = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (!SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                builder.Append('_');
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var name = builder.ToString();
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = "@" + name;
        }

        if (!SyntaxFacts.IsValidIdentifier(name.TrimStart('@')))
        {
            throw new InvalidOperationException($"'{name}' is not a valid C# identifier."); // a bug here, not in the spec
        }

        return name;
    }

    /// <summary>A dotted namespace name, checked part by part.</summary>
    public static string Namespace(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A namespace needs a name.", nameof(name));
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                throw new ArgumentException($"'{name}' is not a valid C# namespace.", nameof(name));
            }
        }

        return name;
    }
}

/// <summary>
/// The names of one C# scope (a class's members): each spec name gets a distinct identifier,
/// and none takes a reserved name (the class's own name, the members every object has, the
/// helper types the scope refers to). A clash gets a numeric suffix: <c>Class_2</c>.
/// </summary>
internal sealed class CSharpNameScope
{
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CSharpNameScope(params string[] reserved)
    {
        foreach (var name in ObjectMembers)
        {
            _used.Add(name);
        }

        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    /// <summary>A new identifier for <paramref name="specName"/>, after <paramref name="prefix"/> if given.</summary>
    public string Add(string specName, string prefix = "")
    {
        var identifier = CSharpNames.Identifier(specName);
        var bare = prefix + identifier.TrimStart('@');
        var candidate = bare;
        for (var n = 2; _used.Contains(candidate); n++)
        {
            candidate = bare + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        _used.Add(candidate);
        return SyntaxFacts.GetKeywordKind(candidate) != SyntaxKind.None ? "@" + candidate : candidate;
    }
}
