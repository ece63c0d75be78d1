using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>What the emitters write of a kind of symbol: the first of each name (a duplicate is an error the spec reports).</summary>
internal static class EmittedSymbols
{
    /// <summary>The first symbol of each name, in order; the array itself when the names are distinct (the usual case, at no cost but a set).</summary>
    public static ImmutableArray<T> FirstOfEachName<T>(ImmutableArray<T> symbols)
        where T : Symbol
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<T>(symbols.Length);
        foreach (var symbol in symbols)
        {
            if (seen.Add(symbol.Name))
            {
                builder.Add(symbol);
            }
        }

        return builder.Count == symbols.Length ? symbols : builder.ToImmutable();
    }
}
