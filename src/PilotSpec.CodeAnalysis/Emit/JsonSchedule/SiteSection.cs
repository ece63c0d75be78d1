using System;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`sites`: where the pilot runs (and its comparison sites), with their hierarchy and other attributes.</summary>
internal static class SiteSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program)
    {
        json.StartArray("sites");
        foreach (var site in program.Sites)
        {
            json.StartObject();
            json.String("name", site.Name);
            json.String("title", site.Title);
            json.String("level", site.Level);
            json.String("region", site.Region);
            json.String("role", JsonWords.Of(site.Role));
            json.String("parent", site.ParentSite?.Name);
            WriteAttributes(json, site);
            json.EndObject();
        }

        json.EndArray();
    }

    // An array, not an object: attribute names come from the spec, and the order they were
    // written in is kept (the binder holds them in a dictionary, so order by the syntax).
    private static void WriteAttributes(ScheduleJsonWriter json, SiteSymbol site)
    {
        var order = site.Declaration.Properties.Select(p => p.NameToken.Text).ToList();
        json.StartArray("attributes");
        foreach (var attribute in site.Attributes
                     .OrderBy(a => order.IndexOf(a.Key) is var i and >= 0 ? i : int.MaxValue)
                     .ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            json.StartObject();
            json.String("name", attribute.Key);
            json.String("value", SpecText.Normalize(attribute.Value));
            json.EndObject();
        }

        json.EndArray();
    }
}
