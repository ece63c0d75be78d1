using System.Globalization;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Intake;

/// <summary>
/// Checks rows against the pilot's definition and records the good ones in a sink, with the
/// store's own rules (one value per indicator, site and measurement period; the later row
/// wins). What it refuses it says, with the file, the line and the reason. The same intake
/// feeds <c>pilotc evaluate --observations</c> and <c>pilotc ingest</c>, so a row refused by
/// one is refused by the other.
/// </summary>
public sealed class ObservationIntake
{
    private readonly PilotDefinition _pilot;
    private readonly IReadOnlySet<string> _computed;
    private readonly List<RefusedRow> _refused = [];

    public ObservationIntake(PilotDefinition pilot)
    {
        _pilot = pilot;
        _computed = pilot.Indicators.Where(i => i.Formula is not null).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Rows recorded so far.</summary>
    public int Accepted { get; private set; }

    /// <summary>Rows refused so far, in file order and, within a file, line order.</summary>
    public IReadOnlyList<RefusedRow> Refused => _refused;

    /// <summary>
    /// Reads a file and records its good rows in <paramref name="sink"/> (each file of an ingest
    /// has its own transaction), in line order; returns how many of its rows were refused.
    /// </summary>
    public int TakeFile(string path, IObservationSink sink)
    {
        var first = _refused.Count;
        foreach (var line in ObservationFileReader.Read(path))
        {
            if (line.Refused is { } refused)
            {
                _refused.Add(refused);
            }
            else
            {
                Take(line.Row!, sink);
            }
        }

        return _refused.Count - first;
    }

    /// <summary>Checks one row and records it, or refuses it with the reason.</summary>
    public void Take(ObservationRow row, IObservationSink sink)
    {
        if (_pilot.FindIndicator(row.Indicator) is not { } indicator)
        {
            Refuse(row, RowProblem.UnknownIndicator, row.Indicator);
            return;
        }

        if (_computed.Contains(indicator.Name))
        {
            Refuse(row, RowProblem.Computed, row.Indicator);
            return;
        }

        if (_pilot.FindSite(row.Site) is not { } site)
        {
            Refuse(row, RowProblem.UnknownSite, row.Site);
            return;
        }

        if (!DateTime.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Refuse(row, RowProblem.BadDate, row.Date);
            return;
        }

        // Percentages as numbers of percent (62 for 62%); a trailing % on a percent indicator is the same number.
        var text = indicator.IsPercent && row.Value.EndsWith('%') ? row.Value[..^1].TrimEnd() : row.Value;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Refuse(row, RowProblem.BadValue, row.Value);
            return;
        }

        try
        {
            sink.Record(indicator, site, date, value);
            Accepted++;
        }
        catch (ObservationRejectedException e)
        {
            if (e.Reason == RejectionReason.FutureDate)
            {
                Refuse(row, RowProblem.FutureDate, row.Date);
            }
            else if (indicator.IsPercent && (value < 0m || value > 100m))
            {
                Refuse(row, RowProblem.OutOfRange, row.Value);
            }
            else
            {
                // Beyond the spec's `range:`: say which values it allows.
                _refused.Add(new RefusedRow(row.File, row.Line, RowProblem.OutsideRange, row.Value)
                {
                    Allowed = string.Create(CultureInfo.InvariantCulture, $"{indicator.Lowest} – {indicator.Highest}"),
                });
            }
        }
    }

    private void Refuse(ObservationRow row, RowProblem problem, string detail) =>
        _refused.Add(new RefusedRow(row.File, row.Line, problem, detail));
}
