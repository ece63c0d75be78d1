using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// One group of sites that start a phase together (`all sites`, or one name of `in:`), with
/// its window: <paramref name="Except"/> are the group's sites an earlier step of the same
/// phase brought in already, which keep that step's window.
/// </summary>
public sealed record PhaseStep(DateTime Start, DateTime? End, ImmutableArray<SiteSymbol> Except);
