using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Driver;
using Timeline.Contracts;
using Timeline.Storage;
using Timeline.Storage.Mongo;
using Timeline.Storage.Sqlite;
using Timeline.TimelineService.Merging;

namespace Timeline.Benchmarks;

/// <summary>
/// Mentions merged per second into a store already holding 100,000 events. Each operation is one mention; each
/// EventsExtracted carries two: one that joins an existing event, one about a happening the store has not seen.
/// Mentions/s = 1 / (mean time per operation). Run: dotnet run -c Release --project tools/Timeline.Benchmarks -- --filter *Merge* --job short
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks : IDisposable
{
    private const int Prefilled = 100_000;
    private const int ArticlesPerInvoke = 100;
    private const int MentionsPerInvoke = ArticlesPerInvoke * 2;

    private static readonly string[] Types = [.. EventTypes.All];
    private static readonly Participant[] People =
    [
        .. Enumerable.Range(0, 60).Select(i => new Participant($"Q{1000 + i}", $"Person {i}", ParticipantRoles.Actor, i % 2 == 0 ? "RU" : "KP")),
    ];
    private static readonly DateOnly FirstDay = new(2014, 1, 1);

    private readonly List<TimelineEvent> _seeded = [];
    private string _folder = "";
    private MongoClient? _mongoClient;
    private string _mongoDatabase = "";
    private IEventStore _store = null!;
    private EventMerger _merger = null!;
    private Random _random = null!;
    private int _article;

    /// <summary>The adapter measured: "sqlite" always, "mongo" when MONGODB_URI is set.</summary>
    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "sqlite";

    public static IEnumerable<string> Stores() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MONGODB_URI")) ? ["sqlite"] : ["sqlite", "mongo"];

    [GlobalSetup]
    public async Task Setup()
    {
        _random = new Random(42);
        if (Store == "mongo")
        {
            _mongoClient = new MongoClient(Environment.GetEnvironmentVariable("MONGODB_URI"));
            _mongoDatabase = "timeline_bench_" + Guid.NewGuid().ToString("N")[..8];
            var context = new MongoContext(_mongoClient, _mongoDatabase);
            await MongoIndexes.EnsureAsync(context, CancellationToken.None);
            _store = new MongoEventStore(context);
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "timeline-bench-" + Guid.NewGuid().ToString("N"));
            _store = new SqliteEventStore(new SqliteDatabase(Path.Combine(_folder, "timeline.db")));
        }
        _merger = new EventMerger(_store, NullLogger<EventMerger>.Instance);

        for (var batch = 0; batch < Prefilled / 5000; batch++)
        {
            var inserts = Enumerable.Range(0, 5000).Select(i => SeedEvent(batch * 5000 + i)).ToList();
            _seeded.AddRange(inserts);
            if (!await _store.TryCommitAsync(new EventCommit { Inserts = inserts }, CancellationToken.None))
            {
                throw new InvalidOperationException("Prefill commit failed.");
            }
        }
        Console.WriteLine($"// prefilled {Prefilled} events into {Store}");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_mongoClient is not null)
        {
            await _mongoClient.DropDatabaseAsync(_mongoDatabase);
        }
        if (_folder.Length > 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    public void Dispose()
    {
        _mongoClient?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Applies 100 articles of two mentions each (200 operations).</summary>
    [Benchmark(OperationsPerInvoke = MentionsPerInvoke)]
    public async Task MergeMentions()
    {
        for (var i = 0; i < ArticlesPerInvoke; i++)
        {
            var article = $"bench-{Interlocked.Increment(ref _article)}";
            var existing = _seeded[_random.Next(_seeded.Count)];
            // A happening the store has not seen, drawn like the seeded ones (the draw is not merge work, so it is kept cheap).
            var fresh = Happening(Prefilled + _random.Next(1_000_000));
            await _merger.ApplyAsync(new EventsExtracted
            {
                ArticleId = article,
                Source = "outlet" + _random.Next(20) + ".example",
                PublishedAt = DateTimeOffset.UnixEpoch.AddDays(existing.Date!.Start.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + 1),
                ExtractorVersion = "bench",
                ExtractedAt = DateTimeOffset.UtcNow,
                Events = [Extracted(article + ":1", existing), fresh with { MentionId = article + ":2" }],
            }, CancellationToken.None);
        }
    }

    /// <summary>A random happening of 2014–2025 between one or two of the 60 people, as the extractor would report it.</summary>
    private ExtractedEvent Happening(int n)
    {
        var day = FirstDay.AddDays(_random.Next(12 * 365));
        var date = new EventDate(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DatePrecisions.Day, day, day);
        var a = People[_random.Next(People.Length)];
        var b = People[_random.Next(People.Length)];
        Participant[] participants = a == b ? [a] : [a, b with { Role = ParticipantRoles.Counterpart }];
        var sentence = $"{a.Name} met {b.Name} on {date.Value}.";
        return new ExtractedEvent
        {
            MentionId = $"seed-{n}",
            Type = Types[_random.Next(Types.Length)],
            Modality = Modalities.Occurred,
            Date = date,
            DateDerivation = DateDerivations.Explicit,
            Participants = participants,
            Countries = ["RU", "KP"],
            Summary = $"{a.Name} and {b.Name}",
            Evidence = new Evidence(sentence, 0, sentence.Length),
            Confidence = 0.8,
        };
    }

    private TimelineEvent SeedEvent(int n)
    {
        var happening = Happening(n);
        var mention = new Mention
        {
            MentionId = happening.MentionId,
            ArticleId = $"seed-article-{n}",
            Source = "seed.example",
            Sentence = happening.Evidence.Sentence,
            Start = 0,
            End = happening.Evidence.End,
            ExtractedDate = happening.Date,
            DateDerivation = happening.DateDerivation,
            Modality = happening.Modality,
            Confidence = happening.Confidence,
            Summary = happening.Summary,
            Participants = happening.Participants,
            Countries = happening.Countries,
        };
        return EventComposer.Compose(
            new TimelineEvent
            {
                Id = $"evt_seed{n:D22}",
                Version = 1,
                Type = happening.Type,
                Status = Modalities.Occurred,
                Participants = [],
                Countries = [],
                Summary = "",
                FirstReportedAt = DateTimeOffset.UnixEpoch,
                LastReportedAt = DateTimeOffset.UnixEpoch,
                SourceCount = 0,
                ArticleCount = 0,
                Mentions = [],
                History = [new HistoryEntry(DateTimeOffset.UnixEpoch, "created", 0)],
            },
            [mention]);
    }

    private static ExtractedEvent Extracted(string mentionId, TimelineEvent like) => new()
    {
        MentionId = mentionId,
        Type = like.Type,
        Modality = Modalities.Occurred,
        Date = like.Date,
        DateDerivation = DateDerivations.Explicit,
        Participants = like.Participants,
        Countries = like.Countries,
        Summary = like.Summary,
        Evidence = new Evidence(like.Mentions[0].Sentence, 0, like.Mentions[0].Sentence.Length),
        Confidence = 0.8,
    };
}
