using System;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>When a phase runs at one site. End is null for an open-ended phase (a scale-up).</summary>
public sealed record SiteWindow(Binding.SiteSymbol Site, DateTime Start, DateTime? End, int WaveIndex);
