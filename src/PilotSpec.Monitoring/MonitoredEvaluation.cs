using System;

namespace PilotSpec.Monitoring;

/// <summary>One evaluation of a monitor, ready to run on any date.</summary>
public sealed class MonitoredEvaluation
{
    /// <summary>Binds <paramref name="definition"/> to <paramref name="monitor"/>.</summary>
    public MonitoredEvaluation(PilotMonitor monitor, EvaluationDefinition definition)
    {
        Monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
    }

    /// <summary>The monitor.</summary>
    public PilotMonitor Monitor { get; }

    /// <summary>The evaluation's criteria and rules.</summary>
    public EvaluationDefinition Definition { get; }

    /// <summary>Evaluates with the data as of <paramref name="asOf"/> and returns the decision reached.</summary>
    public EvaluationResult Evaluate(DateTime asOf) => Monitor.Evaluate(Definition, asOf);

    /// <summary>Evaluates on the date the spec's schedule gives it.</summary>
    /// <exception cref="InvalidOperationException">The schedule fixes no date for it.</exception>
    public EvaluationResult EvaluateAsScheduled() =>
        Definition.ScheduledDate is { } date
            ? Evaluate(date)
            : throw new InvalidOperationException($"The schedule fixes no date for evaluation {Definition.Name}.");

    /// <inheritdoc/>
    public override string ToString() => Definition.Name;
}

/// <summary>One alert of a monitor, ready to check on any date.</summary>
public sealed class MonitoredAlert
{
    /// <summary>Binds <paramref name="definition"/> to <paramref name="monitor"/>.</summary>
    public MonitoredAlert(PilotMonitor monitor, AlertDefinition definition)
    {
        Monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
    }

    /// <summary>The monitor.</summary>
    public PilotMonitor Monitor { get; }

    /// <summary>The alert's condition and recipients.</summary>
    public AlertDefinition Definition { get; }

    /// <summary>Checks the alert with the data as of <paramref name="asOf"/>.</summary>
    public AlertResult Check(DateTime asOf) => Definition.Check(Monitor.At(asOf));

    /// <inheritdoc/>
    public override string ToString() => Definition.Name;
}
