using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>What a user types as STORE: PostgreSQL URIs, passwords refused, file paths not addresses.</summary>
public sealed class AddressTests : IClassFixture<PostgresServer.Notice>
{
    [Theory]
    [InlineData("postgresql://pilot@db.example.org:6543/reform", "db.example.org", 6543, "pilot", "reform")]
    [InlineData("postgres://pilot@localhost/reform", "localhost", 5432, "pilot", "reform")]
    [InlineData("POSTGRESQL://office@10.0.0.5/policing_reform", "10.0.0.5", 5432, "office", "policing_reform")]
    [InlineData("postgresql://%E7%8E%8B@[::1]:5433/%E8%AF%95%E7%82%B9", "::1", 5433, "王", "试点")]
    [InlineData("postgresql://db.example.org/reform", "db.example.org", 5432, null, "reform")]
    public void A_uri_becomes_a_connection_string_without_a_password(string store, string host, int port, string? user, string database)
    {
        Assert.True(PostgreSqlAddress.IsPostgreSql(store));
        Assert.True(PostgreSqlAddress.TryParse(store, out var connection, out var error), error?.Message);

        Assert.Equal(host, connection.Host);
        Assert.Equal(port, connection.Port);
        Assert.Equal(user, connection.Username);
        Assert.Equal(database, connection.Database);
        Assert.Null(connection.Password);
    }

    [Fact]
    public void Parameters_a_store_needs_are_read_and_others_refused()
    {
        Assert.True(PostgreSqlAddress.TryParse("postgresql://pilot@h/db?sslmode=verify-full&connect_timeout=7&application_name=site%20A", out var connection, out _));
        Assert.Equal(SslMode.VerifyFull, connection.SslMode);
        Assert.Equal(7, connection.Timeout);
        Assert.Equal("site A", connection.ApplicationName);

        Assert.False(PostgreSqlAddress.TryParse("postgresql://pilot@h/db?sslmode=sometimes", out _, out var bad));
        Assert.Equal(StoreErrorKind.InvalidAddress, bad.Kind);
        Assert.False(PostgreSqlAddress.TryParse("postgresql://pilot@h/db?target=x", out _, out var unknown));
        Assert.Contains("'target'", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://pilot:s3cret@db.example.org/reform")]
    [InlineData("postgres://pilot:@db.example.org/reform")]
    [InlineData("postgresql://pilot@db.example.org/reform?password=s3cret")]
    [InlineData("postgresql://pilot:s3cret@/reform?target=x")]
    public void A_password_in_the_uri_is_refused_with_where_to_put_it(string store)
    {
        Assert.False(PostgreSqlAddress.TryParse(store, out var connection, out var error));

        Assert.Null(connection);
        Assert.Equal(StoreErrorKind.PasswordInAddress, error.Kind);
        Assert.Contains("PGPASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Contains(".pgpass", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<PostgreSqlStoreException>(() => PostgreSqlAddress.CreateDataSource(store));
        Assert.DoesNotContain("s3cret", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_message_comes_in_Chinese_under_a_Chinese_ui_culture()
    {
        using var culture = new UiCulture("zh-Hans");

        PostgreSqlAddress.TryParse("postgresql://pilot:s3cret@h/db", out _, out var error);

        Assert.Equal("PostgreSQL 地址中含有密码：请改用环境变量 PGPASSWORD 或 .pgpass 文件（PGPASSFILE）提供密码，切勿写在命令行或 URI 中，否则会留在命令历史和日志里。", error!.Message);
    }

    [Theory]
    [InlineData("data/policing-reform.jsonl")]
    [InlineData("/var/lib/pilotspec/reform.db")]
    [InlineData("C:\\pilots\\reform.jsonl")]
    [InlineData("postgresql.jsonl")]
    [InlineData("")]
    [InlineData(null)]
    public void A_file_path_is_not_a_postgresql_address(string? store)
    {
        Assert.False(PostgreSqlAddress.IsPostgreSql(store));
        Assert.False(PostgreSqlAddress.TryParse(store, out _, out var error));
        Assert.Equal(StoreErrorKind.NotAnAddress, error.Kind);
    }

    [Theory]
    [InlineData("postgresql://pilot@db.example.org")]
    [InlineData("postgresql://pilot@db.example.org/")]
    [InlineData("postgresql:///reform")]
    [InlineData("postgresql://pilot@db.example.org:0/reform")]
    [InlineData("postgresql://pilot@a b/reform")]
    public void An_address_without_host_or_database_or_with_a_bad_port_is_invalid(string store)
    {
        Assert.True(PostgreSqlAddress.IsPostgreSql(store));
        Assert.False(PostgreSqlAddress.TryParse(store, out _, out var error));
        Assert.Equal(StoreErrorKind.InvalidAddress, error.Kind);
        Assert.Contains("postgresql://user@host:port/database", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_address_connects_to_the_server_with_its_password_from_the_environment()
    {
        PostgresServer.Needed.Check();
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString);
        var store = $"postgresql://{Uri.EscapeDataString(server.Username ?? Environment.UserName)}@{server.Host}:{server.Port}/{Uri.EscapeDataString(server.Database!)}";

        using var dataSource = PostgreSqlAddress.CreateDataSource(store);
        using var command = dataSource.CreateCommand("SELECT current_database()");

        Assert.Equal(server.Database, command.ExecuteScalar());
    }
}
