using System.Linq.Expressions;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Timeline.Storage.Mongo;

/// <summary>Registers, once per process and before first use, the Guid representation and the class maps of the stored documents.</summary>
public static class MongoMapping
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Idempotent: safe to call from every registration path and test.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            // TryRegister: another library in the process may have registered the same serializer already.
            BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));

            var pack = new ConventionPack
            {
                new CamelCaseElementNameConvention(),
                new IgnoreExtraElementsConvention(true),
                new IgnoreIfNullConvention(true),
            };
            // Scoped to this namespace, so other documents in the process keep their own conventions.
            ConventionRegistry.Register("Timeline.Storage.Mongo", pack, t => t.Namespace == typeof(MongoMapping).Namespace);

            // DateTimeOffset as {DateTime (UTC, queryable), Ticks, Offset}: exact round trip, offset kept.
            var offset = new DateTimeOffsetSerializer(BsonType.Document);
            var nullableOffset = new NullableSerializer<DateTimeOffset>(offset);
            var utc = new DateTimeSerializer(DateTimeKind.Utc);

            BsonClassMap.TryRegisterClassMap<EventDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapIdMember(d => d.Id);
                cm.MapMember(d => d.FirstReportedAt).SetSerializer(offset);
                cm.MapMember(d => d.LastReportedAt).SetSerializer(offset);
                cm.MapMember(d => d.RecordedAt).SetSerializer(new NullableSerializer<DateTime>(utc));
                cm.MapMember(d => d.SupersededAt).SetSerializer(new NullableSerializer<DateTime>(utc));
            });
            BsonClassMap.TryRegisterClassMap<DateDocument>(cm => cm.AutoMap());
            BsonClassMap.TryRegisterClassMap<ParticipantDocument>(cm => cm.AutoMap());
            BsonClassMap.TryRegisterClassMap<MentionDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapMember(d => d.PublishedAt).SetSerializer(nullableOffset);
            });
            BsonClassMap.TryRegisterClassMap<HistoryDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapMember(d => d.At).SetSerializer(offset);
            });
            BsonClassMap.TryRegisterClassMap<OutboxDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapIdMember(d => d.Id);
                cm.MapMember(d => d.CreatedAt).SetSerializer(offset);
            });
            BsonClassMap.TryRegisterClassMap<OutboxLeaseDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapIdMember(d => d.Id);
                cm.MapMember(d => d.ExpiresAt).SetSerializer(utc);
            });
            BsonClassMap.TryRegisterClassMap<AppliedExtractionDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapIdMember(d => d.Id);
                cm.MapMember(d => d.ExtractedAt).SetSerializer(offset);
            });
            BsonClassMap.TryRegisterClassMap<ArticleDocument>(cm =>
            {
                cm.AutoMap();
                cm.MapIdMember(d => d.Id);
                cm.MapMember(d => d.PublishedAt).SetSerializer(nullableOffset);
                cm.MapMember(d => d.AcceptedAt).SetSerializer(offset);
                cm.MapMember(d => d.AcceptedAtUtc).SetSerializer(utc);
            });
            // Documents that are an id and plain fields.
            ById<MentionOwnerDocument>(d => d.Id);
            ById<FenceDocument>(d => d.Id);
            ById<OutboxSequenceDocument>(d => d.Id);
            ById<SpanStatsDocument>(d => d.Id);
            _registered = true;
        }
    }

    private static void ById<T>(Expression<Func<T, string>> id) =>
        BsonClassMap.TryRegisterClassMap<T>(cm =>
        {
            cm.AutoMap();
            cm.MapIdMember(id);
        });
}
