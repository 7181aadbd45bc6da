using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Timeline.Storage.Outbox;

namespace Timeline.ServiceDefaults.Outbox;

/// <summary>One service's stored messages: the stream name its rows carry and the contract types they may hold.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A stream of messages, not a System.IO.Stream.")]
public sealed class OutboxStream
{
    // The shape MassTransit gives the contracts on the wire (camelCase).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Most messages written here and not yet published that are held as objects; when full the map starts over.
    private const int MaxHeld = 4096;

    private readonly Dictionary<string, Type> _types;

    // The messages this process wrote, by row id, until its dispatcher publishes them: it takes the object a row was
    // made from instead of parsing the row's JSON back. Rows of other instances, from before a restart or of a commit
    // that rolled back (its retry writes new rows) are parsed as before; a miss costs one parse, nothing else.
    private readonly ConcurrentDictionary<string, object> _written = new(StringComparer.Ordinal);
    private int _held;

    /// <summary>A stream named <paramref name="name"/> carrying <paramref name="messageTypes"/>.</summary>
    public OutboxStream(string name, params Type[] messageTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _types = messageTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The stream's name ("timeline", "ingestion").</summary>
    public string Name { get; }

    /// <summary>A row holding <paramref name="message"/>, tied to the current trace.</summary>
    public OutboxMessage Message<T>(T message, DateTimeOffset now)
        where T : class
    {
        if (!_types.ContainsKey(typeof(T).Name))
        {
            throw new ArgumentException($"The {Name} outbox does not carry {typeof(T).Name}.", nameof(message));
        }
        var row = OutboxMessage.Create(Name, typeof(T).Name, JsonSerializer.Serialize(message, Json), Activity.Current?.Id, now);
        if (Interlocked.Increment(ref _held) > MaxHeld)
        {
            _written.Clear();
            Volatile.Write(ref _held, 1);
        }
        _written[row.Id] = message;
        return row;
    }

    /// <summary>The message a row holds, and its contract type.</summary>
    public (object Message, Type Type) Read(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_types.TryGetValue(row.MessageType, out var type))
        {
            throw new InvalidDataException($"Outbox message {row.Id} has type \"{row.MessageType}\", which the {Name} stream does not carry.");
        }
        if (_written.TryRemove(row.Id, out var written) && written.GetType() == type)
        {
            Interlocked.Decrement(ref _held);
            return (written, type);
        }
        return (JsonSerializer.Deserialize(row.Payload, type, Json) ?? throw new InvalidDataException($"Outbox message {row.Id} is empty."), type);
    }
}
