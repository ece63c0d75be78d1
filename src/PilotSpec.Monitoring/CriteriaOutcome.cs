using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// The outcomes of an evaluation's <c>require:</c> criteria, as decision rules read them:
/// <c>all met</c>, <c>any met</c>, <c>none met</c>, in three-valued logic (a criterion
/// that cannot be judged yet is unknown, and so is a count it could change).
/// </summary>
public sealed class CriteriaOutcome
{
    /// <summary>Wraps the outcomes, in the order of the criteria.</summary>
    public CriteriaOutcome(IEnumerable<bool?> outcomes)
    {
        Outcomes = new ReadOnlyCollection<bool?>((outcomes ?? throw new ArgumentNullException(nameof(outcomes))).ToArray());
    }

    /// <summary>Each criterion's outcome: met (true), not met (false) or unknown (null).</summary>
    public IReadOnlyList<bool?> Outcomes { get; }

    /// <summary><c>all met</c>.</summary>
    public bool? AllMet => Outcomes.Any(o => o == false) ? false : Outcomes.Any(o => o is null) ? null : true;

    /// <summary><c>any met</c>.</summary>
    public bool? AnyMet => Outcomes.Any(o => o == true) ? true : Outcomes.Any(o => o is null) ? null : false;

    /// <summary><c>none met</c>.</summary>
    public bool? NoneMet => !AnyMet;
}
