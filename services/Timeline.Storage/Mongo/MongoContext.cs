using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>The one MongoDB client of the process and the collections the stores use.</summary>
public sealed class MongoContext
{
    /// <summary>Database used when the connection string names none.</summary>
    public const string DefaultDatabase = "timeline";

    /// <summary>Wraps an existing client (one per process) and opens <paramref name="databaseName"/>.</summary>
    public MongoContext(IMongoClient client, string databaseName)
    {
        ArgumentNullException.ThrowIfNull(client);
        MongoMapping.Register();
        Client = client;
        Database = client.GetDatabase(databaseName);
        Events = Database.GetCollection<EventDocument>("events");
        EventVersions = Database.GetCollection<EventDocument>("event_versions");
        MentionOwners = Database.GetCollection<MentionOwnerDocument>("event_mentions");
        Fences = Database.GetCollection<FenceDocument>("merge_fences");
        AppliedExtractions = Database.GetCollection<AppliedExtractionDocument>("applied_extractions");
        Articles = Database.GetCollection<ArticleDocument>("articles");
        Outbox = Database.GetCollection<OutboxDocument>("outbox");
        OutboxLeases = Database.GetCollection<OutboxLeaseDocument>("outbox_leases");
        OutboxSequences = Database.GetCollection<OutboxSequenceDocument>("outbox_sequences");
        SpanStats = Database.GetCollection<SpanStatsDocument>("event_span_stats");
    }

    /// <summary>The client.</summary>
    public IMongoClient Client { get; }

    /// <summary>The database.</summary>
    public IMongoDatabase Database { get; }

    internal IMongoCollection<EventDocument> Events { get; }
    internal IMongoCollection<EventDocument> EventVersions { get; }
    internal IMongoCollection<MentionOwnerDocument> MentionOwners { get; }
    internal IMongoCollection<FenceDocument> Fences { get; }
    internal IMongoCollection<AppliedExtractionDocument> AppliedExtractions { get; }
    internal IMongoCollection<ArticleDocument> Articles { get; }
    internal IMongoCollection<OutboxDocument> Outbox { get; }
    internal IMongoCollection<OutboxLeaseDocument> OutboxLeases { get; }
    internal IMongoCollection<OutboxSequenceDocument> OutboxSequences { get; }
    internal IMongoCollection<SpanStatsDocument> SpanStats { get; }
}
