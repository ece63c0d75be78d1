using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Metrics;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// The monitor of one pilot at a site: records observations into its store, evaluates the
/// spec's evaluations and alerts on any date, and publishes indicator values as metrics.
/// Generated monitors derive from it and add one typed member per site, indicator,
/// evaluation and alert. It holds no global state: two monitors never share data unless
/// they are given the same store.
/// </summary>
public class PilotMonitor
{
    /// <summary>Creates a monitor of <paramref name="definition"/> over <paramref name="store"/> (when null, a new, empty one that refuses indicators and sites that are not the pilot's).</summary>
    public PilotMonitor(PilotDefinition definition, ObservationStore? store = null)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        Store = store ?? new ObservationStore(new ObservationStoreOptions { Pilot = definition });
    }

    /// <summary>The pilot's spec.</summary>
    public PilotDefinition Definition { get; }

    /// <summary>The recorded observations.</summary>
    public ObservationStore Store { get; }

    /// <summary>Records a value; the indicator and site must belong to the pilot.</summary>
    /// <returns>Whether it was new, replaced a value of the same period, or was already recorded.</returns>
    /// <exception cref="ObservationRejectedException">The indicator or site is not the pilot's, the date is after today, or the value is out of range.</exception>
    public RecordOutcome Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        ObservationValidation.CheckMember(Definition, indicator, site, date);
        return Store.Record(indicator, site, date, value);
    }

    /// <summary>The data as it stood at the end of <paramref name="asOf"/>.</summary>
    public EvaluationContext At(DateTime asOf) => new EvaluationContext(Store, asOf, Definition);

    /// <summary>Evaluates <paramref name="evaluation"/> with the data as of <paramref name="asOf"/>.</summary>
    public EvaluationResult Evaluate(EvaluationDefinition evaluation, DateTime asOf)
    {
        if (evaluation is null)
        {
            throw new ArgumentNullException(nameof(evaluation));
        }

        return evaluation.Evaluate(At(asOf));
    }

    /// <summary>Checks every alert with the data as of <paramref name="asOf"/>, in the spec's order.</summary>
    public IReadOnlyList<AlertResult> CheckAlerts(DateTime asOf)
    {
        var context = At(asOf);
        return new ReadOnlyCollection<AlertResult>(Definition.Alerts.Select(a => a.Check(context)).ToArray());
    }

    /// <summary>The alerts that fire with the data as of <paramref name="asOf"/>.</summary>
    public IReadOnlyList<AlertResult> FiredAlerts(DateTime asOf) =>
        new ReadOnlyCollection<AlertResult>(CheckAlerts(asOf).Where(a => a.Fired).ToArray());

    /// <summary>
    /// Starts publishing the latest value and progress of every indicator per site through
    /// <see cref="System.Diagnostics.Metrics"/>, on a meter named
    /// <c>PilotSpec.&lt;Pilot&gt;</c>; dispose the result to stop.
    /// </summary>
    /// <param name="meterFactory">The host's meter factory (dependency injection); null for a meter of its own.</param>
    public PilotMetrics PublishMetrics(IMeterFactory? meterFactory = null) => new PilotMetrics(this, meterFactory);
}
