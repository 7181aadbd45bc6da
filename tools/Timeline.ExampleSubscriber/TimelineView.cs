using System.Collections.Concurrent;

namespace Timeline.ExampleSubscriber;

/// <summary>
/// A subscriber's copy of the timeline, kept by version: a message older than or equal to what is held is ignored, so
/// redeliveries and out-of-order arrivals are harmless. Merged ids are remembered as redirects.
/// </summary>
public sealed class TimelineView
{
    private readonly ConcurrentDictionary<string, TimelineNotification> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Applies the notification if it is newer than the held version; false when it was stale or a duplicate.</summary>
    public bool Apply(TimelineNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        lock (_gate)
        {
            if (_events.TryGetValue(notification.EventId, out var held) && held.Version >= notification.Version)
            {
                return false;
            }
            _events[notification.EventId] = notification;
            foreach (var id in notification.RetiredIds)
            {
                _redirects[id] = notification.EventId;
            }
            return true;
        }
    }

    /// <summary>The latest held message of an event, following merge redirects.</summary>
    public TimelineNotification? Get(string eventId)
    {
        var id = eventId;
        for (var hops = 0; hops < 16 && _redirects.TryGetValue(id, out var next); hops++)
        {
            id = next;
        }
        return _events.GetValueOrDefault(id);
    }

    /// <summary>Number of events held (retired ones included).</summary>
    public int Count => _events.Count;
}
