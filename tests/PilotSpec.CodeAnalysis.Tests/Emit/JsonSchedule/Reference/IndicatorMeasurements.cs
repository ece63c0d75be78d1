using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule.Reference;

/// <summary>One indicator's due dates at every site it is measured at (see <see cref="MeasurementPlan"/>).</summary>
public sealed record IndicatorMeasurements(IndicatorSymbol Indicator, MeasurementFrequency Frequency, ImmutableArray<SiteMeasurements> Sites);
