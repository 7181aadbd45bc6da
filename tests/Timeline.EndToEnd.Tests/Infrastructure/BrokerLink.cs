using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A TCP relay between the services and RabbitMQ that a test can cut and restore. Cutting it resets every open
/// connection and refuses new ones, which is what the services see when the broker goes down, without stopping the
/// shared broker that other tests run against at the same time.
/// </summary>
public sealed class BrokerLink : IAsyncDisposable
{
    private readonly IPEndPoint _broker;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private CancellationTokenSource _cut = new();

    private BrokerLink(IPEndPoint broker, int port)
    {
        _broker = broker;
        Port = port;
    }

    /// <summary>Loopback port the services connect to instead of the broker's.</summary>
    public int Port { get; }

    /// <summary>True while connections are relayed.</summary>
    public bool IsUp => _listener is not null;

    /// <summary>Opens a relay to the broker at <paramref name="broker"/> on a free loopback port.</summary>
    public static BrokerLink Open(Uri broker)
    {
        var address = Dns.GetHostAddresses(broker.Host).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var link = new BrokerLink(new IPEndPoint(address, broker.IsDefaultPort || broker.Port < 0 ? 5672 : broker.Port), port);
        link.Restore();
        return link;
    }

    /// <summary>The broker URI rewritten to go through the relay.</summary>
    public Uri Through(Uri broker) => new UriBuilder(broker) { Host = "127.0.0.1", Port = Port }.Uri;

    /// <summary>Resets every relayed connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        _cut.Cancel();
        foreach (var client in _connections.Keys)
        {
            try
            {
                // Close with RST, as a vanished broker does; a socket its relay closed already has nothing to reset.
                client.Client?.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // Closed by its relay in the meantime.
            }
            client.Dispose();
        }
        _connections.Clear();
    }

    /// <summary>Accepts and relays connections again.</summary>
    public void Restore()
    {
        if (_listener is not null)
        {
            return;
        }
        _cut.Dispose();
        _cut = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener, _cut.Token);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _cut.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cut)
    {
        while (!cut.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cut);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = RelayAsync(inbound, cut);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cut)
    {
        var outbound = new TcpClient();
        _connections[inbound] = 0;
        _connections[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_broker, cut);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            // Either direction ending ends the pair, as one TCP connection would.
            await Task.WhenAny(a.CopyToAsync(b, cut), b.CopyToAsync(a, cut));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The link was cut or a side closed: both ends are closed below.
        }
        finally
        {
            _connections.TryRemove(inbound, out _);
            _connections.TryRemove(outbound, out _);
            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
