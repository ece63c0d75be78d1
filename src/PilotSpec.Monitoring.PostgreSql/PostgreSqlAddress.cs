using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Resources;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// What a user types as a STORE when it is a PostgreSQL database: a URI
/// <c>postgresql://user@host:port/database</c> (or <c>postgres://</c>, libpq's two schemes),
/// optionally with <c>?sslmode=...&amp;connect_timeout=...&amp;application_name=...</c>. Anything
/// else (a plain file path) is not a PostgreSQL address and names a file store.
/// </summary>
/// <remarks>
/// A password in the URI is refused: a STORE is typed on command lines and shown in logs and
/// reports, so a password there would end up in shell history and log files. The address leaves
/// it out, and Npgsql finds it the way libpq does. Npgsql 10's order, from its source
/// (<c>PostgresEnvironment</c> and the connector's password lookup): a Password in the connection
/// string (never set here), else a password provider callback (none here), else the
/// <c>PGPASSWORD</c> environment variable, else a password file: the connection string's Passfile
/// (not set here), else the file <c>PGPASSFILE</c> names, else <c>~/.pgpass</c>
/// (<c>%APPDATA%\postgresql\pgpass.conf</c> on Windows) when it exists, taking the first line
/// matching host, port, database and user. A missing user name is taken from <c>PGUSER</c>, else
/// the operating system's user. Unlike libpq, Npgsql does not read <c>PGHOST</c>,
/// <c>PGPORT</c> or <c>PGDATABASE</c>: the address must name its host and database.
/// </remarks>
public static class PostgreSqlAddress
{
    /// <summary>Whether <paramref name="store"/> is meant as a PostgreSQL address (starts with postgresql:// or postgres://), valid or not.</summary>
    public static bool IsPostgreSql(string? store) =>
        store is not null
        && (store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <paramref name="store"/> into a connection string without a password.</summary>
    /// <param name="store">The address as typed.</param>
    /// <param name="connection">The connection string, when the address is valid.</param>
    /// <param name="error">Why it is not, otherwise: not an address, a password in it, no host or database, a bad port or parameter. The message never repeats the address (it may hold a password).</param>
    public static bool TryParse(string? store, [NotNullWhen(true)] out NpgsqlConnectionStringBuilder? connection, [NotNullWhen(false)] out PostgreSqlStoreError? error)
    {
        connection = null;
        if (!IsPostgreSql(store))
        {
            error = new PostgreSqlStoreError(StoreErrorKind.NotAnAddress, StoreTexts.Get("NotAnAddress"));
            return false;
        }

        // Checked on the raw text before anything else, so that no other message (not even "not
        // a URI") is ever about an address with a password in it.
        if (HasPassword(store!))
        {
            error = PasswordInAddress();
            return false;
        }

        if (!Uri.TryCreate(store, UriKind.Absolute, out var uri))
        {
            error = Invalid("AddressMalformed");
            return false;
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (!ReadQuery(uri.Query, builder, out error))
        {
            return false;
        }

        var host = uri.Host;
        if (string.IsNullOrEmpty(host))
        {
            error = Invalid("AddressNoHost");
            return false;
        }

        // An IPv6 literal comes bracketed ([::1]); Npgsql wants the bare address.
        builder.Host = host.StartsWith("[", StringComparison.Ordinal) ? host.Trim('[', ']') : host;
        if (uri.IsDefaultPort || uri.Port < 0)
        {
            builder.Port = 5432;
        }
        else if (uri.Port is > 0 and <= 65535)
        {
            builder.Port = uri.Port;
        }
        else
        {
            error = Invalid("AddressBadPort");
            return false;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.IndexOf('/') >= 0)
        {
            error = Invalid("AddressNoDatabase");
            return false;
        }

        builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(uri.UserInfo);
        }

        connection = builder;
        error = null;
        return true;
    }

    /// <summary>A data source for a valid <paramref name="store"/> address; the caller disposes it.</summary>
    /// <exception cref="PostgreSqlStoreException">The address is not valid (see <see cref="TryParse"/>).</exception>
    public static NpgsqlDataSource CreateDataSource(string store)
    {
        if (!TryParse(store, out var connection, out var error))
        {
            throw new PostgreSqlStoreException(error);
        }

        return NpgsqlDataSource.Create(connection);
    }

    // user:password@ before the host (the last @ of the authority: a user name may hold an
    // escaped one), or a password= query parameter.
    private static bool HasPassword(string store)
    {
        var rest = store.Substring(store.IndexOf("://", StringComparison.Ordinal) + 3);
        var authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
        var at = authority.LastIndexOf('@');
        if (at >= 0 && authority.Substring(0, at).IndexOf(':') >= 0)
        {
            return true;
        }

        var query = rest.IndexOf('?');
        return query >= 0 && rest.Substring(query + 1).Split('&', '#').Any(p => Uri.UnescapeDataString(p.Split('=')[0]) == "password");
    }

    // libpq's query parameters that a store address may need; any other (password above all) is refused.
    private static bool ReadQuery(string query, NpgsqlConnectionStringBuilder builder, [NotNullWhen(false)] out PostgreSqlStoreError? error)
    {
        error = null;
        foreach (var pair in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
            switch (key)
            {
                case "password":
                    error = PasswordInAddress();
                    return false;
                case "sslmode" when TrySslMode(value, out var mode):
                    builder.SslMode = mode;
                    break;
                case "connect_timeout" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds):
                    builder.Timeout = seconds;
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "sslmode":
                case "connect_timeout":
                    error = Invalid("AddressBadParameter", key);
                    return false;
                default:
                    error = Invalid("AddressUnknownParameter", key);
                    return false;
            }
        }

        return true;
    }

    private static bool TrySslMode(string value, out SslMode mode)
    {
        switch (value)
        {
            case "disable": mode = SslMode.Disable; return true;
            case "allow": mode = SslMode.Allow; return true;
            case "prefer": mode = SslMode.Prefer; return true;
            case "require": mode = SslMode.Require; return true;
            case "verify-ca": mode = SslMode.VerifyCA; return true;
            case "verify-full": mode = SslMode.VerifyFull; return true;
            default: mode = default; return false;
        }
    }

    private static PostgreSqlStoreError PasswordInAddress() =>
        new PostgreSqlStoreError(StoreErrorKind.PasswordInAddress, StoreTexts.Get("PasswordInAddress"));

    private static PostgreSqlStoreError Invalid(string reason, params object?[] arguments) =>
        new PostgreSqlStoreError(StoreErrorKind.InvalidAddress, StoreTexts.Get("InvalidAddress", StoreTexts.Get(reason, arguments)));
}
