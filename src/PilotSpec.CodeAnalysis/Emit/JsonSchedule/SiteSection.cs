using System;
using System.Collections.Generic;
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
    // written in is kept (the binder holds them in a dictionary, so order by the syntax: each
    // name at its first property, then any other by name). Without a sort per site:
    // a national spec has tens of thousands of sites with one or two attributes each.
    private static void WriteAttributes(ScheduleJsonWriter json, SiteSymbol site)
    {
        var attributes = site.Attributes;
        json.StartArray("attributes");
        if (!attributes.IsEmpty)
        {
            var properties = site.Declaration.Properties.ToList();
            var written = 0;
            for (var i = 0; i < properties.Count; i++)
            {
                var name = properties[i].NameToken.Text;
                if (attributes.TryGetValue(name, out var value) && FirstOf(properties, name) == i)
                {
                    WriteAttribute(json, name, value);
                    written++;
                }
            }

            if (written < attributes.Count)
            {
                foreach (var attribute in attributes.Where(a => FirstOf(properties, a.Key) < 0).OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    WriteAttribute(json, attribute.Key, attribute.Value);
                }
            }
        }

        json.EndArray();
    }

    private static int FirstOf(List<Syntax.PropertySyntax> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].NameToken.Text == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteAttribute(ScheduleJsonWriter json, string name, string value)
    {
        json.StartObject();
        json.String("name", name);
        json.String("value", SpecText.Normalize(value));
        json.EndObject();
    }
}
