using System.Globalization;
using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Evaluation;

/// <summary>
/// Checks rows against the pilot's definition and records the good ones in a store, with the
/// store's own rules (one value per indicator, site and measurement period; the later row
/// wins). What it refuses it says, with the file, the line and the reason.
/// </summary>
public sealed class ObservationIntake
{
    private readonly PilotDefinition _pilot;
    private readonly ObservationStore _store;

    /// <summary>The store the accepted rows are recorded in.</summary>
    public ObservationStore Store => _store;
    private readonly IReadOnlySet<string> _computed;
    private readonly List<RefusedRow> _refused = [];

    public ObservationIntake(PilotDefinition pilot, ObservationStore store, IReadOnlySet<string> computedIndicators)
    {
        _pilot = pilot;
        _store = store;
        _computed = computedIndicators;
    }

    /// <summary>Rows recorded so far.</summary>
    public int Accepted { get; private set; }

    /// <summary>Rows refused so far, in file order and, within a file, line order.</summary>
    public IReadOnlyList<RefusedRow> Refused => _refused;

    /// <summary>Reads a file and takes its rows.</summary>
    public void TakeFile(string path)
    {
        var (rows, refused) = ObservationFileReader.Read(path);
        var first = _refused.Count;
        _refused.AddRange(refused);
        foreach (var row in rows)
        {
            Take(row);
        }

        // The reader's refusals and the checks' come in two passes: list them as the file runs.
        var ofFile = _refused.GetRange(first, _refused.Count - first).OrderBy(r => r.Line).ToList();
        _refused.RemoveRange(first, ofFile.Count);
        _refused.AddRange(ofFile);
    }

    /// <summary>Checks one row and records it, or refuses it with the reason.</summary>
    public void Take(ObservationRow row)
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
        var text = IsPercent(indicator) && row.Value.EndsWith('%') ? row.Value[..^1].TrimEnd() : row.Value;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Refuse(row, RowProblem.BadValue, row.Value);
            return;
        }

        try
        {
            _store.Record(indicator, site, date, value);
            Accepted++;
        }
        catch (ObservationRejectedException e)
        {
            if (e.Reason == RejectionReason.FutureDate)
            {
                Refuse(row, RowProblem.FutureDate, row.Date);
            }
            else if (IsPercent(indicator) && (value < 0m || value > 100m))
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

    private static bool IsPercent(IndicatorDefinition indicator) =>
        string.Equals(indicator.Unit, "percent", StringComparison.OrdinalIgnoreCase) || indicator.Unit == "%";

    private void Refuse(ObservationRow row, RowProblem problem, string detail) =>
        _refused.Add(new RefusedRow(row.File, row.Line, problem, detail));
}
