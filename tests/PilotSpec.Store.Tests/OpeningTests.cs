using Microsoft.Data.Sqlite;
using PilotSpec.Store.Embedded;

namespace PilotSpec.Store.Tests;

/// <summary>
/// What <c>pilotc store init</c> and every store command find when they open a store: each way it
/// can be wrong, named. What both engines share runs against each; then each engine's own cases.
/// </summary>
public sealed class OpeningTests : IDisposable, IClassFixture<PostgresServer.Notice>
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Init_creates_the_store_and_a_second_init_changes_nothing(Engine engine)
    {
        using var place = StorePlace.Create(engine);

        var first = PilotStores.Initialize(place.Address, TestPilot.Identity);
        first.Store!.Dispose();
        var second = PilotStores.Initialize(place.Address, TestPilot.Identity);
        second.Store!.Dispose();

        Assert.True(first.Created);
        Assert.Equal(TestPilot.Identity, first.Recorded);
        Assert.False(second.Created);
        Assert.False(second.SpecRevised(TestPilot.Identity));
        Assert.Equal(TestPilot.Identity, second.Recorded);
        Assert.Equal(place.Address, second.Store.Name);
        Assert.Equal(1, PilotStores.SchemaVersionOf(place.Address));
    }

    [Fact]
    public void A_missing_file_is_not_created_by_opening_it()
    {
        var path = _folder.File("typo.pilotstore");

        var opening = PilotStores.Open(path, TestPilot.Identity);

        Assert.Equal(new StoreProblem(StoreProblemKind.Missing, path), opening.Problem);
        Assert.False(File.Exists(path));
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Another_pilots_store_is_refused_by_init_and_by_open(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        place.Initialize().Dispose();

        Assert.Equal(new StoreProblem(StoreProblemKind.OtherPilot, place.Address, "Policing"), PilotStores.Initialize(place.Address, TestPilot.OtherPilot).Problem);
        Assert.Equal(new StoreProblem(StoreProblemKind.OtherPilot, place.Address, "Policing"), PilotStores.Open(place.Address, TestPilot.OtherPilot).Problem);
        using var store = place.Open();
        Assert.Equal(TestPilot.Identity, store.Identity);
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_revised_spec_of_the_same_pilot_opens_and_says_so(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        place.Initialize().Dispose();

        var opening = PilotStores.Open(place.Address, TestPilot.RevisedIdentity);
        opening.Store!.Rebind(TestPilot.RevisedIdentity);
        opening.Store.Dispose();
        var reopened = PilotStores.Open(place.Address, TestPilot.RevisedIdentity);
        reopened.Store!.Dispose();

        Assert.True(opening.SpecRevised(TestPilot.RevisedIdentity));
        Assert.Equal(TestPilot.Identity, opening.Recorded);
        Assert.Equal(TestPilot.RevisedIdentity, opening.Store.Identity);
        Assert.False(reopened.SpecRevised(TestPilot.RevisedIdentity));
        Assert.Equal(TestPilot.RevisedIdentity, reopened.Store.Identity);
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Init_with_a_revised_spec_rebinds_the_store_and_says_what_it_held(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        place.Initialize().Dispose();

        var revised = PilotStores.Initialize(place.Address, TestPilot.RevisedIdentity);
        revised.Store!.Dispose();

        Assert.False(revised.Created);
        Assert.True(revised.SpecRevised(TestPilot.RevisedIdentity));
        Assert.Equal(TestPilot.Identity, revised.Recorded);
        var after = PilotStores.Open(place.Address, TestPilot.RevisedIdentity);
        after.Store!.Dispose();
        Assert.Equal(TestPilot.RevisedIdentity, after.Recorded);
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

    [SkippableFact]
    public void A_database_without_the_schema_is_missing_and_opening_it_creates_nothing()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);

        var opening = PilotStores.Open(place.Address, TestPilot.Identity);

        Assert.Equal(new StoreProblem(StoreProblemKind.Missing, place.Address), opening.Problem);
        Assert.Equal(0L, place.Scalar<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [SkippableFact]
    public void A_database_that_does_not_exist_is_unavailable_with_the_servers_reason()
    {
        PostgresServer.Needed.Check();
        var address = PostgresServer.Address("pilotspec_no_such_database_" + Guid.NewGuid().ToString("N"));

        var problem = PilotStores.Initialize(address, TestPilot.Identity).Problem!;

        Assert.Equal(StoreProblemKind.Unavailable, problem.Kind);
        Assert.Equal(address, problem.Store);
        Assert.Contains("does not exist", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(StoreProblemKind.Unavailable, PilotStores.Open(address, TestPilot.Identity).Problem!.Kind);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_unavailable_with_npgsqls_reason()
    {
        // Port 1: nothing listens there; the connection is refused at once.
        const string address = "postgresql://postgres@127.0.0.1:1/pilotspec?connect_timeout=5";

        var init = PilotStores.Initialize(address, TestPilot.Identity).Problem!;
        var open = PilotStores.Open(address, TestPilot.Identity).Problem!;

        Assert.Equal(StoreProblemKind.Unavailable, init.Kind);
        Assert.Equal(address, init.Store);
        Assert.Contains("Failed to connect to 127.0.0.1:1", init.Detail, StringComparison.Ordinal);
        Assert.Equal(StoreProblemKind.Unavailable, open.Kind);
    }

    [Theory]
    [InlineData("postgresql://u:secret@db.example/office", "postgresql://u:***@db.example/office")]
    [InlineData("postgres://u:secret@db.example:5433/office?sslmode=require", "postgres://u:***@db.example:5433/office?sslmode=require")]
    [InlineData("postgresql://u@db.example/office?password=secret", "postgresql://u@db.example/office?password=***")]
    [InlineData("postgresql://u@db.example/office?sslmode=require&password=secret#x", "postgresql://u@db.example/office?sslmode=require&password=***#x")]
    public void A_password_in_the_address_is_refused_and_never_repeated(string address, string shown)
    {
        var init = PilotStores.Initialize(address, TestPilot.Identity).Problem!;
        var open = PilotStores.Open(address, TestPilot.Identity).Problem!;

        Assert.Equal(new StoreProblem(StoreProblemKind.PasswordInAddress, shown), init);
        Assert.Equal(init, open);
    }

    [Fact]
    public void An_address_without_a_database_is_unavailable_with_the_reason()
    {
        var problem = PilotStores.Initialize("postgresql://u@db.example", TestPilot.Identity).Problem!;

        Assert.Equal(StoreProblemKind.Unavailable, problem.Kind);
        Assert.Contains("database", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void Tables_of_the_schemas_names_made_by_another_program_are_not_a_store_and_are_left_alone()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        place.Scalar<object>("CREATE TABLE pilotspec_store (customer int PRIMARY KEY)");

        Assert.Equal(StoreProblemKind.NotAStore, PilotStores.Initialize(place.Address, TestPilot.Identity).Problem!.Kind);
        Assert.Equal(0L, place.Scalar<long>("SELECT count(*) FROM pg_tables WHERE tablename IN ('pilotspec_schema', 'pilotspec_observations')"));

        place.Scalar<object>("CREATE TABLE pilotspec_schema (name text)");
        Assert.Equal(StoreProblemKind.NotAStore, PilotStores.Open(place.Address, TestPilot.Identity).Problem!.Kind);
    }

    [SkippableFact]
    public void A_database_of_a_newer_schema_is_refused_by_open_and_by_init()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        place.Initialize().Dispose();
        place.Scalar<object>("INSERT INTO pilotspec_schema (version) VALUES (2)");

        Assert.Equal(new StoreProblem(StoreProblemKind.NewerSchema, place.Address, "2"), PilotStores.Open(place.Address, TestPilot.Identity).Problem);
        Assert.Equal(new StoreProblem(StoreProblemKind.NewerSchema, place.Address, "2"), PilotStores.Initialize(place.Address, TestPilot.Identity).Problem);
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
