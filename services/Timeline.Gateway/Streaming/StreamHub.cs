using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Timeline.Gateway.Streaming;

/// <summary>
/// One message of the live stream. Its JSON is written the first time a client needs it (and kept for the others), so a
/// gateway with no stream client serialises nothing.
/// </summary>
public sealed class StreamMessage
{
    private readonly Func<string> _serialize;
    private readonly Action<StreamMessage>? _written;
    private readonly int _estimate;
    private string? _data;

    /// <summary>A message whose JSON <paramref name="serialize"/> writes when first needed.</summary>
    /// <param name="sequence">Monotonically increasing id (the SSE <c>id:</c>).</param>
    /// <param name="kind">created, updated, merged or retired (the SSE <c>event:</c>).</param>
    /// <param name="serialize">Writes the message as JSON.</param>
    /// <param name="written">Told once the JSON is written.</param>
    /// <param name="estimate">Characters the message is expected to take (its size on the wire), held until it is written.</param>
    public StreamMessage(long sequence, string kind, Func<string> serialize, Action<StreamMessage>? written = null, int estimate = 0)
    {
        Sequence = sequence;
        Kind = kind;
        _serialize = serialize;
        _written = written;
        _estimate = Math.Max(0, estimate);
        Accounted = _estimate;
    }

    /// <summary>Monotonically increasing id (the SSE <c>id:</c>).</summary>
    public long Sequence { get; }

    /// <summary>created, updated, merged or retired (the SSE <c>event:</c>).</summary>
    public string Kind { get; }

    /// <summary>The message as JSON.</summary>
    public string Data
    {
        get
        {
            if (Volatile.Read(ref _data) is { } data)
            {
                return data;
            }
            var written = _serialize();
            if (Interlocked.CompareExchange(ref _data, written, null) is null)
            {
                _written?.Invoke(this);
                return written;
            }
            return _data;
        }
    }

    /// <summary>Characters held for this message: its JSON once written, its estimated size until then.</summary>
    public int HeldCharacters => Volatile.Read(ref _data)?.Length ?? _estimate;

    /// <summary>What the hub's replay budget counts for this message (changed under the hub's lock only).</summary>
    internal int Accounted { get; set; }
}

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

/// <summary>
/// Fans timeline messages out to connected stream clients and keeps a bounded replay buffer for Last-Event-ID resume:
/// at most <see cref="StreamSettings.ReplayCapacity"/> messages, and at most <see cref="StreamSettings.ReplayBytes"/> of
/// written JSON (the oldest go first), so a burst of large messages cannot hold the gateway's memory.
/// </summary>
public sealed partial class StreamHub
{
    private readonly Lock _gate = new();
    private readonly StreamMessage[] _buffer;
    private readonly HashSet<Channel<StreamMessage>> _subscribers = [];
    private readonly int _clientQueueCapacity;
    private readonly ILogger<StreamHub> _log;
    private readonly long _firstSequence;
    private readonly long _replayCharacters;
    private long _heldCharacters;
    private long _next;
    private int _count;

    /// <summary>Creates the hub. Sequences start at the start time in Unix milliseconds, so ids keep increasing across restarts.</summary>
    public StreamHub(IOptions<GatewayOptions> options, TimeProvider time, ILogger<StreamHub> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _buffer = new StreamMessage[Math.Max(1, options.Value.Stream.ReplayCapacity)];
        _clientQueueCapacity = Math.Max(1, options.Value.Stream.ClientQueueCapacity);
        _replayCharacters = Math.Max(1, options.Value.Stream.ReplayBytes / sizeof(char));
        _log = log;
        _firstSequence = time.GetUtcNow().ToUnixTimeMilliseconds();
        _next = _firstSequence;
    }

    /// <summary>The sequence of the latest message, or one below the first when none was published.</summary>
    public long LastSequence
    {
        get { lock (_gate) { return _next - 1; } }
    }

    /// <summary>
    /// Assigns the next sequence, buffers the message and hands it to every subscriber. <paramref name="serialize"/> runs
    /// only when a client needs the message's JSON, once; until then the message counts as <paramref name="estimatedCharacters"/>
    /// against the replay budget (the message object it holds is about that large).
    /// </summary>
    public StreamMessage Publish(string kind, Func<string> serialize, int estimatedCharacters = 0)
    {
        lock (_gate)
        {
            var message = new StreamMessage(_next++, kind, serialize, Held, estimatedCharacters);
            _heldCharacters += message.Accounted;
            var slot = (int)((message.Sequence - _firstSequence) % _buffer.Length);
            if (_count == _buffer.Length)
            {
                Release(_buffer[slot]); // the oldest message leaves the buffer
            }
            _buffer[slot] = message;
            _count = Math.Min(_count + 1, _buffer.Length);
            TrimToBudget();
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

    /// <summary>Characters the replay buffer holds now (written JSON, or the estimate of a message not yet written).</summary>
    public long HeldCharacters
    {
        get { lock (_gate) { return _heldCharacters; } }
    }

    // A buffered message's JSON was written: the budget counts its real size from now on.
    private void Held(StreamMessage message)
    {
        lock (_gate)
        {
            var slot = (int)((message.Sequence - _firstSequence) % _buffer.Length);
            if (ReferenceEquals(_buffer[slot], message))
            {
                _heldCharacters += message.HeldCharacters - message.Accounted;
                message.Accounted = message.HeldCharacters;
                TrimToBudget();
            }
        }
    }

    private void Release(StreamMessage? message)
    {
        if (message is not null)
        {
            _heldCharacters -= message.Accounted;
        }
    }

    // Drops the oldest buffered messages while the written JSON exceeds the budget; the newest always stays.
    private void TrimToBudget()
    {
        while (_count > 1 && _heldCharacters > _replayCharacters)
        {
            var oldest = _next - _count;
            var slot = (int)((oldest - _firstSequence) % _buffer.Length);
            Release(_buffer[slot]);
            _buffer[slot] = null!;
            _count--;
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
