using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>What needs no server: missing arguments, identities, every sslmode, the report's words.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void Missing_arguments_are_refused_before_any_connection()
    {
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1");
        var identity = new PilotIdentity(TestPilot.Name, TestPilot.HashA);

        Assert.Throws<ArgumentNullException>(() => PostgreSqlSchema.Migrate(null!, identity));
        Assert.Throws<ArgumentNullException>(() => PostgreSqlSchema.Migrate(dataSource, null!));
        Assert.Throws<ArgumentNullException>(() => PostgreSqlSchema.Check(null!));
        Assert.Throws<ArgumentNullException>(() => PostgreSqlObservationJournal.Open(null!, TestPilot.Definition));
        Assert.Throws<ArgumentNullException>(() => PostgreSqlObservationJournal.Open(dataSource, null!));
        Assert.Throws<ArgumentNullException>(() => new PostgreSqlStoreException(null!));
    }

    [Fact]
    public void Identities_are_equal_by_pilot_and_hash()
    {
        var a = new PilotIdentity("Trial", TestPilot.HashA);

        Assert.Equal(a, new PilotIdentity("Trial", TestPilot.HashA.ToUpperInvariant()));
        Assert.Equal(a.GetHashCode(), new PilotIdentity("Trial", TestPilot.HashA).GetHashCode());
        Assert.NotEqual(a, new PilotIdentity("Trial", TestPilot.HashB));
        Assert.NotEqual(a, new PilotIdentity("Other", TestPilot.HashA));
        Assert.False(a.Equals((object?)null));
        Assert.Equal("Trial (" + TestPilot.HashA + ")", a.ToString());
    }

    [Theory]
    [InlineData("disable", SslMode.Disable)]
    [InlineData("allow", SslMode.Allow)]
    [InlineData("prefer", SslMode.Prefer)]
    [InlineData("require", SslMode.Require)]
    [InlineData("verify-ca", SslMode.VerifyCA)]
    [InlineData("verify-full", SslMode.VerifyFull)]
    public void Every_libpq_sslmode_is_read(string value, SslMode mode)
    {
        Assert.True(PostgreSqlAddress.TryParse("postgresql://pilot@h/db?sslmode=" + value, out var connection, out _));
        Assert.Equal(mode, connection.SslMode);
    }

    [Fact]
    public void Errors_and_exceptions_say_what_to_do()
    {
        PostgreSqlAddress.TryParse("reform.jsonl", out _, out var error);

        Assert.Equal(error!.Message, error.ToString());
        Assert.Equal(error.Message, new PostgreSqlStoreException(error).Message);
        Assert.False(PostgreSqlAddress.TryParse("postgresql://pilot@h/db?connect_timeout=soon", out _, out var timeout));
        Assert.Contains("'connect_timeout'", timeout.Message, StringComparison.Ordinal);
    }
}
