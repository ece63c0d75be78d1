using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace PilotSpec.Monitoring.PostgreSql.Schema;

/// <summary>One migration: the script that takes the schema from <see cref="Version"/> - 1 to <see cref="Version"/>.</summary>
internal sealed class SchemaScript
{
    public SchemaScript(int version, string name, string sql)
    {
        Version = version;
        Name = name;
        Sql = sql;
    }

    public int Version { get; }

    public string Name { get; }

    public string Sql { get; }
}

/// <summary>
/// The embedded scripts Schema/NNNN_name.sql, in version order. Versions must run 1, 2, 3...
/// without a gap or a repeat: a gap would leave a database at a version no script made.
/// </summary>
internal static class SchemaScripts
{
    private const string Prefix = "PilotSpec.Monitoring.PostgreSql.Schema.";

    public static IReadOnlyList<SchemaScript> All { get; } = Read(typeof(SchemaScripts).Assembly);

    internal static IReadOnlyList<SchemaScript> Read(Assembly assembly)
    {
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource.Substring(Prefix.Length);
            var underscore = name.IndexOf('_');
            if (underscore <= 0 || !int.TryParse(name.Substring(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"The schema script {name} is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new SchemaScript(version, name, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"The schema scripts must be numbered 1, 2, 3... without gaps or repeats; found {string.Join(", ", scripts.Select(s => s.Name))}.");
            }
        }

        return scripts.AsReadOnly();
    }
}
