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
        log.LogInformation(
            "Extraction of {ArticleId}: {Mentions} mentions, {Created} created, {Updated} updated, {Merged} merged, {Retired} retired in {Attempts} attempt(s)",
            extraction.ArticleId, outcome.MentionsMerged, outcome.Created.Count, outcome.Updated.Count, outcome.Merged.Count, outcome.Retired.Count, outcome.Attempts);
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
            // Reprocessing replaces the article's mentions: drop the old ones, the new run adds its own back.
            working[e.Id] = new WorkingEvent(e).RemoveArticle(articleId);
        }

        foreach (var (mention, type, window) in searches)
        {
            var (from, to) = window ?? (DateOnly.MinValue, DateOnly.MinValue);
            // Candidates that cannot agree with this mention are never placed with it, so they need not be read; one that
            // agrees with another mention of the run is found by that mention's own search.
            var people = MergeRules.People(mention.Participants);
            foreach (var candidate in await store.FindCandidatesAsync(type, from, to, includeUndated: window is null, ids => MergeRules.MayShareParticipants(people, ids), ct))
            {
                working.TryAdd(candidate.Id, new WorkingEvent(candidate));
            }
            Place(mention, type, working, extraction, now);
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
    private static void Place(Mention mention, string type, Dictionary<string, WorkingEvent> working, EventsExtracted extraction, DateTimeOffset now)
    {
        var agreeing = working.Values
            .Where(w => w.IsLive && w.Type == type && MergeRules.Agrees(mention, w.MatchState) && !MergeRules.HoldsOtherMentionOfArticle(w.Mentions, mention))
            .OrderByDescending(w => SharedPeople(mention.Participants, w.MatchState.Participants))
            .ThenBy(w => DayDistance(mention.ExtractedDate, w.MatchState.Date))
            .ThenByDescending(w => w.Mentions.Count)
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
        var group = agreeing.Where(w => w == best
            || (MergeRules.EventsAgree(best.MatchState, w.MatchState) && !w.Mentions.Any(m => MergeRules.HoldsOtherMentionOfArticle(best.Mentions, m))
                && (bridgesDays || !MergeRules.DifferentDays(best.MatchState.Date, w.MatchState.Date)))).ToList();
        var survivor = group
            .OrderBy(w => w.Stored is null ? 1 : 0)
            .ThenByDescending(w => w.Stored?.Mentions.Count ?? 0)
            .ThenBy(w => w.Stored?.FirstReportedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(w => w.Id, StringComparer.Ordinal)
            .First();
        foreach (var other in group.Where(w => w != survivor))
        {
            survivor.Absorb(other);
        }
        survivor.Add(mention);
    }

    private static int SharedPeople(IReadOnlyList<Participant> a, IReadOnlyList<Participant> b) =>
        MergeRules.People(a).Intersect(MergeRules.People(b), StringComparer.Ordinal).Count();

    private static int DayDistance(EventDate? a, EventDate? b) =>
        a is null || b is null ? 0 : Math.Abs(a.Start.DayNumber - b.Start.DayNumber);

    /// <summary>The final state of every touched event, and the messages that announce it.</summary>
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
                if (w.MergedInto is null && w.Mentions.Count > 0)
                {
                    var created = w.Composed with { Version = 1, History = [new HistoryEntry(now, "created", 0)] };
                    decision.Writes.Add((null, created));
                    decision.Created.Add(new TimelineEventCreated { Event = created });
                }
                continue;
            }
            var stored = w.Stored;
            if (w.MergedInto is not null)
            {
                var retired = stored with
                {
                    Version = stored.Version + 1,
                    Status = EventStatuses.Retired,
                    MergedInto = w.MergedInto,
                    Mentions = [],
                    SourceCount = 0,
                    ArticleCount = 0,
                    History = [.. stored.History, new HistoryEntry(now, $"merged into {w.MergedInto}", stored.Version)],
                };
                decision.Writes.Add((stored, retired));
                continue;
            }
            if (w.Mentions.Count == 0)
            {
                const string reason = "no supporting mentions after reprocessing";
                var retired = stored with
                {
                    Version = stored.Version + 1,
                    Status = EventStatuses.Retired,
                    Mentions = [],
                    SourceCount = 0,
                    ArticleCount = 0,
                    History = [.. stored.History, new HistoryEntry(now, "retired: " + reason, stored.Version)],
                };
                decision.Writes.Add((stored, retired));
                decision.Retired.Add(new TimelineEventRetired { EventId = stored.Id, Version = retired.Version, Reason = reason });
                continue;
            }
            var composed = w.Composed;
            if (w.Absorbed.Count == 0 && Same(stored, composed))
            {
                continue;
            }
            var changes = EventComposer.Changes(stored, composed).ToList();
            changes.AddRange(w.Absorbed.Select(id => $"merged {id}"));
            if (changes.Count == 0)
            {
                changes.Add("mentions updated");
            }
            var updated = composed with
            {
                Version = stored.Version + 1,
                History = [.. stored.History, .. changes.Select(c => new HistoryEntry(now, c, stored.Version))],
            };
            decision.Writes.Add((stored, updated));
            if (w.Absorbed.Count > 0)
            {
                decision.Merged.Add(new TimelineEventsMerged { Event = updated, RetiredIds = [.. w.Absorbed] });
            }
            else
            {
                decision.Updated.Add(new TimelineEventUpdated { Event = updated, Changes = changes });
            }
        }
        return decision;
    }

    // Version and history aside, equal JSON means nothing a reader can see changed; mention lists of different
    // lengths never serialise alike, so the common case (a mention added) needs no JSON.
    private static bool Same(TimelineEvent a, TimelineEvent b) =>
        a.Mentions.Count == b.Mentions.Count
        && JsonSerializer.Serialize(a with { Version = 0, History = [] }, Json) == JsonSerializer.Serialize(b with { Version = 0, History = [] }, Json);

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

    /// <summary>An event as this attempt sees it: its stored state and the mentions it will have.</summary>
    private sealed class WorkingEvent
    {
        // Compose(Basis, Mentions), or null once the mentions changed: composed again only when next needed.
        private TimelineEvent? _composed;

        public WorkingEvent(TimelineEvent stored)
        {
            Stored = stored;
            Basis = stored;
            Mentions = [.. stored.Mentions];
            _composed = stored;
        }

        private WorkingEvent(TimelineEvent basis, bool isNew)
        {
            Debug.Assert(isNew);
            Basis = basis;
            Mentions = [];
            _composed = basis;
        }

        public static WorkingEvent New(string id, string type, EventsExtracted extraction, DateTimeOffset now)
        {
            var reported = extraction.PublishedAt ?? extraction.ExtractedAt;
            return new WorkingEvent(
                new TimelineEvent
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
                },
                isNew: true);
        }

        public TimelineEvent? Stored { get; }
        public TimelineEvent Basis { get; }
        public List<Mention> Mentions { get; }
        public List<string> Absorbed { get; } = [];
        public string? MergedInto { get; private set; }

        /// <summary>True once the run changed the event's mentions (untouched candidates are never rewritten).</summary>
        public bool Touched { get; private set; }
        public string Id => Basis.Id;
        public string Type => Basis.Type;
        public bool IsLive => MergedInto is null && EventIndexFieldsLive(Basis);

        /// <summary>What a mention is compared with: the event as it now stands, or as stored while it has no mentions left.</summary>
        public TimelineEvent MatchState => Mentions.Count > 0 ? Composed : Basis;

        /// <summary>The event as its mentions now make it (as stored until the run changes them).</summary>
        public TimelineEvent Composed => _composed ??= EventComposer.Compose(Basis, Mentions);

        public WorkingEvent RemoveArticle(string articleId)
        {
            Touched |= Mentions.RemoveAll(m => m.ArticleId == articleId) > 0;
            _composed = null;
            return this;
        }

        public void RedirectTo(string id) => MergedInto = id;

        public void Add(Mention mention)
        {
            Touched = true;
            Mentions.Add(mention);
            _composed = null;
        }

        public void Absorb(WorkingEvent other)
        {
            Mentions.AddRange(other.Mentions);
            other.Mentions.Clear();
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

        private static bool EventIndexFieldsLive(TimelineEvent e) => e.Status != EventStatuses.Retired;
    }

    private sealed class Decision
    {
        public List<(TimelineEvent? Stored, TimelineEvent Final)> Writes { get; } = [];
        public List<TimelineEventCreated> Created { get; } = [];
        public List<TimelineEventUpdated> Updated { get; } = [];
        public List<TimelineEventsMerged> Merged { get; } = [];
        public List<TimelineEventRetired> Retired { get; } = [];

        public MergeOutcome Outcome(int mentions, int attempts) =>
            new(MergeDisposition.Applied, mentions, Created, Updated, Merged, Retired, attempts);
    }
}
