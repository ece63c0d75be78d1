using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// A site of a pilot: a district, a department, a project. Sites are identified by their
/// code, the name the spec declares (<c>东城区</c>); two sites with the same code are equal.
/// Generated monitors expose each site as a property, so site code never spells a code.
/// </summary>
public sealed class Site : IEquatable<Site>
{
    /// <summary>Creates a site.</summary>
    /// <param name="code">The name the spec declares; not empty.</param>
    /// <param name="title">The human title, if the spec gives one.</param>
    /// <param name="role">Whether the reform runs here or the site is a comparison.</param>
    public Site(string code, string? title = null, SiteRole role = SiteRole.Pilot)
        : this(code, title, role, parent: null, attributes: null)
    {
    }

    /// <summary>Creates a site under a parent (a city of a province), with numeric attributes such as its population.</summary>
    public Site(string code, string? title, SiteRole role, string? parent, IReadOnlyDictionary<string, decimal>? attributes)
    {
        if (string.IsNullOrEmpty(code))
        {
            throw new ArgumentException("A site needs a code.", nameof(code));
        }

        Code = code;
        Title = title;
        Role = role;
        Parent = parent;
        Attributes = new ReadOnlyDictionary<string, decimal>(attributes is null ? new Dictionary<string, decimal>(StringComparer.Ordinal) : attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        _hashCode = StringComparer.Ordinal.GetHashCode(code);
    }

    // Every recorded observation looks its series up by site: the code's hash is computed once.
    private readonly int _hashCode;

    /// <summary>The name the spec declares.</summary>
    public string Code { get; }

    /// <summary>The human title, if the spec gives one.</summary>
    public string? Title { get; }

    /// <summary>Whether the reform runs here or the site is a comparison (control).</summary>
    public SiteRole Role { get; }

    /// <summary>The code of the site this one belongs to (<c>parent:</c>), if any: a roll-up computes a parent's value from its children.</summary>
    public string? Parent { get; }

    /// <summary>Numeric attributes the spec gives the site (<c>population: 820000 people</c>), by name: weights of a weighted roll-up.</summary>
    public IReadOnlyDictionary<string, decimal> Attributes { get; }

    /// <inheritdoc/>
    public bool Equals(Site? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Site);

    /// <inheritdoc/>
    public override int GetHashCode() => _hashCode;

    /// <inheritdoc/>
    public override string ToString() => Code;
}

/// <summary>What a site is for in the pilot.</summary>
public enum SiteRole
{
    /// <summary>The reform runs here (treatment).</summary>
    Pilot,

    /// <summary>The reform does not run here: the site is the yardstick pilot sites are compared with.</summary>
    Comparison,
}
