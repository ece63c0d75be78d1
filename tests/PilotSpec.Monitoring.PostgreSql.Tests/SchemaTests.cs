using PilotSpec.Monitoring.PostgreSql.Schema;
using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>The schema runner: from empty, again, another pilot, a revised spec, newer schemas, racing migrations.</summary>
public sealed class SchemaTests : IClassFixture<PostgresServer.Notice>
{
    [SkippableFact]
    public void Migrating_an_empty_database_creates_version_1_owned_by_the_pilot()
    {
        using var db = TestDatabase.Create();

        var result = PostgreSqlSchema.Migrate(db.DataSource, new PilotIdentity(TestPilot.Name, TestPilot.HashA));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(0, result.PreviousVersion);
        Assert.Equal(1, result.Version);
        Assert.Equal([1], result.AppliedVersions);
        Assert.True(result.StoreCreated);
        Assert.False(result.SpecHashRevised);
        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM pilotspec_schema WHERE version = 1"));
        Assert.Equal("Trial " + TestPilot.HashA, db.Scalar<string>("SELECT pilot || ' ' || spec_hash FROM pilotspec_store"));
        Assert.Equal(0L, db.Scalar<long>("SELECT count(*) FROM pilotspec_observations"));

        var check = PostgreSqlSchema.Check(db.DataSource, TestPilot.Name);
        Assert.True(check.IsUsable, check.Error?.Message);
        Assert.Equal(1, check.Version);
        Assert.Equal(1, check.CurrentVersion);
        Assert.Equal(TestPilot.Name, check.Pilot);
        Assert.Equal(TestPilot.HashA, check.SpecHash);
    }

    [SkippableFact]
    public void Migrating_twice_changes_nothing()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        var before = db.Scalar<string>("SELECT (SELECT string_agg(version || '@' || applied_at, ',') FROM pilotspec_schema) || ' ' || created_at || ' ' || updated_at FROM pilotspec_store");

        var again = db.Migrate();

        Assert.Equal(1, again.PreviousVersion);
        Assert.Equal(1, again.Version);
        Assert.Empty(again.AppliedVersions);
        Assert.False(again.StoreCreated);
        Assert.False(again.SpecHashRevised);
        Assert.Equal(before, db.Scalar<string>("SELECT (SELECT string_agg(version || '@' || applied_at, ',') FROM pilotspec_schema) || ' ' || created_at || ' ' || updated_at FROM pilotspec_store"));
    }

    [SkippableFact]
    public void A_store_of_another_pilot_is_refused_and_left_as_it_was()
    {
        using var db = TestDatabase.Create();
        db.Migrate();

        var result = PostgreSqlSchema.Migrate(db.DataSource, new PilotIdentity("Other", TestPilot.HashB));

        Assert.False(result.Succeeded);
        Assert.Equal(StoreErrorKind.OtherPilot, result.Error!.Kind);
        Assert.Contains("'Trial'", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("'Other'", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal("Trial " + TestPilot.HashA, db.Scalar<string>("SELECT pilot || ' ' || spec_hash FROM pilotspec_store"));

        Assert.Equal(StoreErrorKind.OtherPilot, PostgreSqlSchema.Check(db.DataSource, "Other").Error!.Kind);
        var other = new PilotDefinition("Other", null, [new Site("A")], [new IndicatorDefinition("daily")]);
        var refused = Assert.Throws<PostgreSqlStoreException>(() => PostgreSqlObservationJournal.Open(db.DataSource, other));
        Assert.Equal(StoreErrorKind.OtherPilot, refused.Error.Kind);
    }

    [SkippableFact]
    public void A_revised_spec_hash_is_recorded_and_the_observations_stay()
    {
        using var db = TestDatabase.Create();
        db.Migrate(hash: TestPilot.HashA);
        using (var journal = TestPilot.Open(db))
        {
            journal.Store.Record(TestPilot.Daily, TestPilot.A, new DateTime(2024, 1, 1), 7m);
        }

        var result = db.Migrate(hash: TestPilot.HashB.ToUpperInvariant());

        Assert.True(result.SpecHashRevised);
        Assert.Equal(TestPilot.HashA, result.PreviousSpecHash);
        Assert.Empty(result.AppliedVersions);
        Assert.Equal(TestPilot.HashB, db.Scalar<string>("SELECT spec_hash FROM pilotspec_store"));
        Assert.True(db.Scalar<bool>("SELECT updated_at >= created_at FROM pilotspec_store"));
        Assert.Equal(["daily A 738885 2024-01-01 7"], db.Rows());
    }

    [SkippableFact]
    public void A_database_without_the_schema_says_to_run_store_init()
    {
        using var db = TestDatabase.Create();

        var check = PostgreSqlSchema.Check(db.DataSource);

        Assert.False(check.IsUsable);
        Assert.Equal(0, check.Version);
        Assert.Equal(StoreErrorKind.NoSchema, check.Error!.Kind);
        Assert.Contains("run `pilotc store init`", check.Error.Message, StringComparison.Ordinal);
        var refused = Assert.Throws<PostgreSqlStoreException>(() => TestPilot.Open(db));
        Assert.Equal(StoreErrorKind.NoSchema, refused.Error.Kind);
        Assert.Contains("run `pilotc store init`", refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_schema_without_an_owner_says_to_run_store_init()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        db.Execute("DELETE FROM pilotspec_store");

        var check = PostgreSqlSchema.Check(db.DataSource);

        Assert.Equal(StoreErrorKind.NoStore, check.Error!.Kind);
        Assert.Contains("run `pilotc store init`", check.Error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_newer_schema_is_an_error_value_and_is_not_migrated()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        db.Execute("INSERT INTO pilotspec_schema (version) VALUES (2)");

        var check = PostgreSqlSchema.Check(db.DataSource);
        var migration = PostgreSqlSchema.Migrate(db.DataSource, new PilotIdentity(TestPilot.Name, TestPilot.HashB));

        Assert.Equal(2, check.Version);
        Assert.Equal(StoreErrorKind.NewerSchema, check.Error!.Kind);
        Assert.Contains("version 2", check.Error.Message, StringComparison.Ordinal);
        Assert.Contains("run `pilotc store init`", check.Error.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.NewerSchema, migration.Error!.Kind);
        Assert.Equal(2, migration.Version);
        Assert.Equal(TestPilot.HashA, db.Scalar<string>("SELECT spec_hash FROM pilotspec_store"));
    }

    [SkippableFact]
    public void Migrations_started_together_run_once_under_the_advisory_lock()
    {
        using var db = TestDatabase.Create();
        var sources = Enumerable.Range(0, 4).Select(_ => db.NewDataSource()).ToList();
        using var start = new Barrier(sources.Count);

        var results = sources
            .Select(source => Task.Run(() =>
            {
                start.SignalAndWait();
                return PostgreSqlSchema.Migrate(source, new PilotIdentity(TestPilot.Name, TestPilot.HashA));
            }))
            .ToArray()
            .Select(t => t.Result)
            .ToList();

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        Assert.Single(results, r => r.AppliedVersions.SequenceEqual([1]));
        Assert.Single(results, r => r.StoreCreated);
        Assert.Equal(3, results.Count(r => r.PreviousVersion == 1 && r.AppliedVersions.Count == 0));
        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM pilotspec_schema"));
    }

    [SkippableFact]
    public void Messages_come_in_Chinese_under_a_Chinese_ui_culture()
    {
        using var db = TestDatabase.Create();
        using var culture = new UiCulture("zh-Hans");

        var check = PostgreSqlSchema.Check(db.DataSource);

        Assert.Equal("数据库中没有 PilotSpec 观测存储：请运行 `pilotc store init` 创建。", check.Error!.Message);
    }

    [Fact]
    public void The_embedded_scripts_run_1_2_3_from_0001_observations()
    {
        var scripts = SchemaScripts.All;

        Assert.Equal(PostgreSqlSchema.CurrentVersion, scripts.Count);
        Assert.Equal("0001_observations.sql", scripts[0].Name);
        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(s => s.Version));
        Assert.Contains("CREATE TABLE pilotspec_observations", scripts[0].Sql, StringComparison.Ordinal);
        Assert.Contains("PRIMARY KEY (indicator, site, period)", scripts[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pilot_identity_needs_a_name_and_a_sha256_in_hex()
    {
        Assert.Throws<ArgumentException>(() => new PilotIdentity("", TestPilot.HashA));
        Assert.Throws<ArgumentException>(() => new PilotIdentity("Trial", "abc"));
        Assert.Throws<ArgumentException>(() => new PilotIdentity("Trial", new string('g', 64)));
        Assert.Equal(TestPilot.HashA, new PilotIdentity("Trial", TestPilot.HashA.ToUpperInvariant()).SpecHash);
    }
}
