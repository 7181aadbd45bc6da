using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Timeline.Gateway.Streaming;

/// <summary>One message of the live stream.</summary>
/// <param name="Sequence">Monotonically increasing id (the SSE <c>id:</c>).</param>
/// <param name="Kind">created, updated, merged or retired (the SSE <c>event:</c>).</param>
/// <param name="Data">The message as JSON.</param>
public sealed record StreamMessage(long Sequence, string Kind, string Data);

/// <summary>What a subscriber gets: the messages it missed, then a live feed.</summary>
/// <param name="Replay">Buffered messages after the client's Last-Event-ID, oldest first.</param>
/// <param name="Live">Messages published from now on.</param>
/// <param name="Gap">True when the client's Last-Event-ID is older than the buffer (or unknown here): it should reload.</param>
/// <param name="Position">Sequence of the latest message published before the subscription began.</param>
public sealed record StreamSubscription(IReadOnlyList<StreamMessage> Replay, ChannelReader<StreamMessage> Live, bool Gap, long Position) : IDisposable
{
    internal Action? OnDispose { get; init; }

    /// <summary>Stops the live feed.</summary>
    public void Dispose() => OnDispose?.Invoke();
}

/// <summary>Fans timeline messages out to connected stream clients and keeps a bounded replay buffer for Last-Event-ID resume.</summary>
public sealed partial class StreamHub
{
    private readonly Lock _gate = new();
    private readonly StreamMessage[] _buffer;
    private readonly HashSet<Channel<StreamMessage>> _subscribers = [];
    private readonly int _clientQueueCapacity;
    private readonly ILogger<StreamHub> _log;
    private readonly long _firstSequence;
    private long _next;
    private int _count;

    /// <summary>Creates the hub. Sequences start at the start time in Unix milliseconds, so ids keep increasing across restarts.</summary>
    public StreamHub(IOptions<GatewayOptions> options, TimeProvider time, ILogger<StreamHub> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _buffer = new StreamMessage[Math.Max(1, options.Value.Stream.ReplayCapacity)];
        _clientQueueCapacity = Math.Max(1, options.Value.Stream.ClientQueueCapacity);
        _log = log;
        _firstSequence = time.GetUtcNow().ToUnixTimeMilliseconds();
        _next = _firstSequence;
    }

    /// <summary>The sequence of the latest message, or one below the first when none was published.</summary>
    public long LastSequence
    {
        get { lock (_gate) { return _next - 1; } }
    }

    /// <summary>Assigns the next sequence, buffers the message and hands it to every subscriber.</summary>
    public StreamMessage Publish(string kind, string data)
    {
        lock (_gate)
        {
            var message = new StreamMessage(_next++, kind, data);
            _buffer[(int)((message.Sequence - _firstSequence) % _buffer.Length)] = message;
            _count = Math.Min(_count + 1, _buffer.Length);
            List<Channel<StreamMessage>>? slow = null;
            foreach (var subscriber in _subscribers)
            {
                if (!subscriber.Writer.TryWrite(message))
                {
                    (slow ??= []).Add(subscriber);
                }
            }
            foreach (var subscriber in slow ?? [])
            {
                // A client that cannot keep up is dropped; it reconnects and resumes from the buffer.
                subscriber.Writer.TryComplete(new StreamClientTooSlowException());
                _subscribers.Remove(subscriber);
                LogSlowClient(_log, message.Sequence);
            }
            GatewayMetrics.StreamMessages.Add(1, new KeyValuePair<string, object?>("kind", kind));
            return message;
        }
    }

    /// <summary>Subscribes; with <paramref name="lastEventId"/> the buffered messages after it are replayed first.</summary>
    public StreamSubscription Subscribe(long? lastEventId)
    {
        var channel = Channel.CreateBounded<StreamMessage>(new BoundedChannelOptions(_clientQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        lock (_gate)
        {
            var replay = new List<StreamMessage>();
            var gap = false;
            if (lastEventId is { } last)
            {
                var oldest = _next - _count;
                if (last < oldest - 1 || last >= _next)
                {
                    gap = true; // from before this buffer, or from another instance
                }
                else
                {
                    for (var seq = last + 1; seq < _next; seq++)
                    {
                        replay.Add(_buffer[(int)((seq - _firstSequence) % _buffer.Length)]);
                    }
                }
            }
            _subscribers.Add(channel);
            return new StreamSubscription(replay, channel.Reader, gap, _next - 1)
            {
                OnDispose = () =>
                {
                    lock (_gate)
                    {
                        _subscribers.Remove(channel);
                    }
                    channel.Writer.TryComplete();
                },
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a stream client that fell behind at sequence {Sequence}")]
    private static partial void LogSlowClient(ILogger logger, long sequence);
}

/// <summary>Ends the stream of a client whose queue overflowed.</summary>
public sealed class StreamClientTooSlowException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StreamClientTooSlowException() : base("The stream client fell behind and was disconnected.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StreamClientTooSlowException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public StreamClientTooSlowException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
