using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>Adds up counts of observations per indicator and site into a <see cref="StoreContents"/> against a spec.</summary>
internal sealed class ContentsCount(PilotDefinition pilot)
{
    private readonly HashSet<string> _sites = new(StringComparer.Ordinal);
    private long _total;
    private long _outside;

    public void Add(string indicator, string site, long count)
    {
        _total += count;
        if (pilot.FindIndicator(indicator) is null || pilot.FindSite(site) is null)
        {
            _outside += count;
        }
        else
        {
            _sites.Add(site);
        }
    }

    public StoreContents Result => new(_total, _outside, _sites.Count);
}
