using System.Net;
using System.Net.Sockets;

namespace ParGraph.Api.Hosting;

/// <summary>The <c>postgres</c> options that pg_ctl passes on (<c>-o</c>): port, addresses, settings.</summary>
internal static class PostgresServerArguments
{
    public static string Build(int port, string socketDirectory, EmbeddedPostgresOptions options)
    {
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = "127.0.0.1",
            // A socket path must fit in 107 bytes; without one, TCP alone is used.
            ["unix_socket_directories"] = socketDirectory.Length < 90 ? socketDirectory : "",
        };
        if (options.Ephemeral)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }

        foreach (var (name, value) in options.Settings)
        {
            settings[name] = value;
        }

        // pg_ctl hands -o to a shell: quote every value.
        return $"-p {port} " + string.Join(' ', settings.Select(s => $"-c {s.Key}={ShellQuote(s.Value)}"));
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
