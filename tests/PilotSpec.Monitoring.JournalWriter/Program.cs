using System.Globalization;
using PilotSpec.Monitoring;

// journal-writer write <path>: opens the journal and records observation n = 0, 1, 2, ... of
//   one daily series (date 2000-01-01 + n days, value n), continuing after what the file holds;
//   prints "ack n" only after Record(n) returned, i.e. after the journal acknowledged it.
// journal-writer open <path>: tries to open the journal for writing; prints "opened" and waits
//   for its standard input to close, or prints "refused" and exits 3.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: journal-writer write|open <path>");
    return 2;
}

var pilot = CrashPilot.Definition;
var options = new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2100, 1, 1)) };
switch (args[0])
{
    case "write":
        using (var journal = FileObservationJournal.Open(args[1], pilot, options))
        {
            var indicator = pilot.Indicators[0];
            var site = pilot.Sites[0];
            for (var n = journal.Store.Count; ; n++)
            {
                journal.Store.Record(indicator, site, CrashPilot.Start.AddDays(n), n);
                Console.Out.WriteLine("ack " + n.ToString(CultureInfo.InvariantCulture));
                Console.Out.Flush();
            }
        }

    case "open":
        try
        {
            using var journal = FileObservationJournal.Open(args[1], pilot, options);
            Console.Out.WriteLine("opened");
            Console.Out.Flush();
            Console.In.ReadToEnd();
            return 0;
        }
        catch (IOException e)
        {
            Console.Out.WriteLine("refused: " + e.Message);
            return 3;
        }

    default:
        Console.Error.WriteLine("usage: journal-writer write|open <path>");
        return 2;
}

/// <summary>The pilot the child writes; the tests load with the same one.</summary>
public static class CrashPilot
{
    public static readonly DateTime Start = new DateTime(2000, 1, 1);

    public static PilotDefinition Definition { get; } =
        new PilotDefinition("Crash", null, [new Site("S")], [new IndicatorDefinition("daily", unit: "cases")]);
}
