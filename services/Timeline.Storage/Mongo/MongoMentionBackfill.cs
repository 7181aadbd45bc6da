using MongoDB.Bson;
using MongoDB.Driver;

namespace Timeline.Storage.Mongo;

/// <summary>
/// Moves the mentions of events written before events were bounded out of their documents into <c>event_mentions</c>,
/// then cuts each document down to its sample and latest history. Runs at start, before messages are consumed; each
/// event is done on its own and only if its version is unchanged, so an interrupted run is finished by the next start.
/// </summary>
internal static class MongoMentionBackfill
{
    public static async Task<int> RunAsync(MongoContext context, CancellationToken cancellationToken)
    {
        var f = Builders<EventDocument>.Filter;
        // Documents written since carry mentionCount; retired ones hold no mentions.
        var earlier = f.Exists("mentionCount", exists: false) & f.Ne(d => d.Status, EventStatuses.Retired);
        var moved = 0;
        using var cursor = await context.Events.Find(earlier, new FindOptions { BatchSize = 16 }).ToCursorAsync(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var doc in cursor.Current)
            {
                var e = doc.ToEvent();
                var mentions = doc.Mentions.Select(m => m.ToMention()).ToList();
                if (mentions.Count > 0)
                {
                    // Upserts by mention id: running again writes the same documents.
                    await context.MentionOwners.BulkWriteAsync(
                        mentions.Select(m => new ReplaceOneModel<MentionOwnerDocument>(
                            Builders<MentionOwnerDocument>.Filter.Eq(d => d.Id, m.MentionId), MentionOwnerDocument.From(doc.EventId, m)) { IsUpsert = true }),
                        new BulkWriteOptions { IsOrdered = false },
                        cancellationToken);
                }
                await context.Events.UpdateOneAsync(
                    f.Eq(d => d.Id, doc.Id) & f.Eq(d => d.Version, doc.Version),
                    Builders<EventDocument>.Update
                        .Set(d => d.Mentions, [.. e.Mentions.Select(MentionDocument.From)])
                        .Set(d => d.MentionCount, Math.Max(e.MentionCount, mentions.Count))
                        .Set(d => d.History, [.. e.History.Select(h => new HistoryDocument { At = h.At, Change = h.Change, FromVersion = h.FromVersion })])
                        .Set(d => d.HistoryCount, Math.Max(e.HistoryCount, doc.History.Count))
                        .Unset("articleIds"),
                    cancellationToken: cancellationToken);
                moved += mentions.Count;
            }
        }
        return moved;
    }
}
