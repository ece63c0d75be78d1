using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// A monitoring rule of the spec (<c>alert slow_response { when: ... }</c>), checked
/// whenever the site asks. When its condition is a site quantifier (<c>at any site</c>), the
/// alert also names the sites where the condition holds. Immutable.
/// </summary>
public sealed class AlertDefinition
{
    private static readonly IReadOnlyList<Site> NoSites = new ReadOnlyCollection<Site>(new Site[0]);

    /// <summary>Creates a definition.</summary>
    /// <param name="name">The name the spec declares.</param>
    /// <param name="title">The human title, if any.</param>
    /// <param name="text">The condition as the spec writes it.</param>
    /// <param name="notify">Who is told: <c>owner</c>, stakeholders, or text.</param>
    /// <param name="severity">How serious, if the spec says.</param>
    /// <param name="condition">The whole condition.</param>
    /// <param name="watchedSites">For a quantified condition, the sites it ranges over.</param>
    /// <param name="conditionAtSite">For a quantified condition, the condition at one site.</param>
    public AlertDefinition(
        string name,
        string? title,
        string text,
        IEnumerable<string> notify,
        string? severity,
        Func<EvaluationContext, bool?> condition,
        IEnumerable<Site>? watchedSites = null,
        Func<EvaluationContext, Site, bool?>? conditionAtSite = null)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An alert needs a name.", nameof(name));
        }

        Name = name;
        Title = title;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Notify = new ReadOnlyCollection<string>((notify ?? throw new ArgumentNullException(nameof(notify))).ToArray());
        Severity = severity;
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
        WatchedSites = watchedSites is null ? NoSites : new ReadOnlyCollection<Site>(watchedSites.ToArray());
        ConditionAtSite = conditionAtSite;
    }

    /// <summary>
    /// Creates a definition from the condition's expression, which the engine interprets; a
    /// condition quantified over sites fires at the sites where its per-site condition holds.
    /// </summary>
    public AlertDefinition(string name, string? title, string text, IEnumerable<string> notify, string? severity, Expr expression)
        : this(
            name,
            title,
            text,
            notify,
            severity,
            context => ExprEvaluator.Condition(expression ?? throw new ArgumentNullException(nameof(expression)), context),
            (expression as QuantifiedExpr)?.Sites,
            expression is QuantifiedExpr quantified ? (context, site) => ExprEvaluator.Condition(quantified.Body, context, site) : null)
    {
        Expression = expression;
    }

    /// <summary>The expression, when the alert was built from one.</summary>
    public Expr? Expression { get; }

    /// <summary>The name the spec declares.</summary>
    public string Name { get; }

    /// <summary>The human title, if any.</summary>
    public string? Title { get; }

    /// <summary>The condition as the spec writes it.</summary>
    public string Text { get; }

    /// <summary>Who is told.</summary>
    public IReadOnlyList<string> Notify { get; }

    /// <summary>How serious, if the spec says.</summary>
    public string? Severity { get; }

    /// <summary>The whole condition: the alert fires when it is true.</summary>
    public Func<EvaluationContext, bool?> Condition { get; }

    /// <summary>For a quantified condition, the sites it ranges over; else empty.</summary>
    public IReadOnlyList<Site> WatchedSites { get; }

    /// <summary>For a quantified condition, the condition at one site; else null.</summary>
    public Func<EvaluationContext, Site, bool?>? ConditionAtSite { get; }

    /// <summary>Checks the alert with the data as of <paramref name="context"/>'s date.</summary>
    public AlertResult Check(EvaluationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var state = Condition(context);
        var sites = ConditionAtSite is { } atSite
            ? Quantify.Matching(WatchedSites, site => atSite(context, site))
            : NoSites;
        return new AlertResult(this, context.AsOf, state, sites);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>The state of one alert on one day.</summary>
public sealed class AlertResult
{
    /// <summary>Creates a result.</summary>
    public AlertResult(AlertDefinition alert, DateTime asOf, bool? state, IEnumerable<Site> sites)
    {
        Alert = alert ?? throw new ArgumentNullException(nameof(alert));
        AsOf = asOf;
        State = state;
        Sites = new ReadOnlyCollection<Site>((sites ?? throw new ArgumentNullException(nameof(sites))).ToArray());
    }

    /// <summary>The alert.</summary>
    public AlertDefinition Alert { get; }

    /// <summary>The last day whose data counted.</summary>
    public DateTime AsOf { get; }

    /// <summary>The condition's value: true, false, or unknown (null) while data is missing.</summary>
    public bool? State { get; }

    /// <summary>True when the condition holds: someone must be told.</summary>
    public bool Fired => State == true;

    /// <summary>For a quantified condition, the sites where it holds, in the spec's order.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Alert.Name + ": " + (Fired ? "fired" : State == false ? "quiet" : "unknown") + (Sites.Count > 0 ? " at " + string.Join(", ", Sites.Select(s => s.Code)) : string.Empty);
}
