using PilotSpec.Monitoring.PostgreSql;
using PilotSpec.Monitors;

// The monthly reporting job of the 东城区 police information system in the policing reform
// pilot: it records the district's figures with its generated monitor, and the monitor writes
// each one into the pilot office's PostgreSQL store before Record returns (committed =
// acknowledged). The office created the store with `pilotc store init` and evaluates every
// district's figures together with `pilotc evaluate --store`.
//
//   dotnet run --project examples/site-to-office -- postgresql://site_dongcheng@db.example/policing
//
// The password is never in the address: Npgsql reads PGPASSWORD, or the .pgpass file.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: SiteToOffice postgresql://user@host:port/database");
    return 2;
}

try
{
    using var dataSource = PostgreSqlAddress.CreateDataSource(args[0]);

    // Only this district's stored observations are loaded, not the whole programme's.
    var definition = new PolicingReformMonitor().Definition;
    using var journal = PostgreSqlObservationJournal.Open(dataSource, definition, new PostgreSqlJournalOptions { Sites = ["东城区"] });
    var monitor = new PolicingReformMonitor(journal.Store);
    var district = monitor.Sites.东城区;
    var indicators = monitor.Indicators;

    // The district's figures for the end of 2020 (percent, percent, CNY per case).
    var endOf2020 = new DateTime(2020, 12, 31);
    indicators.ClearanceRate.At(district).Record(endOf2020, 78m);
    indicators.SecuritySatisfaction.At(district).Record(endOf2020, 88m);
    indicators.CostPerCase.At(district).Record(endOf2020, 4_250m);

    Console.WriteLine($"东城区: 3 observations committed to the pilot office's store ({journal.LoadReport.ObservationsLoaded} of its own were there before).");
    return 0;
}
catch (PostgreSqlStoreException e)
{
    // Not the pilot's store, an old schema, or a password in the address: say what to do.
    Console.Error.WriteLine(e.Message);
    return 1;
}
