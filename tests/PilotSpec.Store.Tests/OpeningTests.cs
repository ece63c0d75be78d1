using Microsoft.Data.Sqlite;
using PilotSpec.Store.Embedded;

namespace PilotSpec.Store.Tests;

/// <summary>What <c>pilotc store init</c> and every store command find when they open a store: each way it can be wrong, named.</summary>
public sealed class OpeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Init_creates_the_store_and_a_second_init_changes_nothing()
    {
        var path = _folder.File("office.pilotstore");

        var first = PilotStores.Initialize(path, TestPilot.Identity);
        first.Store!.Dispose();
        var second = PilotStores.Initialize(path, TestPilot.Identity);
        second.Store!.Dispose();

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.False(second.SpecRevised(TestPilot.Identity));
        Assert.Equal(TestPilot.Identity, second.Recorded);
    }

    [Fact]
    public void A_missing_file_is_not_created_by_opening_it()
    {
        var path = _folder.File("typo.pilotstore");

        var opening = PilotStores.Open(path, TestPilot.Identity);

        Assert.Equal(new StoreProblem(StoreProblemKind.Missing, path), opening.Problem);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Another_pilots_store_is_refused_by_init_and_by_open()
    {
        var path = _folder.File("office.pilotstore");
        PilotStores.Initialize(path, TestPilot.Identity).Store!.Dispose();
        var other = new StoreIdentity("WasteSorting", "cccc");

        Assert.Equal(new StoreProblem(StoreProblemKind.OtherPilot, path, "Policing"), PilotStores.Initialize(path, other).Problem);
        Assert.Equal(new StoreProblem(StoreProblemKind.OtherPilot, path, "Policing"), PilotStores.Open(path, other).Problem);
    }

    [Fact]
    public void A_revised_spec_of_the_same_pilot_opens_and_says_so()
    {
        var path = _folder.File("office.pilotstore");
        PilotStores.Initialize(path, TestPilot.Identity).Store!.Dispose();

        var opening = PilotStores.Open(path, TestPilot.RevisedIdentity);
        opening.Store!.Rebind(TestPilot.RevisedIdentity);
        opening.Store.Dispose();
        var reopened = PilotStores.Open(path, TestPilot.RevisedIdentity);
        reopened.Store!.Dispose();

        Assert.True(opening.SpecRevised(TestPilot.RevisedIdentity));
        Assert.Equal(TestPilot.Identity, opening.Recorded);
        Assert.False(reopened.SpecRevised(TestPilot.RevisedIdentity));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_not_a_store()
    {
        var path = _folder.File("observations.csv");
        File.WriteAllText(path, "indicator,site,date,value\n");

        Assert.Equal(StoreProblemKind.NotAStore, PilotStores.Open(path, TestPilot.Identity).Problem!.Kind);
        Assert.Equal(StoreProblemKind.NotAStore, PilotStores.Initialize(path, TestPilot.Identity).Problem!.Kind);
        Assert.Equal("indicator,site,date,value\n", File.ReadAllText(path));
    }

    [Fact]
    public void Another_programs_database_is_not_a_store_and_is_left_alone()
    {
        var path = _folder.File("other.db");
        Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");

        Assert.Equal(new StoreProblem(StoreProblemKind.NotAStore, path), PilotStores.Initialize(path, TestPilot.Identity).Problem);
        Assert.Equal(new StoreProblem(StoreProblemKind.NotAStore, path), PilotStores.Open(path, TestPilot.Identity).Problem);
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused_by_open_and_by_init()
    {
        var path = _folder.File("newer.pilotstore");
        PilotStores.Initialize(path, TestPilot.Identity).Store!.Dispose();
        Execute(path, $"INSERT INTO pilotspec_schema (version, applied_at) VALUES ({SqliteSchema.Current + 1}, 'later')");
        var newer = (SqliteSchema.Current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new StoreProblem(StoreProblemKind.NewerSchema, path, newer), PilotStores.Open(path, TestPilot.Identity).Problem);
        Assert.Equal(new StoreProblem(StoreProblemKind.NewerSchema, path, newer), PilotStores.Initialize(path, TestPilot.Identity).Problem);
    }

    [Fact]
    public void An_empty_database_is_a_store_to_be_made_by_init()
    {
        var path = _folder.File("empty.pilotstore");
        Execute(path, "PRAGMA user_version = 0");

        Assert.Equal(new StoreProblem(StoreProblemKind.Missing, path), PilotStores.Open(path, TestPilot.Identity).Problem);
        var made = PilotStores.Initialize(path, TestPilot.Identity);
        made.Store!.Dispose();
        Assert.True(made.Created);
        Assert.Null(PilotStores.Open(path, TestPilot.Identity).Problem);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_unavailable_store_with_the_engines_reason()
    {
        var path = Path.Combine(_folder.Path, "no", "such", "folder", "office.pilotstore");

        var problem = PilotStores.Initialize(path, TestPilot.Identity).Problem!;

        Assert.Equal(StoreProblemKind.Unavailable, problem.Kind);
        Assert.Contains("unable to open", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
