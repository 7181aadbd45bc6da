using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Timeline.Contracts;
using Timeline.ServiceDefaults;
using Timeline.Storage;
using Timeline.TimelineService.Publishing;

namespace Timeline.TimelineService.Merging;

/// <summary>
/// Turns one article's extracted mentions into changes of canonical events: a mention joins the event it agrees with on
/// type, date and participants, or starts a new one; a mention agreeing with two events merges them; reprocessing an
/// article replaces its mentions. Every decision is committed atomically against the versions and fences it read, and
/// recomputed from scratch when a concurrent writer got there first.
/// </summary>
public sealed class EventMerger(IEventStore store, ILogger<EventMerger> log, TimeProvider? timeProvider = null)
{
    /// <summary>Optimistic attempts before giving up with <see cref="MergeConflictException"/>.</summary>
    public const int MaxAttempts = 12;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Applies <paramref name="extraction"/> idempotently: a redelivered or older run changes nothing.</summary>
    public async Task<MergeOutcome> ApplyAsync(EventsExtracted extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using var activity = TimelineTelemetry.TimelineService.StartActivity("merge mentions");
        activity?.SetTag("timeline.article_id", extraction.ArticleId);
        activity?.SetTag("timeline.mentions", extraction.Events.Count);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var outcome = await AttemptAsync(extraction, attempt, cancellationToken);
            if (outcome is not null)
            {
                activity?.SetTag("timeline.disposition", outcome.Disposition.ToString());
                activity?.SetTag("timeline.attempts", attempt);
                Record(extraction, outcome);
                return outcome;
            }
            MergeMetrics.Conflicts.Add(1);
            // Back off a little, with jitter, so competing instances stop colliding.
            await Task.Delay(Random.Shared.Next(1, 4 * attempt), cancellationToken);
        }
        activity?.SetStatus(ActivityStatusCode.Error, "conflict");
        throw new MergeConflictException($"Article {extraction.ArticleId}: lost {MaxAttempts} optimistic attempts to concurrent writers.");
    }

    private void Record(EventsExtracted extraction, MergeOutcome outcome)
    {
        if (outcome.Disposition != MergeDisposition.Applied)
        {
            MergeMetrics.Skipped.Add(1, new KeyValuePair<string, object?>("reason", outcome.Disposition.ToString().ToLowerInvariant()));
            log.LogInformation("Extraction of {ArticleId} at {ExtractedAt} ignored: {Disposition}", extraction.ArticleId, extraction.ExtractedAt, outcome.Disposition);
            return;
        }
        MergeMetrics.MentionsMerged.Add(outcome.MentionsMerged);
        MergeMetrics.EventsCreated.Add(outcome.Created.Count);
        MergeMetrics.EventsUpdated.Add(outcome.Updated.Count);
        MergeMetrics.EventsMerged.Add(outcome.Merged.Sum(m => m.RetiredIds.Count));
        MergeMetrics.EventsRetired.Add(outcome.Retired.Count);
        // Per article, so Debug: the merge counters above say the same in aggregate.
        if (log.IsEnabled(LogLevel.Debug))
        {
            log.LogDebug(
                "Extraction of {ArticleId}: {Mentions} mentions, {Created} created, {Updated} updated, {Merged} merged, {Retired} retired in {Attempts} attempt(s)",
                extraction.ArticleId, outcome.MentionsMerged, outcome.Created.Count, outcome.Updated.Count, outcome.Merged.Count, outcome.Retired.Count, outcome.Attempts);
        }
    }

    /// <summary>One optimistic attempt; null when the commit lost to a concurrent writer.</summary>
    private async Task<MergeOutcome?> AttemptAsync(EventsExtracted extraction, int attempt, CancellationToken ct)
    {
        var articleId = extraction.ArticleId;
        var fingerprint = Fingerprint(extraction);
        var applied = await store.GetAppliedExtractionAsync(articleId, ct);
        if (applied is not null)
        {
            if (applied.ExtractedAt > extraction.ExtractedAt)
            {
                return MergeOutcome.Nothing(MergeDisposition.Stale);
            }
            if (applied.ExtractedAt == extraction.ExtractedAt)
            {
                if (applied.Fingerprint == fingerprint)
                {
                    return MergeOutcome.Nothing(MergeDisposition.Duplicate);
                }
                // Two different runs stamped with the same time: pick one deterministically so every instance agrees.
                if (string.CompareOrdinal(fingerprint, applied.Fingerprint) < 0)
                {
                    return MergeOutcome.Nothing(MergeDisposition.Stale);
                }
            }
        }

        var mentions = ToMentions(extraction);
        var searches = mentions.Select(m => (Mention: m.Mention, m.Type, Window: m.Mention.ExtractedDate is { } d ? MergeRules.Window(d, m.Mention.DateDerivation) : ((DateOnly, DateOnly)?)null)).ToList();
        // Fences are read before the candidate search: a concurrent writer that changes these buckets afterwards makes our commit fail.
        var fences = new Dictionary<string, long>(await store.GetFencesAsync(
            [.. searches.SelectMany(s => MergeRules.FenceKeys(s.Type, s.Window?.Item1, s.Window?.Item2)).Distinct(StringComparer.Ordinal)], ct), StringComparer.Ordinal);

        var now = _time.GetUtcNow();
        var working = new Dictionary<string, WorkingEvent>(StringComparer.Ordinal);
        foreach (var e in await store.FindByArticleAsync(articleId, ct))
        {
            // Reprocessing replaces the article's mentions: drop the old ones, the new run adds its own back. The event's
            // aggregates are then folded again from its remaining mentions (read whole, once).
            var w = await WorkingEvent.LoadAsync(store, e, tally: null, ct);
            w.RemoveArticle(articleId);
            working[e.Id] = w;
        }

        foreach (var (mention, type, window) in searches)
        {
            var (from, to) = window ?? (DateOnly.MinValue, DateOnly.MinValue);
            // Candidates that cannot agree with this mention are never placed with it, so they need not be read; one that
            // agrees with another mention of the run is found by that mention's own search.
            var people = MergeRules.People(mention.Participants);
            var found = (await store.FindCandidatesAsync(type, from, to, includeUndated: window is null, ids => MergeRules.MayShareParticipants(people, ids), ct))
                .Where(c => !working.ContainsKey(c.Id)).ToList();
            var tallies = found.Count == 0 ? new Dictionary<string, EventTally>() : await store.GetTalliesAsync([.. found.Select(c => c.Id)], ct);
            foreach (var candidate in found)
            {
                working[candidate.Id] = await WorkingEvent.LoadAsync(store, candidate, tallies.GetValueOrDefault(candidate.Id), ct);
            }
            await PlaceAsync(mention, type, working, extraction, now, ct);
        }

        var result = Decide(working, now);
        var lateKeys = result.Writes.SelectMany(w => MergeRules.FenceKeys(w.Final).Concat(w.Stored is null ? [] : MergeRules.FenceKeys(w.Stored)))
            .Where(k => !fences.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (lateKeys.Count > 0)
        {
            foreach (var (k, v) in await store.GetFencesAsync(lateKeys, ct))
            {
                fences[k] = v;
            }
        }
        var commit = new EventCommit
        {
            Inserts = [.. result.Writes.Where(w => w.Stored is null).Select(w => w.Final)],
            Replacements = [.. result.Writes.Where(w => w.Stored is not null).Select(w => new EventReplacement(w.Final, w.Stored!.Version) { Replaced = w.Stored })],
            MentionChanges = result.Writes.ToDictionary(w => w.Final.Id, w => w.Change, StringComparer.Ordinal),
            Fences = fences,
            Applied = new AppliedExtraction(articleId, extraction.ExtractedAt, fingerprint),
            ExpectedApplied = applied,
        };
        var outcome = result.Outcome(mentions.Count, attempt);
        // The messages are stored with the change, so a change is never committed without them.
        if (!await store.TryCommitAsync(commit with { Messages = TimelineOutbox.For(outcome, now) }, ct))
        {
            log.LogDebug("Merge of {ArticleId} lost attempt {Attempt} to a concurrent writer", articleId, attempt);
            return null;
        }
        return outcome;
    }

    /// <summary>Puts one mention on the timeline: into the best agreeing event, merging every other agreeing event into it; or into a new event.</summary>
    private async Task PlaceAsync(Mention mention, string type, Dictionary<string, WorkingEvent> working, EventsExtracted extraction, DateTimeOffset now, CancellationToken ct)
    {
        var agreeing = working.Values
            .Where(w => w.IsLive && w.Type == type && MergeRules.Agrees(mention, w.MatchState, w.MatchTally) && !MergeRules.HoldsOtherMentionOfArticle(w.Known, mention))
            .OrderByDescending(w => SharedPeople(mention.Participants, w.MatchState.Participants))
            .ThenBy(w => DayDistance(mention.ExtractedDate, w.MatchState.Date))
            .ThenByDescending(w => w.Tally.Mentions)
            .ThenBy(w => w.Id, StringComparer.Ordinal)
            .ToList();
        if (agreeing.Count == 0)
        {
            var created = WorkingEvent.New(EventIds.New(now), type, extraction, now);
            created.Add(mention);
            working[created.Id] = created;
            return;
        }
        var best = agreeing[0];
        // New evidence joins other events only when they are compatible with the best match themselves; a mention dated
        // coarser than a day never bridges two events on different days (a call on the 12th and talks on the 25th).
        var bridgesDays = mention.ExtractedDate?.Precision == DatePrecisions.Day;
        var others = agreeing.Skip(1)
            .Where(w => MergeRules.EventsAgree(best.MatchState, best.MatchTally, w.MatchState, w.MatchTally)
                && (bridgesDays || !MergeRules.DifferentDays(best.MatchState.Date, w.MatchState.Date)))
            .ToList();
        if (others.Count > 0)
        {
            // A merge: whether one article's mentions on different dates would meet needs every mention of both sides.
            await best.LoadAllAsync(store, ct);
            foreach (var other in others)
            {
                await other.LoadAllAsync(store, ct);
            }
            others = [.. others.Where(w => !w.Known.Any(m => MergeRules.HoldsOtherMentionOfArticle(best.Known, m)))];
        }
        var survivor = others.Prepend(best)
            .OrderBy(w => w.Stored is null ? 1 : 0)
            .ThenByDescending(w => w.StoredMentionCount)
            .ThenBy(w => w.Stored?.FirstReportedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(w => w.Id, StringComparer.Ordinal)
            .First();
        foreach (var other in others.Prepend(best).Where(w => w != survivor))
        {
            survivor.Absorb(other);
        }
        survivor.Add(mention);
    }

    private static int SharedPeople(IReadOnlyList<Participant> a, IReadOnlyList<Participant> b) =>
        MergeRules.People(a).Intersect(MergeRules.People(b), StringComparer.Ordinal).Count();

    private static int DayDistance(EventDate? a, EventDate? b) =>
        a is null || b is null ? 0 : Math.Abs(a.Start.DayNumber - b.Start.DayNumber);

    /// <summary>The final state of every touched event, how its mentions change, and the messages that announce it.</summary>
    private static Decision Decide(Dictionary<string, WorkingEvent> working, DateTimeOffset now)
    {
        var decision = new Decision();
        foreach (var w in working.Values.Where(w => w.MergedInto is not null))
        {
            // A survivor may itself have been absorbed later in the run: redirect straight to the final one.
            var target = w.MergedInto!;
            while (working[target].MergedInto is { } next)
            {
                target = next;
            }
            w.RedirectTo(target);
        }
        foreach (var w in working.Values.Where(w => w.Touched).OrderBy(w => w.Id, StringComparer.Ordinal))
        {
            if (w.Stored is null)
            {
                if (w.MergedInto is null && w.Tally.Mentions > 0)
                {
                    var created = w.Composed with { Version = 1, History = [new HistoryEntry(now, "created", 0)], HistoryCount = 1 };
                    decision.Writes.Add((null, created, w.Change()));
                    decision.Created.Add(new TimelineEventCreated { Event = MentionSample.Compact(created) });
                }
                continue;
            }
            var stored = w.Stored;
            if (w.MergedInto is not null || w.Tally.Mentions == 0)
            {
                const string reason = "no supporting mentions after reprocessing";
                var change = w.MergedInto is not null ? $"merged into {w.MergedInto}" : "retired: " + reason;
                var retired = stored with
                {
                    Version = stored.Version + 1,
                    Status = EventStatuses.Retired,
                    MergedInto = w.MergedInto,
                    Mentions = [],
                    MentionCount = 0,
                    SourceCount = 0,
                    ArticleCount = 0,
                    History = MentionSample.Latest([.. stored.History, new HistoryEntry(now, change, stored.Version)]),
                    HistoryCount = w.StoredHistoryCount + 1,
                };
                decision.Writes.Add((stored, retired, w.Change()));
                if (w.MergedInto is null)
                {
                    decision.Retired.Add(new TimelineEventRetired { EventId = stored.Id, Version = retired.Version, Reason = reason });
                }
                continue;
            }
            var composed = w.Composed;
            var (added, removed) = w.NetMentionChange();
            if (w.Absorbed.Count == 0 && added.Count == 0 && removed.Count == 0 && w.ReaddedUnchanged && Same(stored, composed))
            {
                continue;
            }
            var changes = EventComposer.Changes(stored, composed, [.. added, .. w.AbsorbedMentions], removed.Count).ToList();
            changes.AddRange(w.Absorbed.Select(id => $"merged {id}"));
            if (changes.Count == 0)
            {
                changes.Add("mentions updated");
            }
            var updated = composed with
            {
                Version = stored.Version + 1,
                History = MentionSample.Latest([.. stored.History, .. changes.Select(c => new HistoryEntry(now, c, stored.Version))]),
                HistoryCount = w.StoredHistoryCount + changes.Count,
            };
            decision.Writes.Add((stored, updated, w.Change()));
            var addedIds = added.Select(m => m.MentionId).ToList();
            if (w.Absorbed.Count > 0)
            {
                decision.Merged.Add(new TimelineEventsMerged { Event = MentionSample.Compact(updated), RetiredIds = [.. w.Absorbed], AddedMentionIds = addedIds });
            }
            else
            {
                decision.Updated.Add(new TimelineEventUpdated
                {
                    Event = MentionSample.Compact(updated),
                    Changes = changes,
                    AddedMentionIds = addedIds,
                    RemovedMentionIds = [.. removed.Select(m => m.MentionId)],
                });
            }
        }
        return decision;
    }

    // Version, history and the mention sample aside, equal JSON means nothing a reader can see changed.
    private static bool Same(TimelineEvent a, TimelineEvent b) =>
        JsonSerializer.Serialize(a with { Version = 0, History = [], HistoryCount = 0, Mentions = [] }, Json)
        == JsonSerializer.Serialize(b with { Version = 0, History = [], HistoryCount = 0, Mentions = [] }, Json);

    /// <summary>The run's mentions as the timeline stores them; hypothetical ones never reach the timeline.</summary>
    private static List<(Mention Mention, string Type)> ToMentions(EventsExtracted extraction)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(Mention, string)>();
        foreach (var e in extraction.Events)
        {
            if (e.Modality == Modalities.Hypothetical || string.IsNullOrWhiteSpace(e.Type))
            {
                continue;
            }
            // Mention ids are unique across the timeline; an extractor reporting two events in one sentence gets them numbered.
            var id = string.IsNullOrWhiteSpace(e.MentionId) ? $"{extraction.ArticleId}:{e.Evidence.Start}-{e.Evidence.End}" : e.MentionId;
            var n = seen[id] = seen.GetValueOrDefault(id) + 1;
            result.Add((new Mention
            {
                MentionId = n == 1 ? id : $"{id}#{n}",
                ArticleId = extraction.ArticleId,
                Source = extraction.Source,
                Url = extraction.Url,
                Sentence = e.Evidence.Sentence,
                Start = e.Evidence.Start,
                End = e.Evidence.End,
                ExtractedDate = e.Date,
                DateDerivation = e.DateDerivation,
                Modality = e.Modality,
                Confidence = e.Confidence,
                PublishedAt = extraction.PublishedAt,
                Summary = e.Summary,
                Participants = e.Participants,
                Countries = e.Countries,
                Location = e.Location,
                Subtype = e.Subtype,
            }, e.Type));
        }
        return result;
    }

    /// <summary>Hash of the run's content, so a byte-identical redelivery is recognised.</summary>
    public static string Fingerprint(EventsExtracted extraction)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { extraction.ExtractorVersion, extraction.Events }, Json);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    /// <summary>
    /// An event as this attempt sees it: its stored state, its tally, the mentions the run added, and (only when needed:
    /// reprocessing, merges, events stored before tallies were kept) every one of its mentions.
    /// </summary>
    private sealed class WorkingEvent
    {
        // Composed from the tally, or null once it changed: composed again only when next needed.
        private TimelineEvent? _composed;

        private WorkingEvent(TimelineEvent basis, TimelineEvent? stored, MentionTally tally, List<Mention>? all)
        {
            Basis = basis;
            Stored = stored;
            Tally = tally;
            MatchTally = tally;
            All = all;
            StoredMentionCount = tally.Mentions;
            _composed = stored;
        }

        /// <summary>A stored event with its stored tally; without one (stored before tallies were kept) its mentions are read and folded.</summary>
        public static async Task<WorkingEvent> LoadAsync(IEventStore store, TimelineEvent stored, EventTally? tally, CancellationToken ct)
        {
            if (tally is not null)
            {
                return new WorkingEvent(stored, stored, MentionTally.From(tally), all: null);
            }
            // A document written whole (before tallies, or by a writer that gives the whole list) that holds no more
            // mentions than it counts has them all: nothing to read.
            var all = stored.MentionCount <= stored.Mentions.Count ? [.. stored.Mentions] : await ReadAllAsync(store, stored.Id, ct);
            return new WorkingEvent(stored, stored, MentionTally.Of(all), all);
        }

        public static WorkingEvent New(string id, string type, EventsExtracted extraction, DateTimeOffset now)
        {
            var reported = extraction.PublishedAt ?? extraction.ExtractedAt;
            var basis = new TimelineEvent
            {
                Id = id,
                Version = 0,
                Type = type,
                Status = Modalities.Occurred,
                Participants = [],
                Countries = [],
                Summary = "",
                FirstReportedAt = reported,
                LastReportedAt = reported,
                SourceCount = 0,
                ArticleCount = 0,
                Mentions = [],
                History = [new HistoryEntry(now, "created", 0)],
            };
            // A new event has no stored mentions: all of them are known.
            return new WorkingEvent(basis, stored: null, new MentionTally(), all: []) { _composed = basis };
        }

        public TimelineEvent? Stored { get; }
        public TimelineEvent Basis { get; }

        /// <summary>Every mention the event has now, once read; null while only the tally is known.</summary>
        public List<Mention>? All { get; private set; }

        /// <summary>The tally of every mention the event has now.</summary>
        public MentionTally Tally { get; private set; }

        /// <summary>The tally the event is matched with: as stored while it has no mentions left, else <see cref="Tally"/>.</summary>
        public MentionTally MatchTally { get; private set; }

        /// <summary>This run's mentions now in the event (none stored yet).</summary>
        public List<Mention> Added { get; } = [];

        /// <summary>Stored mentions this run took out (the article's previous run).</summary>
        public List<Mention> Removed { get; } = [];

        /// <summary>Stored mentions of the events this one absorbed.</summary>
        public List<Mention> AbsorbedMentions { get; } = [];

        public List<string> Absorbed { get; } = [];
        public string? MergedInto { get; private set; }
        public int StoredMentionCount { get; private set; }
        public int StoredHistoryCount => Stored is null ? 0 : Math.Max(Stored.HistoryCount, Stored.History.Count);
        private string? _removedArticle;

        /// <summary>True once the run changed the event's mentions (untouched candidates are never rewritten).</summary>
        public bool Touched { get; private set; }
        public string Id => Basis.Id;
        public string Type => Basis.Type;
        public bool IsLive => MergedInto is null && Basis.Status != EventStatuses.Retired;

        /// <summary>The mentions known here: all once read, else the run's own (the only ones of this article it can hold).</summary>
        public IReadOnlyList<Mention> Known => All ?? Added;

        /// <summary>What a mention is compared with: the event as it now stands, or as stored while it has no mentions left.</summary>
        public TimelineEvent MatchState => Tally.Mentions > 0 ? Composed : Basis;

        /// <summary>The event as its tally now makes it (as stored until the run changes it); its sample from the stored sample and the run's mentions.</summary>
        public TimelineEvent Composed => _composed ??= EventComposer.Compose(Basis, Tally, All ?? [.. Basis.Mentions, .. Added]);

        /// <summary>True when every re-added mention equals the one it replaces (a reprocessing that found the same).</summary>
        public bool ReaddedUnchanged =>
            Removed.Count == Added.Count && MentionSample.InReportOrder(Removed).Zip(MentionSample.InReportOrder(Added)).All(p =>
                JsonSerializer.Serialize(p.First, Json) == JsonSerializer.Serialize(p.Second, Json));

        /// <summary>Mentions added that were not there before, and those removed that did not come back.</summary>
        public (List<Mention> Added, List<Mention> Removed) NetMentionChange()
        {
            var removedIds = Removed.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
            var addedIds = Added.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
            return ([.. Added.Where(m => !removedIds.Contains(m.MentionId))], [.. Removed.Where(m => !addedIds.Contains(m.MentionId))]);
        }

        /// <summary>How the store's mention rows follow this event's write.</summary>
        public MentionChange Change() => new()
        {
            Added = MergedInto is null ? [.. Added] : [],
            RemovedArticleIds = _removedArticle is null ? [] : [_removedArticle],
            AbsorbedEventIds = MergedInto is null ? [.. Absorbed] : [],
            Tally = MergedInto is null && Tally.Mentions > 0 ? Tally.ToStored() : null,
        };

        public async Task LoadAllAsync(IEventStore store, CancellationToken ct)
        {
            if (All is not null)
            {
                return;
            }
            // Stored mentions of articles taken out are already gone from the store's view only at commit: skip them here.
            All = [.. (await ReadAllAsync(store, Id, ct)).Where(m => m.ArticleId != _removedArticle), .. Added];
        }

        public void RemoveArticle(string articleId)
        {
            Debug.Assert(All is not null, "Reprocessing reads the event whole first.");
            Removed.AddRange(All!.Where(m => m.ArticleId == articleId));
            if (Removed.Count == 0)
            {
                return;
            }
            _removedArticle = articleId;
            All.RemoveAll(m => m.ArticleId == articleId);
            Tally = MentionTally.Of(All);
            Touched = true;
            _composed = null;
        }

        public void RedirectTo(string id) => MergedInto = id;

        public void Add(Mention mention)
        {
            // The event holds no stored mention of this run's article (reprocessing took them out), so whether the
            // article or its date is new to the event is known from the mentions the run added.
            var newArticle = !Added.Any(m => m.ArticleId == mention.ArticleId);
            var dateKey = MentionTally.DateKey(mention.ExtractedDate);
            var newOnDate = !Added.Any(m => m.ArticleId == mention.ArticleId && MentionTally.DateKey(m.ExtractedDate) == dateKey);
            Tally.Add(mention, newArticle, newOnDate);
            MatchTally = Tally;
            Added.Add(mention);
            All?.Add(mention);
            Touched = true;
            _composed = null;
        }

        public void Absorb(WorkingEvent other)
        {
            Debug.Assert(All is not null && other.All is not null, "Merges read both events whole first.");
            AbsorbedMentions.AddRange(other.All!.Except(other.Added));
            AbsorbedMentions.AddRange(other.AbsorbedMentions.Where(m => !AbsorbedMentions.Contains(m)));
            All!.AddRange(other.All!);
            Added.AddRange(other.Added);
            Tally = MentionTally.Of(All);
            MatchTally = Tally;
            other.All!.Clear();
            other.Added.Clear();
            other.Tally = new MentionTally();
            other._composed = null;
            other.MergedInto = Id;
            other.Touched = true;
            Touched = true;
            if (other.Stored is not null)
            {
                Absorbed.Add(other.Id);
            }
            Absorbed.AddRange(other.Absorbed);
            other.Absorbed.Clear();
            _composed = null;
        }

        private static async Task<List<Mention>> ReadAllAsync(IEventStore store, string eventId, CancellationToken ct)
        {
            var all = new List<Mention>();
            string? cursor = null;
            do
            {
                var page = await store.GetMentionsAsync(eventId, cursor, MentionSample.MaxPageSize, ct);
                all.AddRange(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            MergeMetrics.MentionsRead.Add(all.Count);
            return all;
        }
    }

    private sealed class Decision
    {
        public List<(TimelineEvent? Stored, TimelineEvent Final, MentionChange Change)> Writes { get; } = [];
        public List<TimelineEventCreated> Created { get; } = [];
        public List<TimelineEventUpdated> Updated { get; } = [];
        public List<TimelineEventsMerged> Merged { get; } = [];
        public List<TimelineEventRetired> Retired { get; } = [];

        public MergeOutcome Outcome(int mentions, int attempts) =>
            new(MergeDisposition.Applied, mentions, Created, Updated, Merged, Retired, attempts);
    }
}
