using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>The emitters `pilotc build` runs, in order.</summary>
public static class Emitters
{
    public static ImmutableArray<IEmitter> Default { get; } = ImmutableArray.Create<IEmitter>(
        new JsonSchedule.JsonScheduleEmitter(),
        new CSharpMonitor.CSharpMonitorEmitter());
}
