using System;

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
    {
        if (string.IsNullOrEmpty(code))
        {
            throw new ArgumentException("A site needs a code.", nameof(code));
        }

        Code = code;
        Title = title;
        Role = role;
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
