using Timeline.Contracts;
using Timeline.ServiceDefaults.Outbox;

namespace Timeline.Ingestion.Publishing;

/// <summary>Ingestion's outbox stream: the ArticleAccepted of each stored article, written with it.</summary>
public static class IngestionOutbox
{
    /// <summary>The stream ingestion publishes, and the message it carries.</summary>
    public static readonly OutboxStream Stream = new("ingestion", typeof(ArticleAccepted));
}
