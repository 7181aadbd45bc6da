using System.Text.Json;

namespace Timeline.ExampleSubscriber;

/// <summary>One message from the timeline, read from the MassTransit JSON envelope with nothing but System.Text.Json.</summary>
/// <param name="Kind">"created", "updated", "merged" or "retired".</param>
/// <param name="EventId">The event the message is about (the survivor for a merge).</param>
/// <param name="Version">The event's version after the change.</param>
/// <param name="Event">The full event (absent for "retired").</param>
/// <param name="Changes">What changed, for "updated".</param>
/// <param name="RetiredIds">Ids that now redirect to <paramref name="EventId"/>, for "merged".</param>
/// <param name="Reason">Why, for "retired".</param>
/// <param name="MessageId">The envelope's message id.</param>
public sealed record TimelineNotification(
    string Kind,
    string EventId,
    long Version,
    JsonElement? Event,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string> RetiredIds,
    string? Reason,
    string? MessageId)
{
    /// <summary>Reads a MassTransit envelope: <c>messageType</c> (URNs) says what <c>message</c> holds.</summary>
    public static TimelineNotification Parse(ReadOnlySpan<byte> body)
    {
        using var doc = JsonDocument.Parse(body.ToArray());
        var root = doc.RootElement;
        var types = root.TryGetProperty("messageType", out var mt) ? mt.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [];
        if (!root.TryGetProperty("message", out var message))
        {
            throw new FormatException("Not a MassTransit envelope: no \"message\" property.");
        }
        var messageId = root.TryGetProperty("messageId", out var id) ? id.GetString() : null;
        string? Find(string name) => types.FirstOrDefault(t => t.EndsWith(":" + name, StringComparison.Ordinal));

        if (Find("TimelineEventRetired") is not null)
        {
            return new TimelineNotification(
                "retired",
                message.GetProperty("eventId").GetString()!,
                message.GetProperty("version").GetInt64(),
                null,
                [],
                [],
                message.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
                messageId);
        }
        var kind = Find("TimelineEventCreated") is not null ? "created"
            : Find("TimelineEventUpdated") is not null ? "updated"
            : Find("TimelineEventsMerged") is not null ? "merged"
            : throw new FormatException($"Unknown message type: {string.Join(", ", types)}");
        var evt = message.GetProperty("event").Clone();
        return new TimelineNotification(
            kind,
            evt.GetProperty("id").GetString()!,
            evt.GetProperty("version").GetInt64(),
            evt,
            Strings(message, "changes"),
            Strings(message, "retiredIds"),
            null,
            messageId);
    }

    private static List<string> Strings(JsonElement message, string name) =>
        message.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(s => s.GetString() ?? "")]
            : [];

    /// <summary>A one-line description for the console.</summary>
    public override string ToString()
    {
        if (Event is not { } e)
        {
            return $"v{Version} {Kind,-8} {EventId} ({Reason})";
        }
        var date = e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object ? d.GetProperty("value").GetString() : "undated";
        var line = $"v{Version} {Kind,-8} {EventId} {date} {e.GetProperty("type").GetString()} {e.GetProperty("status").GetString()} " +
            $"\"{e.GetProperty("summary").GetString()}\" ({e.GetProperty("sourceCount").GetInt32()} sources)";
        if (Changes.Count > 0)
        {
            line += " changes: " + string.Join("; ", Changes);
        }
        if (RetiredIds.Count > 0)
        {
            line += " absorbed: " + string.Join(", ", RetiredIds);
        }
        return line;
    }
}
