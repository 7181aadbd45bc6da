using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Timeline.Embedded;

/// <summary>
/// The one line a user reads when the embedded host's port is taken, instead of a stack trace: what happened and how
/// to choose another port.
/// </summary>
public static class BusyPort
{
    /// <summary>The message for the first address of <paramref name="urls"/> ("http://localhost:8080;…") already in use, or null.</summary>
    public static string? Find(string? urls)
    {
        foreach (var url in Split(urls))
        {
            if (Parse(url) is { Port: > 0 } uri && InUse(uri))
            {
                return Describe(url, uri.Port);
            }
        }
        return null;
    }

    /// <summary>The message for a bind failure Kestrel reported (the port was taken between the check and the start), or null for another failure.</summary>
    public static string? Describe(IOException failure, string? urls)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.InnerException is not AddressInUseException)
        {
            return null;
        }
        var first = Split(urls).FirstOrDefault() ?? "http://localhost:8080";
        return Describe(first, Parse(first)?.Port ?? 8080);
    }

    private static string[] Split(string? urls) => (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // "http://*:8080" and "http://+:8080" mean every address; System.Uri does not accept them as hosts.
    private static Uri? Parse(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null;

    private static string Describe(string url, int port) =>
        $"Port {port} is already in use ({url}): another program, perhaps another Timeline, listens there. Stop it, or choose another port: " +
        $"dotnet run --project services/Timeline.Embedded -- --urls http://localhost:{(port == 8090 ? 8091 : 8090)}";

    private static bool InUse(Uri uri)
    {
        var address = uri.Host switch
        {
            "localhost" => IPAddress.Loopback,
            _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) => ip,
            _ => null,
        };
        if (address is null)
        {
            return false;
        }
        using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(address, uri.Port));
            return false;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (no such address here, no permission): Kestrel reports it as it is.
            return false;
        }
    }
}
