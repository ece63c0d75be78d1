using System.Globalization;
using Npgsql;
using PilotSpec.Monitoring;
using PilotSpec.Monitoring.PostgreSql;

// pg-journal-writer shared <writer> <count>: records count observations, alternating between
//   the shared site "S" (day n % 5, a key every writer writes) and the writer's own site "W<writer>"
//   (day n, a key only it writes), each with the value writer * 1000000 + n, so that every value
//   names its writer and step. Prints "ack <site> <day> <value>" only after Record returned, i.e.
//   after the commit.
// pg-journal-writer forever <writer>: records day 0, 1, 2, ... at its own site until killed,
//   printing the same acknowledgements.
// The connection string comes from the environment (PILOTSPEC_WRITER_POSTGRES), never the command line.
if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var writer))
{
    Console.Error.WriteLine("usage: pg-journal-writer shared <writer> <count> | forever <writer>");
    return 2;
}

var connection = Environment.GetEnvironmentVariable("PILOTSPEC_WRITER_POSTGRES");
if (string.IsNullOrEmpty(connection))
{
    Console.Error.WriteLine("pg-journal-writer: PILOTSPEC_WRITER_POSTGRES is not set");
    return 2;
}

var pilot = WriterPilot.Definition;
using var dataSource = NpgsqlDataSource.Create(connection);
using var journal = PostgreSqlObservationJournal.Open(dataSource, pilot, new PostgreSqlJournalOptions { Clock = Clocks.Fixed(new DateTime(2100, 1, 1)) });
var indicator = pilot.Indicators[0];
var own = pilot.FindSite("W" + writer.ToString(CultureInfo.InvariantCulture)) ?? throw new InvalidOperationException("no such writer");
var shared = pilot.FindSite("S")!;
var count = args[0] == "shared" && args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : int.MaxValue;
for (var n = 0; n < count; n++)
{
    var site = args[0] == "shared" && n % 2 == 0 ? shared : own;
    var day = site == shared ? n % 5 : n;
    var value = (writer * 1000000m) + n;
    journal.Store.Record(indicator, site, WriterPilot.Start.AddDays(day), value);
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {site.Code} {day} {value}"));
    Console.Out.Flush();
}

return 0;

/// <summary>The pilot the writers record; the tests read with the same one.</summary>
public static class WriterPilot
{
    public static readonly DateTime Start = new DateTime(2000, 1, 1);

    public static PilotDefinition Definition { get; } = new PilotDefinition(
        "Writers",
        null,
        [new Site("S"), new Site("W0"), new Site("W1"), new Site("W2"), new Site("W3")],
        [new IndicatorDefinition("daily", unit: "cases")]);
}
