using System.Reflection;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Document;
using Timeline.Extraction.Extraction.Events;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Extraction.Extraction.Time;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;

namespace Timeline.Extraction.Extraction;

/// <summary>
/// Turns one article into dated Russia–North Korea event mentions with evidence: sentences, actors (names, offices,
/// "his counterpart", "the two leaders", "the latter"), triggers from the versioned lexicon, modality, dates, relevance,
/// then one mention per happening. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Each stage lives in its own folder: <c>Document</c> (where the story stands on the page), <c>Actors</c> (names and
/// titles), <c>Dates</c> (date expressions), <c>Predicates</c> (triggers and how they are told), <c>Arguments</c> (clauses
/// and roles), <c>Discourse</c> (what earlier sentences told), <c>Time</c> (which date is an event's), <c>Events</c>
/// (rules over a sentence's candidates, the final mention). This class only runs them in order.
/// </remarks>
public sealed class EventExtractor
{
    private static readonly Lazy<EventExtractor> LazyDefault = new(() => new EventExtractor(Gazetteer.Default, ExtractionData.Default));

    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly ActorRecognizer _actors;
    private readonly UnlistedPeople _unlisted;
    private readonly DateResolver _dates;
    private readonly SentenceSplitter _splitter;
    private readonly StoryLayout _layout;
    private readonly ClauseChunker _chunker;
    private readonly TriggerFinder _triggers;
    private readonly Func<string, bool> _opensClause;
    private readonly EventDater _dater;
    private readonly SentenceRules _rules;
    private readonly EventAssembler _assembler;

    /// <summary>Builds an extractor over a gazetteer and lexicon data.</summary>
    public EventExtractor(Gazetteer gazetteer, ExtractionData data)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _actors = new ActorRecognizer(gazetteer, data.Locative);
        _unlisted = new UnlistedPeople(data);
        _dates = new DateResolver(data.Calendar);
        _splitter = new SentenceSplitter(data.Credits);
        _layout = new StoryLayout(data);
        _chunker = new ClauseChunker(data);
        _triggers = new TriggerFinder(data);
        _opensClause = _triggers.OpensClause; // One delegate for every sentence's appositions.
        _dater = new EventDater(gazetteer, data);
        _rules = new SentenceRules(data);
        _assembler = new EventAssembler(gazetteer, data, new ParticipantBinder(gazetteer, data, _triggers), _dater);
        var asm = typeof(EventExtractor).Assembly;
        var code = asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
            ?? asm.GetName().Version?.ToString() ?? "0.0.0";
        Version = $"{code}+gazetteer.{gazetteer.Version}+{data.Versions}";
    }

    /// <summary>The extractor over the shipped data, built once.</summary>
    public static EventExtractor Default => LazyDefault.Value;

    /// <summary>Version of the code and of every data file, e.g. "1.0.0+gazetteer.2025.1.0+triggers.2025.1.0+…".</summary>
    public string Version { get; }

    /// <summary>Extracts the event mentions of one article, in text order, one per happening.</summary>
    /// <param name="articleId">Stable id of the article (part of every mention id).</param>
    /// <param name="body">The article text; evidence offsets point into it.</param>
    /// <param name="published">Publication date, if known.</param>
    public IReadOnlyList<ExtractedEvent> Extract(string articleId, string body, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(body);
        var doc = new DocumentState();
        var candidates = new List<Candidate>();
        var index = 0;
        var story = _layout.StoryRanges(body);
        if (story.Count > 0 && story[0].Start > 0 && published is { } day && HeadlineDay(body[..story[0].Start], day) is { } told)
        {
            doc.HeadlineDay = told;
        }
        foreach (var (start, end) in story)
        {
            foreach (var (s, e) in _splitter.Split(body, start, end))
            {
                var tokens = Tokenizer.Tokenize(body, s, e, _data.ClauseOpeners);
                if (tokens.Count == 0)
                {
                    continue;
                }
                var sentence = new Sentence(index++, s, e, body[s..e], tokens);
                candidates.AddRange(AnalyseSentence(body, sentence, published, doc));
            }
        }
        _dater.ResolveUndated(candidates, published, doc);
        var kept = MentionDeduplicator.Merge(candidates, _gazetteer);
        return [.. kept.Select(c => _assembler.Finish(articleId, c))];
    }

    /// <summary>
    /// The day of the past week a headline tells ("Putin arrives in Pyongyang on Wednesday"), unless it announces
    /// something ("Putin to visit Pyongyang on Monday", «سيزور»).
    /// </summary>
    private DateMention? HeadlineDay(string headline, DateOnly published)
    {
        var words = Tokenizer.Tokenize(headline, 0, headline.Length, _data.ClauseOpeners);
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k].Norm == "to" && _data.Triggers.MatchAt(words, k + 1, allowFuture: true).Count > 0)
            {
                return null;
            }
        }
        return _dates.Resolve(headline, published) is { Date.Precision: DatePrecisions.Day, Future: false, SameDayAsPrevious: false } told
            && told.Date.Start >= published.AddDays(-7) ? told : null;
    }

    /// <summary>
    /// The candidates of one sentence: names, triggers, cues and dates; clauses corrected for date asides and appositions;
    /// one candidate per trigger that tells an event; the sentence's rules; then what it leaves for the next sentences.
    /// </summary>
    private List<Candidate> AnalyseSentence(string body, Sentence sentence, DateOnly? published, DocumentState doc)
    {
        var tokens = sentence.Tokens;
        var mentions = DatelinePlace.Without(body, sentence, _actors.Find(body, tokens));
        var occupied = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.First; k <= m.Last; k++)
            {
                occupied[k] = true;
            }
        }
        mentions = doc.Surnames.Add(body, tokens, mentions, occupied); // "Yun said", after "Yun Jong-ho".
        mentions = _unlisted.Add(body, tokens, mentions, occupied); // "lawmaker Lee Seong-kweun", whom the gazetteer need not know.
        doc.Surnames.Learn(tokens, mentions);
        mentions = OutletReference.Resolve(tokens, mentions, doc, _data.OutletReferences); // «وتابعت الوكالة»: the outlet named before.
        sentence.Covered = occupied;
        var cues = _data.MarkCues(tokens);
        var hits = _triggers.FindTriggers(tokens, mentions, occupied, cues);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (occupied[k])
            {
                // A word of a name says nothing of the event: "Shin Won-sik" holds no "won't", «أمل» in a name no hope.
                cues[k] &= ~(CueSet.Negation | CueSet.Denied | CueSet.Hypothetical | CueSet.Planned | CueSet.FutureAdjacent);
            }
        }
        // The future is read per clause: "North Korea will send …, Shoigu said on Tuesday" is last Tuesday.
        var futureClauses = 0UL;
        foreach (var h in hits)
        {
            futureClauses |= h.Future ? 1UL << Math.Min(63, tokens[h.First].Clause) : 0;
        }
        for (var k = 0; k < tokens.Count; k++)
        {
            futureClauses |= (cues[k] & CueSet.Planned) != 0 ? 1UL << Math.Min(63, tokens[k].Clause) : 0;
        }
        futureClauses |= ClauseChunker.ShortNeighbours(tokens, futureClauses); // "من المقرر أن يصل بوتين، الأربعاء، إلى بيونغ يانغ".
        var dates = _dates.Find(body, tokens, published, futureClauses);
        if (doc.Dateline is null && sentence.Index <= 3 && dates.FirstOrDefault(d => d.Dateline) is { } dateline)
        {
            // "SEOUL, Nov. 15 (Yonhap)": at the top of the story, often a sentence of its own that tells nothing.
            doc.Dateline = (dateline, sentence.Index);
        }
        // "Kim Yo Jong on Friday denied": a date between a name and its verb is no word of the clause's own.
        var skipped = ClauseChunker.WithDates(tokens, occupied, dates);
        sentence.Covered = skipped;
        if (_chunker.JoinDateAsides(tokens, dates, occupied) is { } joined)
        {
            tokens = joined;
            sentence = sentence with { Tokens = joined };
            sentence.Covered = skipped;
            hits = _triggers.FindTriggers(tokens, mentions, occupied, cues); // Context words are looked for in the joined clause.
        }
        if (Appositions.Join(tokens, occupied, TriggerFinder.TriggerWords(tokens.Count, hits), _opensClause, ClauseChunker.DateWords(tokens.Count, dates)) is { } appositive)
        {
            tokens = appositive;
            sentence = sentence with { Tokens = appositive };
            sentence.Covered = skipped;
            hits = _triggers.FindTriggers(tokens, mentions, occupied, cues);
        }
        _dater.NoteOccasion(sentence, dates, published, doc); // "During the call on Tuesday, Putin praised …" reads it at once.
        var result = new List<Candidate>();
        var negatedUntil = -1;
        // "…, UN monitors said, the debris came from a North Korean missile": the remains tell of both sides.
        var reportsMayConcernPair = SentenceRules.ReportsMayConcernPair(mentions, cues, doc) || hits.Exists(static h => h.Entry.Remains);
        foreach (var hit in hits)
        {
            if (hit.Entry.Kind == "report" && !reportsMayConcernPair)
            {
                continue; // Cheap: nothing in or before the sentence can make a remark one about Russia and North Korea.
            }
            if (hit.First <= negatedUntil)
            {
                continue; // "لم يتم التوقيع على أي اتفاقيات": the object of a negated event is not an event either.
            }
            if (ModalityReader.IsNegated(tokens, cues, hit))
            {
                // "did not deny the reports, saying …": not denying leaves what follows standing.
                negatedUntil = hit.Entry.Subtype == "denial" ? negatedUntil : hit.Last + 3;
                continue;
            }
            var previous = result.Count > 0 ? result[^1] : null;
            // "The minister, whose stay is meant to prepare a visit by Putin, also praised": who acts in a relative clause
            // does not go on acting in the main clause.
            // Nor does an outlet that speaks ("KCNA added that working groups signed an agreement") do what it tells.
            var previousAgent = previous is not null && !TokenSpan.ClauseOpensWith(tokens, previous.TriggerToken, _data.RelativePronouns)
                && !previous.SpokenByOutlet(_gazetteer) ? previous.Agent : null;
            var c = _assembler.BuildCandidate(sentence, cues, hit, hits, mentions, dates, published, doc, previousAgent, previous?.Countries);
            if (c is null)
            {
                continue;
            }
            if (c.Date is null && c.InheritedAgent && previous?.Date is not null && previous.Trigger.Kind != "report")
            {
                // "وصل لافروف الجمعة، وأجرى محادثات": a clause that shares the previous event's subject shares its time.
                c.Date = previous.Date;
                c.Derivation = previous.Derivation;
                c.Present = false;
            }
            if (previous is not null && _rules.CoordinatedReply(tokens, previous, c))
            {
                // "Peskov dismissed the reports, and North Korea's mission called them rumours": the second speaker
                // answers the same story, so its states are in play too.
                foreach (var country in previous.Countries)
                {
                    c.AddCountry(country);
                }
            }
            result.Add(c);
        }
        doc.PairAgreement |= result.Any(c => c.Type == EventTypes.Agreement && c.Countries.Contains(Russia) && c.Countries.Contains(NorthKorea));
        foreach (var h in hits)
        {
            sentence.DuringVisit |= h.Entry.Type == EventTypes.Visit && h.Entry.Kind == "noun" && NounTriggers.DuringTheVisit(tokens, cues, h);
            sentence.NamesOccasion |= NounTriggers.RestatesOccasion(tokens, h);
        }
        if (result.Count > 0)
        {
            _rules.ApplySentenceRules(result, hits, _gazetteer, cues, published); // Every rule reads or rewrites candidates: none to apply to none.
        }
        doc.Remember(result, mentions, published, _gazetteer, _data.Hosting);
        return [.. result.Where(c => c.Countries.Contains(Russia) && c.Countries.Contains(NorthKorea) && c.Modality != Modalities.Hypothetical)];
    }
}
