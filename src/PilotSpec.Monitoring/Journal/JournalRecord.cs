using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// One observation read from a line of a monitor's journal (<see cref="FileObservationJournal"/>),
/// for tools that gather the sites' journals at the pilot office (<c>pilotc evaluate</c>): the
/// line is checked exactly as a monitor reloading its journal checks it.
/// </summary>
public sealed class JournalRecord
{
    private JournalRecord(long sequence, string indicator, string site, Observation observation)
    {
        Sequence = sequence;
        Indicator = indicator;
        Site = site;
        Observation = observation;
    }

    /// <summary>The line's sequence number in its journal.</summary>
    public long Sequence { get; }

    /// <summary>The indicator's name.</summary>
    public string Indicator { get; }

    /// <summary>The site's code.</summary>
    public string Site { get; }

    /// <summary>The date and value.</summary>
    public Observation Observation { get; }

    /// <summary>Reads one line (without its newline); on failure says what is wrong with it.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out JournalRecord? record, out JournalLineProblem problem, out string detail)
    {
        if (JournalLine.TryParse(line, out var parsed, out problem, out detail))
        {
            record = new JournalRecord(parsed.Sequence, parsed.Indicator, parsed.Site, parsed.Observation);
            return true;
        }

        record = null;
        return false;
    }
}
