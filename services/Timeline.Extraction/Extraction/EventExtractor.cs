using System.Reflection;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction;

/// <summary>
/// Turns one article into dated Russia–North Korea event mentions with evidence: sentences, actors (names, offices,
/// "his counterpart", "the two leaders", "the latter"), triggers from the versioned lexicon, modality, dates, relevance,
/// then one mention per happening. Stateless and thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private const string Russia = "RU";
    private const string NorthKorea = "KP";
    private static readonly Lazy<EventExtractor> LazyDefault = new(() => new EventExtractor(Gazetteer.Default, ExtractionData.Default));

    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly ActorRecognizer _actors;
    private readonly DateResolver _dates;
    private readonly SentenceSplitter _splitter;

    /// <summary>Builds an extractor over a gazetteer and lexicon data.</summary>
    public EventExtractor(Gazetteer gazetteer, ExtractionData data)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _actors = new ActorRecognizer(gazetteer, data.Locative);
        _dates = new DateResolver(data.Calendar);
        _splitter = new SentenceSplitter(data.Credits);
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
        foreach (var (start, end) in StoryRanges(body))
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
        ResolveUndated(candidates, published);
        var kept = MentionDeduplicator.Merge(candidates, _gazetteer);
        return [.. kept.Select(c => Finish(articleId, c))];
    }

    /// <summary>
    /// The parts of the page that tell the story: after the headline (which restates the lead in the present tense,
    /// without the lead's dates), up to the first line that opens page furniture ("إقرأ أيضاً", "Related articles",
    /// tags) — except that a "read also" list closed by an "end of list" line a few lines on is skipped and the story
    /// goes on after it.
    /// </summary>
    private List<(int Start, int End)> StoryRanges(string body)
    {
        var ranges = new List<(int Start, int End)>();
        var start = HeadlineEnd(body);
        var lineStart = start;
        while (lineStart < body.Length)
        {
            var lineEnd = LineEnd(body, lineStart);
            // Only lines past the opening of the page: a story does not end in its first lines.
            if (lineStart > 200 && LineOpensWith(body, lineStart, lineEnd, _data.StoryEnd))
            {
                var resume = ListEnd(body, lineEnd + 1);
                ranges.Add((start, lineStart));
                if (resume < 0)
                {
                    return ranges;
                }
                start = lineStart = resume;
                continue;
            }
            lineStart = lineEnd + 1;
        }
        ranges.Add((start, body.Length));
        return ranges;
    }

    /// <summary>Where the story resumes after a "read also" list: past an "end of list" line within the next few lines, or -1.</summary>
    private int ListEnd(string body, int from)
    {
        var lineStart = from;
        for (var n = 0; n < 12 && lineStart < body.Length; n++)
        {
            var lineEnd = LineEnd(body, lineStart);
            if (LineOpensWith(body, lineStart, lineEnd, _data.ListEnd))
            {
                return lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /// <summary>
    /// Where the body starts after its headline: the first line when it is short, has no sentence-final punctuation and
    /// more text follows; else 0.
    /// </summary>
    private static int HeadlineEnd(string body)
    {
        var lineStart = 0;
        while (lineStart < body.Length && char.IsWhiteSpace(body[lineStart]))
        {
            lineStart++;
        }
        var lineEnd = LineEnd(body, lineStart);
        if (lineEnd >= body.Length || body.AsSpan(lineEnd).IsWhiteSpace())
        {
            return 0;
        }
        var line = body.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var trimmed = line.TrimEnd("\"'”»’)");
        if (line.Length == 0 || trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '؟' or '…' or ':')
        {
            return 0;
        }
        var words = 1;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
        }
        return words <= 20 ? lineEnd + 1 : 0;
    }

    private static int LineEnd(string body, int from)
    {
        var end = body.IndexOf('\n', from);
        return end < 0 ? body.Length : end;
    }

    private static bool LineOpensWith(string body, int lineStart, int lineEnd, IReadOnlyList<string> openings)
    {
        var probe = TextNormalizer.Key(body.Substring(lineStart, Math.Min(40, lineEnd - lineStart)));
        return openings.Any(m => probe.StartsWith(m, StringComparison.Ordinal) && (probe.Length == m.Length || !char.IsLetterOrDigit(probe[m.Length])));
    }

    private List<Candidate> AnalyseSentence(string body, Sentence sentence, DateOnly? published, DocumentState doc)
    {
        var tokens = sentence.Tokens;
        var mentions = _actors.Find(body, tokens);
        var occupied = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.First; k <= m.Last; k++)
            {
                occupied[k] = true;
            }
        }
        sentence.Covered = occupied;
        var hits = FindTriggers(tokens, mentions, occupied);
        var cues = _data.MarkCues(tokens);
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
        futureClauses |= ShortNeighbours(tokens, futureClauses); // "من المقرر أن يصل بوتين، الأربعاء، إلى بيونغ يانغ".
        var dates = _dates.Find(body, tokens, published, futureClauses);
        // "Kim Yo Jong on Friday denied": a date between a name and its verb is no word of the clause's own.
        var skipped = WithDates(tokens, occupied, dates);
        sentence.Covered = skipped;
        if (JoinDateAsides(tokens, dates, occupied) is { } joined)
        {
            tokens = joined;
            sentence = sentence with { Tokens = joined };
            sentence.Covered = skipped;
            hits = FindTriggers(tokens, mentions, occupied); // Context words are looked for in the joined clause.
        }
        if (Appositions.Join(tokens, occupied, TriggerWords(tokens.Count, hits), OpensClause, DateWords(tokens.Count, dates)) is { } appositive)
        {
            tokens = appositive;
            sentence = sentence with { Tokens = appositive };
            sentence.Covered = skipped;
            hits = FindTriggers(tokens, mentions, occupied);
        }
        var result = new List<Candidate>();
        var negatedUntil = -1;
        var reportsMayConcernPair = ReportsMayConcernPair(mentions, cues, doc);
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
            if (IsNegated(tokens, cues, hit))
            {
                negatedUntil = hit.Last + 3;
                continue;
            }
            var previous = result.Count > 0 ? result[^1] : null;
            var c = BuildCandidate(sentence, cues, hit, hits, mentions, dates, published, doc, previous?.Agent, previous?.Countries);
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
            if (previous is not null && CoordinatedReply(tokens, previous, c))
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
            sentence.DuringVisit |= h.Entry.Type == EventTypes.Visit && h.Entry.Kind == "noun" && DuringTheVisit(tokens, cues, h);
        }
        ApplySentenceRules(result, _gazetteer);
        if (result.LastOrDefault(c => c.Date?.Precision == DatePrecisions.Day) is { } dated)
        {
            doc.LastDay = dated.Date;
        }
        // Remember who spoke and which states were in play, for pronouns, "the latter" and "these claims" next.
        var persons = mentions.Select(m => m.On(published)).Where(a => a?.Kind == ActorKinds.Person).ToList();
        if (persons.Count > 0)
        {
            doc.LastPerson = persons[^1];
            foreach (var person in persons)
            {
                doc.RecentPersons.Remove(person!);
                doc.RecentPersons.Add(person!);
            }
            if (doc.RecentPersons.Count > 2)
            {
                doc.RecentPersons.RemoveRange(0, doc.RecentPersons.Count - 2);
            }
        }
        doc.PreviousCountries = [.. mentions.Select(m => CountryOf(m.Actor)).OfType<string>().Distinct()];
        var subject = result.Select(c => c.Agent).FirstOrDefault(a => a is not null) is { } acted ? _gazetteer.ById(acted.ActorId) : persons.FirstOrDefault();
        if (subject is not null)
        {
            doc.LastSubject = subject;
        }
        return [.. result.Where(c => c.Countries.Contains(Russia) && c.Countries.Contains(NorthKorea) && c.Modality != Modalities.Hypothetical)];
    }

    /// <summary>
    /// Whether a reported remark in the sentence can end up concerning both Russia and North Korea: both states are named
    /// (with the last speaker and subject, who may go on speaking), or a reference may bring them in ("the two leaders",
    /// "his counterpart", "these claims"). Building a remark's participants is the costliest step, and most remarks in a
    /// news page are about something else.
    /// </summary>
    private static bool ReportsMayConcernPair(List<ActorMention> mentions, CueSet[] cues, DocumentState doc)
    {
        const CueSet references = CueSet.Anaphora | CueSet.BothLeaders | CueSet.BothStates | CueSet.Counterpart | CueSet.Latter | CueSet.Pronoun | CueSet.Pair | CueSet.Host;
        foreach (var cue in cues)
        {
            if ((cue & references) != 0)
            {
                return true;
            }
        }
        bool russia = doc.LastPerson?.Country == Russia || doc.LastSubject?.Country == Russia, northKorea = doc.LastPerson?.Country == NorthKorea || doc.LastSubject?.Country == NorthKorea;
        foreach (var m in mentions)
        {
            foreach (var actor in m.Candidates)
            {
                var country = CountryOf(actor);
                russia |= country == Russia;
                northKorea |= country == NorthKorea;
            }
        }
        return russia && northKorea;
    }

    /// <summary>
    /// True when <paramref name="c"/> is what another speaker says in a clause coordinated with the statement before it
    /// (", and X said", "، فيما وصفتها X", "while X called it"): a statement of its own, with its own speaker.
    /// </summary>
    private bool CoordinatedReply(IReadOnlyList<Token> t, Candidate previous, Candidate c)
    {
        var clause = t[c.TriggerToken].Clause;
        if (c.Type is not (EventTypes.Statement or EventTypes.Accusation) || previous.Type is not (EventTypes.Statement or EventTypes.Accusation)
            || c.InheritedAgent || c.Agent is null || previous.Agent is null || c.Agent.ActorId == previous.Agent.ActorId
            || previous.TriggerToken >= c.TriggerToken || t[previous.TriggerToken].Clause >= clause)
        {
            return false;
        }
        var opener = c.TriggerToken;
        while (opener > 0 && t[opener - 1].Clause == clause)
        {
            opener--;
        }
        var word = t[opener].Norm;
        // "و" glued to the verb that opens the clause ("ووصفتها"), not to a name ("وزير").
        return word is "and" || _data.ClauseOpeners.Contains(word) || (opener == c.TriggerToken && t[opener].IsArabic && word.Length > 3 && word[0] == 'و');
    }

    /// <summary>Clauses of at most three words next to a clause in <paramref name="clauses"/>: a date set off by commas there shares its tense.</summary>
    private static ulong ShortNeighbours(IReadOnlyList<Token> tokens, ulong clauses)
    {
        if (clauses == 0 || tokens.Count == 0)
        {
            return 0;
        }
        var result = 0UL;
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Clause == tokens[start].Clause)
            {
                continue;
            }
            var c = Math.Min(63, tokens[start].Clause);
            if (k - start <= 3 && ((c > 0 && (clauses & (1UL << (c - 1))) != 0) || (c < 63 && (clauses & (1UL << (c + 1))) != 0)))
            {
                result |= 1UL << c;
            }
            start = k;
        }
        return result;
    }

    /// <summary>
    /// A date set off by commas or brackets ("استقبل كيم، أمس السبت، لافروف", "said, (Thursday), that") is an aside of
    /// the clause around it, not a clause of its own: the clauses on both sides become one. Null when there is none.
    /// </summary>
    private static bool[] DateWords(int count, List<DateMention> dates)
    {
        var result = new bool[count];
        foreach (var d in dates)
        {
            for (var k = d.FirstToken; k <= d.LastToken && k < count; k++)
            {
                result[k] = true;
            }
        }
        return result;
    }

    private List<Token>? JoinDateAsides(IReadOnlyList<Token> tokens, List<DateMention> dates, bool[] covered)
    {
        List<Token>? joined = null;
        foreach (var d in dates)
        {
            IReadOnlyList<Token> t = (IReadOnlyList<Token>?)joined ?? tokens;
            var clause = t[d.FirstToken].Clause;
            if (clause == 0 || t[d.LastToken].Clause != clause || d.LastToken + 1 >= t.Count || t[d.LastToken + 1].Clause != clause + 1
                || _data.ClauseOpeners.Contains(t[d.LastToken + 1].Norm))
            {
                continue;
            }
            var from = d.FirstToken;
            while (from > 0 && t[from - 1].Clause == clause)
            {
                from--;
            }
            if (d.FirstToken - from > 1)
            {
                continue; // More than a preposition before the date: a clause with words of its own.
            }
            if (from > 0 && TitleAside(t, covered, from - 1))
            {
                continue; // «وأشرف كيم، زعيم كوريا الشمالية، يوم الجمعة، على»: the date follows a name's aside; appositions join all three.
            }
            joined ??= [.. tokens];
            for (var k = from; k < joined.Count; k++)
            {
                joined[k] = joined[k] with { Clause = joined[k].Clause > clause ? joined[k].Clause - 2 : clause - 1 };
            }
        }
        return joined;
    }

    /// <summary>Whether the clause ending at <paramref name="last"/> holds a name or title and follows one: an aside.</summary>
    private static bool TitleAside(IReadOnlyList<Token> t, bool[] covered, int last)
    {
        var first = last;
        while (first > 0 && t[first - 1].Clause == t[last].Clause)
        {
            first--;
        }
        return first > 0 && covered[first - 1] && Enumerable.Range(first, last - first + 1).Any(k => covered[k]);
    }

    /// <summary>
    /// The covered words with the words of every date inside a clause added ("Kim Yo Jong on Friday denied"): such a
    /// date is skipped like a name when counting words between. A date that closes its clause ("…to North Korea this
    /// month, arrived") still separates the clause it closes from the next.
    /// </summary>
    private static bool[] WithDates(IReadOnlyList<Token> tokens, bool[] covered, List<DateMention> dates)
    {
        bool[]? result = null;
        foreach (var d in dates)
        {
            if (d.FirstToken == 0 || d.LastToken + 1 >= tokens.Count || tokens[d.LastToken + 1].Clause != tokens[d.FirstToken].Clause
                || tokens[d.FirstToken - 1].Clause != tokens[d.FirstToken].Clause)
            {
                continue;
            }
            result ??= (bool[])covered.Clone();
            Array.Fill(result, true, d.FirstToken, d.LastToken - d.FirstToken + 1);
        }
        return result ?? covered;
    }

    private readonly record struct Hit(int First, int Last, TriggerEntry Entry, bool Future);

    private static bool[] TriggerWords(int count, List<Hit> hits)
    {
        var words = new bool[count];
        foreach (var h in hits)
        {
            Array.Fill(words, true, h.First, h.Last - h.First + 1);
        }
        return words;
    }

    /// <summary>A word that opens a clause of its own: a conjunction, a complementizer, a relative pronoun.</summary>
    private bool OpensClause(string word) =>
        word is "and" || _data.ClauseOpeners.Contains(word) || _data.Complementizers.Contains(word) || _data.RelativePronouns.Contains(word);

    private List<Hit> FindTriggers(IReadOnlyList<Token> tokens, List<ActorMention> mentions, bool[] occupied)
    {
        var hits = new List<Hit>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (occupied[i])
            {
                continue;
            }
            foreach (var m in _data.Triggers.MatchAt(tokens, i, allowFuture: true))
            {
                var entry = m.Value;
                if (m.Future && entry.Kind != "verb")
                {
                    continue;
                }
                var last = i + m.Length - 1;
                if (entry.With is { } with && !WithinClause(tokens, occupied, with, i, last, 10) && !ObjectNamedBefore(tokens, with, i, last))
                {
                    continue;
                }
                if (entry.Destination && !HasDestination(tokens, mentions, last, _data.Capital))
                {
                    continue;
                }
                hits.Add(new Hit(i, last, entry, m.Future));
                i = last;
                break;
            }
        }
        return hits;
    }

    /// <summary>
    /// True when a context word occurs within <paramref name="reach"/> words of the trigger, in its clause. Names and
    /// titles do not count as words: «قدم بوتين، رئيس روسيا، إلى كيم جونغ أون، زعيم كوريا الشمالية، سيارة هدية».
    /// </summary>
    private static bool WithinClause(IReadOnlyList<Token> tokens, bool[] names, PhraseMatcher<bool> with, int first, int last, int reach)
    {
        var clause = tokens[first].Clause;
        var words = 0;
        for (var k = first - 1; k >= 0 && words < reach; k--)
        {
            words += names[k] ? 0 : 1;
            if (tokens[k].Clause == clause && with.MatchAt(tokens, k).Count > 0)
            {
                return true;
            }
        }
        words = 0;
        for (var k = last + 1; k < tokens.Count && words < reach; k++)
        {
            words += names[k] ? 0 : 1;
            if (tokens[k].Clause == clause && with.MatchAt(tokens, k).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Kim ratified it", "وافق عليها مجلس الاتحاد": the verb's object is a pronoun for a context word earlier in the sentence.</summary>
    private bool ObjectNamedBefore(IReadOnlyList<Token> tokens, PhraseMatcher<bool> with, int first, int last)
    {
        if (last + 1 >= tokens.Count || !_data.ObjectPronouns.Contains(tokens[last + 1].Norm))
        {
            return false;
        }
        for (var k = 0; k < first; k++)
        {
            if (with.MatchAt(tokens, k).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasDestination(IReadOnlyList<Token> tokens, List<ActorMention> mentions, int after, PhraseMatcher<bool> capital)
    {
        var seen = 0;
        for (var k = after + 1; k < tokens.Count && seen < 10; k++)
        {
            if (tokens[k].Aside)
            {
                continue;
            }
            seen++;
            if (capital.MatchAt(tokens, k).Count > 0)
            {
                return true; // "arrived in the capital".
            }
            var m = mentions.FirstOrDefault(x => x.First == k);
            if (m is not null && m.Actor.Kind is ActorKinds.Place or ActorKinds.State)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNegated(IReadOnlyList<Token> t, CueSet[] cues, Hit hit)
    {
        for (var k = Math.Max(0, hit.First - 3); k < hit.First; k++)
        {
            if (t[k].Clause == t[hit.First].Clause && (cues[k] & CueSet.Negation) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private Candidate? BuildCandidate(Sentence sentence, CueSet[] cues, Hit hit, List<Hit> hits, List<ActorMention> mentions, List<DateMention> dates, DateOnly? published, DocumentState doc, Participant? previousAgent, IReadOnlyList<string>? previousCountries)
    {
        var t = sentence.Tokens;
        var i = hit.First;
        var strong = hit.Entry.Kind != "noun";
        var present = hit.Entry.Kind == "verb" && IsImperfect(t[i].Norm);
        var purpose = false;
        var lightAt = -1;
        if (!strong && Framing(t, hit))
        {
            return null; // "وتأتي الزيارة في ظل": the article's own event, told elsewhere.
        }
        if (!strong && VerbOfClauseTells(t, hits, hit))
        {
            return null; // "the treaty that Kim and Putin signed", "arrived … for a three-day visit": the verb tells it.
        }
        // "في أول زيارة له منذ 24 عاما", "his second trip since": the noun describes the event the sentence's verb tells.
        var described = !strong && i > 0 && _data.Ordinals.Contains(t[i - 1].Norm);
        if (!strong)
        {
            // "أجرى على مدى يومين جولتين من المحادثات", "held a first round of talks": the light verb may stand a few words back in the clause.
            var words = 0;
            for (var k = i - 1; k >= 0 && words < 6 && t[k].Clause == t[i].Clause && !strong; k--)
            {
                words += sentence.Covered[k] ? 0 : 1;
                if ((cues[k] & CueSet.LightBefore) != 0 && (k >= i - 3 || t[k].Norm.Length > 2 && !TriggerBetween(hits, k, i)))
                {
                    strong = true;
                    lightAt = k;
                    purpose = t[k].Norm.StartsWith('ل') || (k > 0 && t[k - 1].Norm == "to");
                }
            }
            for (var k = hit.Last + 1; k <= Math.Min(t.Count - 1, hit.Last + 3) && !strong; k++)
            {
                if ((cues[k] & CueSet.LightAfter) != 0)
                {
                    strong = true;
                    present = IsImperfect(t[k].Norm);
                }
            }
            if (!strong && !described && hit.Entry.Presupposed && i > 0 && (cues[i - 1] & CueSet.Presupposing) != 0)
            {
                strong = true;
            }
            if (!strong && !described && (i > 0 && _data.Recency.Contains(t[i - 1].Norm) || hit.Last + 1 < t.Count && _data.Recency.Contains(t[hit.Last + 1].Norm)))
            {
                strong = true; // "on a recent trip to Russia": the text tells that it happened.
            }
            if (!strong && !described)
            {
                // A reference to an event counts when the text dates it ("لقاء عُقد في منتصف سبتمبر").
                strong = dates.Any(d => t[d.FirstToken].Clause == t[i].Clause
                    && (d.FirstToken > hit.Last ? Words(t, sentence.Covered, hit.Last, d.FirstToken) : Words(t, sentence.Covered, d.LastToken, hit.First)) <= 5);
            }
        }
        if (!strong || Anniversaries.Recalled(t, lightAt >= 0 ? lightAt : i, _data.Anniversary, _data.AnniversarySpans, _data.AnniversarySince))
        {
            return null; // Or history, not news: "marking 75 years since the two nations concluded their agreement".
        }

        var entry = hit.Entry;
        // "قوله لوزيرة الخارجية تشوي", "told his counterpart": speaking to someone of the other side is a meeting.
        if (entry.Kind == "report" && Addressee(t, cues, hit, mentions, published) is not null)
        {
            entry = new TriggerEntry(EventTypes.Meeting, "talks", "verb", null, false, false);
        }
        var c = new Candidate
        {
            Type = entry.Type,
            Subtype = entry.Subtype,
            Trigger = entry,
            Sentence = sentence,
            TriggerToken = i,
            Purpose = purpose || hit.Entry.Kind == "noun" && i > 0 && t[i - 1].Norm == "for", // "arrived … for talks with".
            FromNoun = hit.Entry.Kind == "noun",
            Head = lightAt >= 0 ? lightAt : i,
        };
        c.Modality = entry.Kind == "report" ? Modalities.Occurred : ReadModality(t, cues, hit);
        if (c.Modality == Modalities.Occurred && entry.Type is not (EventTypes.Statement or EventTypes.Accusation) && Hearsay(t, cues, hit))
        {
            return null; // "amid reports that … have been deployed": what unnamed reports say is not told as fact.
        }
        if (c.Type == EventTypes.Statement && entry.Kind != "report" && OutletSpeaks(t, hit, mentions))
        {
            return null; // "ووصفت الوكالة الكورية الرسمية الزيارة بأنها": an outlet's wording, not a party's statement.
        }
        if (c.Modality == Modalities.Planned && c.FromNoun && !dates.Any(d => d.Future))
        {
            return null; // "ستكون أول زيارة يقوم بها": an undated plan named by a noun is an intention, not a timeline entry.
        }
        AssignDate(c, hit, hits, dates, published, doc);
        if (c.Date is null && present && c.Modality == Modalities.Occurred && c.Type is EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement or EventTypes.Invitation && published is not null)
        {
            c.Present = true;
        }
        if (c.Type == EventTypes.MilitaryCooperation && c.Date is null && i > 0 && _data.RelativePronouns.Contains(t[i - 1].Norm))
        {
            return null; // "the soldiers who fought alongside Russian troops": a description of the soldiers, not news of its own.
        }
        if (c.Type == EventTypes.Agreement && c.Date is null && Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => _data.RelativePronouns.Contains(t[k].Norm)))
        {
            return null; // "الاتفاقيات التي تم التوصل إليها", "the deals that were struck": agreements told of, not news.
        }
        AddParticipants(c, sentence, cues, hit, hits, mentions, published, doc, previousAgent, previousCountries);
        return c;
    }

    private static bool VerbOfClauseTells(IReadOnlyList<Token> t, List<Hit> hits, Hit noun)
    {
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "verb" && h.Entry.Type == noun.Entry.Type && t[h.First].Clause == t[noun.First].Clause)
            {
                return true;
            }
        }
        return false;
    }

    private static bool TriggerBetween(List<Hit> hits, int from, int to)
    {
        foreach (var h in hits)
        {
            if (h.First > from && h.First < to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"خلال الزيارة", "during the visit": the article's own visit, named definite after "during".</summary>
    private static bool DuringTheVisit(IReadOnlyList<Token> t, CueSet[] cues, Hit h)
    {
        var k = h.First - 1;
        var definite = t[h.First].IsArabic ? t[h.First].Norm.StartsWith("ال", StringComparison.Ordinal) : k >= 0 && t[k].Norm == "the";
        if (!t[h.First].IsArabic)
        {
            k--;
        }
        return definite && k >= 0 && (cues[k] & CueSet.Presupposing) != 0;
    }

    private bool CapitalAfter(IReadOnlyList<Token> t, Hit hit)
    {
        for (var k = hit.Last + 1; k < Math.Min(t.Count, hit.Last + 5); k++)
        {
            if (_data.Capital.MatchAt(t, k).Count > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"وتأتي الزيارة", "the talks came days after": a noun framed as the article's own event.</summary>
    private bool Framing(IReadOnlyList<Token> t, Hit hit)
    {
        if (hit.First > 0 && _data.FramingLookup.Contains(StripConjunction(t[hit.First - 1].Norm)))
        {
            return true;
        }
        return hit.Last + 1 < t.Count && _data.Framing.Contains(t[hit.Last + 1].Norm);
    }

    private static ReadOnlySpan<char> StripConjunction(string word) => word.Length > 3 && word[0] is 'و' or 'ف' ? word.AsSpan(1) : word;

    private static bool Hearsay(IReadOnlyList<Token> t, CueSet[] cues, Hit hit)
    {
        for (var k = 0; k < hit.First; k++)
        {
            if ((cues[k] & CueSet.Hearsay) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An outlet right after the verb (VSO) or right before it (SVO) is the one speaking.</summary>
    private static bool OutletSpeaks(IReadOnlyList<Token> t, Hit hit, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Actor.Kind == ActorKinds.Media && (m.First > hit.Last && m.First <= hit.Last + 1 || m.Last < hit.First && m.Last >= hit.First - 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The person a reporting verb addresses ("قوله لـX", "قوله أمام نظيرته الكورية الشمالية X", "told his North Korean
    /// counterpart X"), if of another state than the speaker's side. A state named next to "counterpart" is the
    /// addressee's nationality, not the addressee: it is passed over and not counted as a word between.
    /// </summary>
    private Actor? Addressee(IReadOnlyList<Token> t, CueSet[] cues, Hit hit, List<ActorMention> mentions, DateOnly? published)
    {
        ActorMention? next = null;
        var nationality = new HashSet<int>();
        foreach (var m in mentions.Where(m => m.First > hit.Last).OrderBy(m => m.First))
        {
            if (m.First > hit.Last + 4 + nationality.Count)
            {
                break;
            }
            var ofCounterpart = (cues[m.First - 1] & CueSet.Counterpart) != 0 || m.Last + 1 < t.Count && (cues[m.Last + 1] & CueSet.Counterpart) != 0;
            if (m.Actor.Kind == ActorKinds.State && ofCounterpart)
            {
                nationality.UnionWith(Enumerable.Range(m.First, m.Last - m.First + 1));
                continue;
            }
            next = m;
            break;
        }
        if (next is null)
        {
            return null;
        }
        var betweenAt = Enumerable.Range(hit.Last + 1, next.First - hit.Last - 1).Where(k => !nationality.Contains(k)).ToList();
        var between = betweenAt.Select(k => t[k].Norm).ToList();
        var introduced = t[next.First].IsArabic && t[next.First].Norm.StartsWith('ل') && next.Actor.Aliases.All(a => !TextNormalizer.Key(a).StartsWith('ل'))
            || between.Any(_data.Addressee.Contains)
            || betweenAt.Any(k => t[k].IsArabic && t[k].Norm.StartsWith('ل') && (cues[k] & CueSet.Counterpart) != 0) // "قوله لنظيرته".
            || t[hit.First].Norm == "told";
        if (!introduced || between.Count > 2 && !betweenAt.Any(k => (cues[k] & CueSet.Counterpart) != 0))
        {
            return null;
        }
        var actor = next.On(published);
        if (actor is null)
        {
            return null;
        }
        if (actor.Kind == ActorKinds.Office && published is { } d)
        {
            actor = _gazetteer.HolderOf(actor.Id, d) ?? actor;
        }
        return actor.Kind is ActorKinds.Person or ActorKinds.Office ? actor : null;
    }

    private static string ReadModality(IReadOnlyList<Token> t, CueSet[] cues, Hit hit)
    {
        var i = hit.First;
        for (var k = 0; k < i; k++)
        {
            if ((cues[k] & CueSet.Denied) != 0)
            {
                return Modalities.Denied;
            }
        }
        for (var k = Math.Max(0, i - 4); k <= Math.Min(t.Count - 1, hit.Last + 1); k++)
        {
            if (t[k].Aside || t[k].Clause != t[i].Clause && k < i)
            {
                continue;
            }
            if ((cues[k] & CueSet.Hypothetical) != 0)
            {
                return Modalities.Hypothetical;
            }
            // "قد" before an imperfect verb: "may".
            if (t[k].Norm == "قد" && k + 1 < t.Count && IsImperfect(t[k + 1].Norm))
            {
                return Modalities.Hypothetical;
            }
        }
        if (hit.Future)
        {
            return Modalities.Planned;
        }
        for (var k = Math.Max(0, i - 6); k <= Math.Min(t.Count - 1, hit.Last + 3); k++)
        {
            if (!t[k].Aside && (cues[k] & CueSet.Planned) != 0)
            {
                return Modalities.Planned;
            }
        }
        for (var k = hit.Last + 1; k <= Math.Min(t.Count - 1, hit.Last + 2); k++)
        {
            if ((cues[k] & CueSet.FutureAdjacent) != 0)
            {
                return Modalities.Planned;
            }
        }
        return Modalities.Occurred;
    }

    /// <summary>
    /// The date of an event: the nearest date in its clause; else one right beside it (four words, names not counted);
    /// else the date of a clause that tells no event of its own ("On Monday, …", "، أمس الجمعة، …", "… in Pyongyang on
    /// Friday and discussed …") or of a "when" clause that follows it. A military transfer or deployment is not dated by
    /// the date of the report that confirms or alleges it ("said on Monday that it had sent troops").
    /// </summary>
    private void AssignDate(Candidate c, Hit hit, List<Hit> hits, List<DateMention> dates, DateOnly? published, DocumentState doc)
    {
        var t = c.Sentence.Tokens;
        var covered = c.Sentence.Covered;
        var clause = t[hit.First].Clause;
        DateMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var d in dates)
        {
            if (c.Modality == Modalities.Planned && published is { } pub && d.Date.End < pub && !d.SameDayAsPrevious)
            {
                continue; // A plan is not dated by a past date ("زيارة تلبية لدعوة ... في سبتمبر الماضي").
            }
            var distance = d.FirstToken > hit.Last ? Words(t, covered, hit.Last, d.FirstToken) : Words(t, covered, d.LastToken, hit.First);
            var sameClause = t[d.FirstToken].Clause == clause || t[d.LastToken].Clause == clause;
            int score;
            if (sameClause && NearerVerb(t, covered, hits, hit, d, distance))
            {
                continue; // "met Kim and discussed the treaty that Kim and Putin signed last June": the date of "signed".
            }
            if (sameClause)
            {
                score = distance;
            }
            else if (distance <= 4 && !TellsAnotherEvent(t, hits, hit, d, reports: false))
            {
                score = 1000 + distance; // Right beside the trigger across a comma, unless another event's clause holds it.
            }
            else if (distance <= 12 && !TellsAnotherEvent(t, hits, hit, d, reports: true))
            {
                score = 2000 + distance; // An adverbial clause of its own.
            }
            else if (d.FirstToken > hit.Last && t[d.FirstToken].Clause == clause + 1 && ClauseOpenedBy(t, d.FirstToken, _data.TemporalLookup))
            {
                score = 3000 + distance; // "invited Kim … when the two leaders met in June": the when-clause's time.
            }
            else if (d.LastToken < hit.First && t[d.LastToken].Clause == clause - 1 && ClauseOpenedBy(t, hit.First, _data.SituatingLookup))
            {
                score = 3000 + distance; // "زارت موسكو في يناير، حيث استقبلها بوتين", "in July 2000, when he met": the time of the clause it hangs on.
            }
            else
            {
                continue; // Another clause's date belongs to another clause's event.
            }
            if (c.Type == EventTypes.MilitaryCooperation && ReportsIt(t, covered, hits, hit, d, distance))
            {
                continue;
            }
            if (score < bestScore)
            {
                best = d;
                bestScore = score;
            }
        }
        if (best is null)
        {
            return;
        }
        if (best.Future && c.Modality == Modalities.Occurred)
        {
            c.Modality = Modalities.Planned;
        }
        if (best.SameDayAsPrevious)
        {
            // "earlier in the day", "the day before": counted from the article's last dated event, if it has one.
            if (doc.LastDay is null && best.DaysFromPrevious != 0)
            {
                return; // "The next day" with no day told before: undated.
            }
            c.Date = doc.LastDay is { } last ? EventDates.Day(last.Start.AddDays(best.DaysFromPrevious)) : best.Date;
            c.Derivation = DateDerivations.Relative;
            return;
        }
        c.Date = best.Date;
        c.Derivation = best.Derivation;
        c.Conflict = best.Conflict;
    }

    /// <summary>Words strictly between two positions, not counting names, titles and asides.</summary>
    private static int Words(IReadOnlyList<Token> t, bool[] covered, int from, int to)
    {
        var n = 0;
        for (var k = from + 1; k < to; k++)
        {
            n += t[k].Aside || covered[k] ? 0 : 1;
        }
        return n;
    }

    /// <summary>True when another verb stands between the trigger and the date, nearer to the date.</summary>
    private static bool NearerVerb(IReadOnlyList<Token> t, bool[] covered, List<Hit> hits, Hit own, DateMention d, int distance)
    {
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "noun" || h.First == own.First)
            {
                continue;
            }
            if (d.FirstToken > own.Last && h.First > own.Last && h.Last < d.FirstToken && Words(t, covered, h.Last, d.FirstToken) < distance)
            {
                return true;
            }
            if (d.LastToken < own.First && h.Last < own.First && h.First > d.LastToken && Words(t, covered, d.LastToken, h.First) < distance)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a verb other than <paramref name="own"/> stands in the clauses the date spans ("At the BRICS summit on
    /// Thursday, Putin said": a noun tells no event of its own); reporting verbs count only when <paramref name="reports"/>.
    /// </summary>
    private static bool TellsAnotherEvent(IReadOnlyList<Token> t, List<Hit> hits, Hit own, DateMention d, bool reports)
    {
        var first = t[d.FirstToken].Clause;
        var last = t[d.LastToken].Clause;
        foreach (var h in hits)
        {
            if (h.First != own.First && h.Entry.Kind != "noun" && (reports || h.Entry.Kind != "report") && t[h.First].Clause >= first && t[h.First].Clause <= last)
            {
                return true;
            }
        }
        return false;
    }

    private static bool ClauseOpenedBy(IReadOnlyList<Token> t, int at, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers)
    {
        var k = at;
        while (k > 0 && t[k - 1].Clause == t[at].Clause)
        {
            k--;
        }
        return openers.Contains(StripConjunction(t[k].Norm)) || openers.Contains(t[k].Norm);
    }

    /// <summary>True when the date sits before the trigger and at least as near to a reporting verb before it: the report's date.</summary>
    private static bool ReportsIt(IReadOnlyList<Token> t, bool[] covered, List<Hit> hits, Hit own, DateMention d, int distance)
    {
        if (d.LastToken >= own.First)
        {
            return false;
        }
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "report" && h.Last < own.First)
            {
                var toReport = h.Last < d.FirstToken ? Words(t, covered, h.Last, d.FirstToken) : Words(t, covered, d.LastToken, h.First);
                if (toReport <= distance)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private void AddParticipants(Candidate c, Sentence sentence, CueSet[] cues, Hit hit, List<Hit> hits, List<ActorMention> mentions, DateOnly? published, DocumentState doc, Participant? previousAgent, IReadOnlyList<string>? previousCountries)
    {
        var t = sentence.Tokens;
        var at = c.Date?.Start ?? published;
        var clause = t[hit.First].Clause;
        var triggerInAside = t[hit.First].Aside;
        var people = new List<(int Token, Actor Actor)>();
        for (var mi = 0; mi < mentions.Count; mi++)
        {
            var m = mentions[mi];
            if (t[m.First].Aside && !triggerInAside)
            {
                continue;
            }
            var actor = m.On(at);
            if (actor is null || actor.Kind == ActorKinds.Media)
            {
                continue;
            }
            if (c.Type == EventTypes.Visit && actor.Kind is ActorKinds.Place or ActorKinds.State && m.First > hit.Last && _data.Origin.Contains(t[m.First - 1].Norm))
            {
                continue; // "يتوجه لافروف من كوريا الشمالية إلى الصين": where the visitor leaves from.
            }
            switch (actor.Kind)
            {
                case ActorKinds.Office:
                    // "وزير الخارجية الروسي سيرغي لافروف": the name that follows is the office holder.
                    if (mi + 1 < mentions.Count && mentions[mi + 1].First - m.Last <= 2 && mentions[mi + 1].Actor.Kind == ActorKinds.Person)
                    {
                        continue;
                    }
                    var holder = at is { } d ? _gazetteer.HolderOf(actor.Id, d) : null;
                    people.Add((m.First, holder ?? actor));
                    break;
                case ActorKinds.Place:
                    if (m.Locative || actor.CapitalOf is null)
                    {
                        if (t[m.First].Clause == clause && Span(t, hit.Last, m.First) <= 15 && Span(t, m.Last, hit.First) <= 4)
                        {
                            c.Location ??= actor.Name;
                            c.AddCountry(actor.Country);
                        }
                    }
                    else if (_gazetteer.ById(actor.CapitalOf) is { } state)
                    {
                        people.Add((m.First, state));
                    }
                    if (m.Locative && actor.CapitalOf is not null && DescribedSpeakers.PlaceOfSpeakers(t, m.First, _data.SpeakerNouns, _data.Locative)
                        && _gazetteer.ById(actor.CapitalOf) is { } speakers)
                    {
                        people.Add((m.First, speakers)); // "officials in Seoul said": Seoul's state speaks.
                    }
                    break;
                default:
                    if (actor.Kind == ActorKinds.State && m.Locative && c.Type == EventTypes.Visit && t[m.First].Clause == clause && Span(t, hit.Last, m.First) is >= 0 and <= 10)
                    {
                        c.Location ??= actor.Name; // "وصل إلى كوريا الشمالية": the destination.
                    }
                    people.Add((m.First, actor));
                    break;
            }
        }
        AddReferences(c, t, cues, hit, mentions, people, at, doc);

        var inherited = false;
        var covered = sentence.Covered;
        var agent = c.Trigger.Kind == "report" ? FindSpeaker(t, hit, people, previousAgent, covered) : FindAgent(t, hit, c.Head, people, previousAgent, doc.LastSubject, covered, c.Type is EventTypes.Statement, out inherited);
        c.InheritedAgent = inherited;
        if (inherited && previousCountries is not null)
        {
            // "أعربتا عن قلقهما ... بينما اتفقتا على التعاون": the shared subject brings its states along.
            foreach (var country in previousCountries)
            {
                c.AddCountry(country);
            }
        }
        if (agent is null && c.Trigger.Kind == "report" && hit.First <= 1 && hit.Last + 1 < t.Count && t[hit.Last + 1].Norm is "ان" or "انه" or "انها" or "that" && doc.LastPerson is { } last)
        {
            // "وأضاف أنه ...", "He said ...": the speaker of the previous sentence goes on.
            agent = last;
        }
        var otherRole = c.Type is EventTypes.Accusation or EventTypes.Statement ? ParticipantRoles.Target : ParticipantRoles.Counterpart;
        if (agent is not null)
        {
            c.AddParticipant(ToParticipant(agent, ParticipantRoles.Actor));
            AddCoAgents(c, t, people, agent, covered);
        }
        // Everyone else named in the trigger's clause; after "بين/between" only those named there. What is said or
        // alleged follows the verb, so a statement or accusation also takes in the rest of the sentence, and the
        // subject's clause when the subject comes first ("أن موسكو وبيونغ يانغ، أعربتا").
        var betweenAt = Enumerable.Range(hit.Last + 1, Math.Max(0, Math.Min(t.Count - 1, hit.Last + 6) - hit.Last)).FirstOrDefault(k => _data.Between.Contains(t[k].Norm) && t[k].Clause == clause, -1);
        var speech = c.Type is EventTypes.Statement or EventTypes.Accusation;
        var agentToken = people.FirstOrDefault(p => p.Actor == agent).Token;
        // A reporting verb can also follow what was said ("…، كما أعلن كيربي"): its whole sentence is in play.
        var fromClause = c.Trigger.Kind == "report" ? 0
            : speech && agent is not null && agentToken >= 0 && agentToken < hit.First ? Math.Min(clause, t[agentToken].Clause) : clause;
        var reportedFrom = c.Trigger.Kind == "report" ? -1 : ReportedFrom(t, hit, hits);
        foreach (var (token, actor) in people)
        {
            // "أعلن غيراسيموف أن وحدات كورية شمالية شاركت": who reports an event does not take part in it.
            var inScope = token >= 0 && token >= reportedFrom && (speech ? t[token].Clause >= fromClause : t[token].Clause == clause) && (betweenAt < 0 || token > betweenAt);
            if (inScope)
            {
                c.AddParticipant(ToParticipant(actor, otherRole));
            }
        }
        if (c.Type == EventTypes.Meeting && c.Trigger.Kind == "verb" && c.Subtype == "talks" && Addressee(t, cues, hit, mentions, published) is { } addressee)
        {
            c.AddParticipant(ToParticipant(addressee, ParticipantRoles.Counterpart));
        }
        if (c.Type is EventTypes.Meeting or EventTypes.Invitation && HasObjectPronoun(t, hit, c.Head))
        {
            // "حيث استقبلها بوتين", "met her": the one received is the person named before.
            var named = people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind == ActorKinds.Person && p.Actor != agent).Actor
                ?? (doc.LastPerson != agent ? doc.LastPerson : null);
            if (named is not null)
            {
                c.AddParticipant(ToParticipant(named, ParticipantRoles.Counterpart));
            }
        }
        if (c.Type == EventTypes.Agreement && c.Subtype is "ratification" or "entry_into_force" && doc.PairAgreement)
        {
            // "صادق مجلس الدوما على المعاهدة": the treaty the article told of before, between Russia and North Korea.
            c.AddCountry(Russia);
            c.AddCountry(NorthKorea);
        }
        if (c.Type == EventTypes.Visit && agent is not null && c.Countries.All(x => x == CountryOf(agent)) && CapitalAfter(t, hit))
        {
            // "arrived in the capital": the capital of the state named last before it, in this sentence or the one before.
            var named = people.LastOrDefault(p => p.Token < hit.First && p.Actor.Kind == ActorKinds.State && p.Actor.Id != agent.Country).Actor?.Id
                ?? doc.PreviousCountries.LastOrDefault(x => x != agent.Country);
            c.AddCountry(named);
        }
        // "هذه التصريحات", "these claims": the states of the previous sentence are in play, unless the sentence turns to another story.
        // For what is said or alleged the pointer may stand anywhere in the sentence; for other events, in their clause.
        var pointsBack = false;
        for (var k = 0; k < t.Count && !pointsBack; k++)
        {
            pointsBack = (cues[k] & CueSet.Anaphora) != 0 && (speech || c.Type == EventTypes.MilitaryCooperation || t[k].Clause == clause);
        }
        if ((!c.Countries.Contains(Russia) || !c.Countries.Contains(NorthKorea)) && pointsBack && !cues.Any(x => (x & CueSet.TopicShift) != 0))
        {
            foreach (var country in doc.PreviousCountries)
            {
                c.AddCountry(country);
            }
        }
    }

    /// <summary>
    /// The speaker of a reporting verb: a name just before it or right after it ("قال الرئيس الروسي") but not inside what
    /// is said ("ذكرت الوكالة أن الجانبين"); for a participle ("…, saying", "مضيفا") the sentence's subject; nobody else.
    /// </summary>
    private Actor? FindSpeaker(IReadOnlyList<Token> t, Hit hit, List<(int Token, Actor Actor)> people, Participant? previousAgent, bool[] covered)
    {
        if (_data.Participles.Contains(t[hit.First].Norm))
        {
            // The subject the participle continues ("…، مشيرة", "…, saying"): the last party named before it that is not
            // inside what was said; the name right before it ends the previous clause.
            var subject = people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind is ActorKinds.Person or ActorKinds.Office or ActorKinds.Organisation && !Said(t, -1, p.Token));
            return subject.Actor;
        }
        if (SubjectBeforeRelativeClause(t, hit, people, covered) is { } relativeSubject)
        {
            return relativeSubject; // "Mark Rutte, who heads NATO, confirmed": not the name inside the relative clause.
        }
        var before = people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First);
        var after = people.FirstOrDefault(p => p.Token > hit.Last);
        // In Arabic the subject follows the verb, possibly after a time adverbial ("كما قال في وقت سابق ناطق باسم الكرملين");
        // a name closing the clause before the verb belongs to that clause ("بعد شهر من زيارة الزعيم الكوري الشمالي لشرق
        // روسيا، أكد وزير الخارجية الروسي").
        var afterSpeaks = after.Actor is not null && Gap(t, hit.Last, after.Token, covered) <= (t[hit.First].IsArabic ? 5 : 3) && !Said(t, hit.Last, after.Token);
        var beforeElsewhere = t[hit.First].IsArabic && before.Actor is not null && t[before.Token].Clause != t[hit.First].Clause;
        // "ونقل لافروف إلى كيم تحيات بوتين، وقال إن": a coordinated verb goes on with the subject of the clause before,
        // not with the name that closes it.
        if (beforeElsewhere && !afterSpeaks && t[hit.First].Norm.Length > 3 && t[hit.First].Norm[0] == 'و'
            && ((previousAgent is not null ? _gazetteer.ById(previousAgent.ActorId) : null)
                ?? people.FirstOrDefault(p => p.Token >= 0 && p.Token < before.Token && p.Actor.Kind == ActorKinds.Person).Actor) is { } clauseSubject)
        {
            return clauseSubject;
        }
        if (before.Actor is not null && Gap(t, before.Token, hit.First, covered) <= 2 && !(beforeElsewhere && afterSpeaks))
        {
            return before.Actor;
        }
        if (before.Actor is { Kind: ActorKinds.State or ActorKinds.Organisation } && (!afterSpeaks || !t[hit.First].IsArabic) && DescribedSpeakers.Between(t, before.Token, hit.First, covered, _data.SpeakerNouns))
        {
            return before.Actor; // "South Korean intelligence officials say".
        }
        return afterSpeaks ? after.Actor : null;
    }

    /// <summary>
    /// "موسكو وبيونغ يانغ أعربتا", "Putin and Kim signed", "الزعيمان": parties acting together with the agent; their
    /// states are acting states of the event too.
    /// </summary>
    private static void AddCoAgents(Candidate c, IReadOnlyList<Token> t, List<(int Token, Actor Actor)> people, Actor agent, bool[] covered)
    {
        var at = people.FindIndex(p => p.Actor == agent);
        if (at < 0)
        {
            return;
        }
        var a = people[at].Token;
        foreach (var (token, actor) in people)
        {
            if (actor == agent || token < 0)
            {
                continue;
            }
            var (first, second) = token < a ? (token, a) : (a, token);
            var together = token == a
                || Gap(t, first, second, covered) <= 2 && (t[second].IsArabic && t[second].Norm[0] == 'و' || t[second - 1].Norm == "and");
            if (together && CountryOf(actor) is { } country)
            {
                c.AgentCountries.Add(country);
            }
        }
    }

    /// <summary>Where what a reporting verb before the trigger says begins (its complementizer), or -1 when the trigger is not reported.</summary>
    private int ReportedFrom(IReadOnlyList<Token> t, Hit hit, List<Hit> hits)
    {
        var reported = false;
        foreach (var h in hits)
        {
            reported |= h.Entry.Kind == "report" && h.Last < hit.First;
        }
        if (!reported)
        {
            return -1;
        }
        for (var k = hit.First - 1; k >= 0; k--)
        {
            if (_data.Complementizers.Contains(t[k].Norm))
            {
                foreach (var h in hits)
                {
                    if (h.Entry.Kind == "report" && h.Last < k && h.Last >= k - 8)
                    {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /// <summary>True when a complementizer ("أن", "that") stands between the two positions: the second is inside what is said.</summary>
    private bool Said(IReadOnlyList<Token> t, int from, int to) => WordBetween(t, from, to, _data.Complementizers);

    /// <summary>True when a word of <paramref name="words"/> stands strictly between the two positions.</summary>
    private static bool WordBetween(IReadOnlyList<Token> t, int from, int to, IReadOnlySet<string> words)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (words.Contains(t[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"استقبلها", "التقاه", "met her": the verb carries its object as a pronoun.</summary>
    private bool HasObjectPronoun(IReadOnlyList<Token> t, Hit hit, int head)
    {
        if (head + 1 < t.Count && _data.ObjectPronouns.Contains(t[head + 1].Norm))
        {
            return true; // "عقد معه محادثات", "held talks with him".
        }
        var w = t[hit.First].Norm;
        if (t[hit.First].IsArabic)
        {
            return hit.First == hit.Last && (w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal) || w.EndsWith("اه", StringComparison.Ordinal)
                || (w.Length >= 6 && w.EndsWith('ه')));
        }
        return hit.Last + 1 < t.Count && t[hit.Last + 1].Norm is "her" or "him" or "them";
    }

    /// <summary>Words strictly between two positions that are neither asides nor part of a name or title.</summary>
    private static int Gap(IReadOnlyList<Token> t, int from, int to, bool[] covered)
    {
        var n = 0;
        for (var k = from + 1; k < to; k++)
        {
            n += t[k].Aside || covered[k] ? 0 : 1;
        }
        return n + 1;
    }

    /// <summary>
    /// The acting party: a name just before the verb (SVO), else just after it (VSO, or the genitive of a noun:
    /// "زيارة بوتين"), else the nearest before it in its clause, else the subject of the sentence's previous event
    /// ("اجتمع لافروف مع كيم، بعدما ندد"), else the first name after it.
    /// </summary>
    /// <summary>"a trip to Russia": the place an English noun trigger leads to is where, never who.</summary>
    private static bool Destination(IReadOnlyList<Token> t, Hit hit, int token) =>
        hit.Entry.Kind == "noun" && !t[hit.First].IsArabic && token > 0 && t[token - 1].Norm is "to" or "into";

    /// <summary>The agent of an English noun trigger named after "by" within its phrase ("a visit to Pyongyang by Putin").</summary>
    private static Actor? NounAgent(IReadOnlyList<Token> t, Hit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        if (hit.Entry.Kind != "noun" || t[hit.First].IsArabic)
        {
            return null;
        }
        for (var k = hit.Last + 1; k < t.Count && k <= hit.Last + 6 && t[k].Clause == t[hit.First].Clause; k++)
        {
            if (t[k].Norm == "by")
            {
                var by = k;
                return people.FirstOrDefault(p => p.Token > by && Gap(t, by, p.Token, covered) <= 1).Actor;
            }
        }
        return null;
    }

    private Actor? FindAgent(IReadOnlyList<Token> t, Hit hit, int head, List<(int Token, Actor Actor)> people, Participant? previousAgent, Actor? carried, bool[] covered, bool speech, out bool inherited)
    {
        inherited = false;
        var clause = t[hit.First].Clause;
        if (NounAgent(t, hit, people, covered) is { } byAgent)
        {
            return byAgent; // "a recent trip to North Korea by Sergey Lavrov": "by" names who made it.
        }
        var before = people.Where(p => p.Token >= 0 && p.Token < hit.First).ToList();
        // Who is named after "مع/with" takes part with the agent, never as the agent.
        var after = people.Where(p => p.Token > hit.Last && !ComitativeBetween(t, hit.Last, p.Token) && !Destination(t, hit, p.Token)).ToList();
        if (before.Count == 0 && carried is not null && ContinuesSubject(t, hit, head, after, covered))
        {
            inherited = true;
            return carried; // "He held talks with …", "وأجرى محادثات مع …": the subject of the sentence before goes on.
        }
        if (head > 0 && _data.RelativePronouns.Contains(t[head - 1].Norm) && people.LastOrDefault(p => p.Token >= 0 && p.Token < head - 1) is { Actor: not null } antecedent
            && Gap(t, antecedent.Token, head - 1, covered) <= 1)
        {
            return antecedent.Actor; // "نظيره نو كوانغ تشول، الذي عقد معه محادثات": the noun the relative clause hangs on.
        }
        // Not across a subordinating conjunction: in "لكوريا الشمالية، بينما اتفقتا" the name ends the previous clause.
        if (before.Count > 0 && Gap(t, before[^1].Token, hit.First, covered) <= 2
            && !Enumerable.Range(before[^1].Token + 1, Math.Max(0, hit.First - before[^1].Token - 1)).Any(k => _data.ClauseOpeners.Contains(t[k].Norm)))
        {
            return before[^1].Actor;
        }
        if (before.Count > 0 && before[^1].Actor.Kind is ActorKinds.State or ActorKinds.Organisation && DescribedSpeakers.Between(t, before[^1].Token, hit.First, covered, _data.SpeakerNouns))
        {
            return before[^1].Actor; // "South Korean intelligence officials accused".
        }
        // Not from inside what is said: in "denied that North Korea had", North Korea is not the one denying.
        // An English verb's subject stands before it: "Kim, who …, received on March 21 Shoigu" has Kim as subject.
        var subjectFirst = !t[hit.First].IsArabic && hit.Entry.Kind == "verb" && before.Count > 0;
        if (after.Count > 0 && !subjectFirst && Gap(t, hit.Last, after[0].Token, covered) <= (before.Count == 0 ? 4 : 2) && !(speech && Said(t, hit.Last, after[0].Token)))
        {
            return after[0].Actor; // VSO, even past a quantifier: "وتزعم بعض الدول مثل الولايات المتحدة".
        }
        var inClause = before.Where(p => t[p.Token].Clause == clause).ToList();
        if (inClause.Count > 0)
        {
            return inClause[^1].Actor;
        }
        if (SubjectBeforeRelativeClause(t, hit, people, covered) is { } subject)
        {
            return subject; // "Shoigu, who was on his second visit, arrived in the capital".
        }
        if (previousAgent is not null)
        {
            inherited = true;
            return Gazetteer.Default.ById(previousAgent.ActorId);
        }
        var first = after.FirstOrDefault(p => t[p.Token].Clause == clause);
        return speech && first.Actor is not null && Said(t, hit.Last, first.Token) ? null : first.Actor;
    }

    /// <summary>True when "مع/with" stands between the trigger and <paramref name="to"/>: who follows it is a companion, not the subject.</summary>
    private bool ComitativeBetween(IReadOnlyList<Token> t, int from, int to) => WordBetween(t, from, to, _data.Comitative);

    /// <summary>
    /// The trigger's clause has no subject of its own: a subject pronoun leads it ("He later held talks"), or an Arabic verb
    /// opens the sentence with no name right after it ("وأجرى محادثات مع نظيرته").
    /// </summary>
    private bool ContinuesSubject(IReadOnlyList<Token> t, Hit hit, int head, List<(int Token, Actor Actor)> after, bool[] covered)
    {
        if (!t[hit.First].IsArabic)
        {
            for (var k = hit.First - 1; k >= 0 && k >= hit.First - 4 && t[k].Clause == t[hit.First].Clause; k--)
            {
                if (_data.SubjectPronouns.Contains(t[k].Norm))
                {
                    return true;
                }
            }
            return false;
        }
        var verb = Math.Min(head, hit.First);
        var opensSentence = verb == 0 || (verb == 1 && (_data.ClauseOpeners.Contains(t[0].Norm) || t[0].Norm is "كما" or "ثم"));
        return opensSentence && (after.Count == 0 || Gap(t, hit.Last, after[0].Token, covered) > 2);
    }

    /// <summary>The name right before a relative clause that ends just before the trigger's clause: the trigger's subject.</summary>
    private Actor? SubjectBeforeRelativeClause(IReadOnlyList<Token> t, Hit hit, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        var clause = t[hit.First].Clause;
        var k = hit.First;
        while (k > 0 && t[k - 1].Clause == clause)
        {
            k--;
        }
        if (k == 0 || hit.First - k > 1)
        {
            return null; // The trigger must open its clause: "…, arrived".
        }
        var opener = k - 1;
        while (opener > 0 && t[opener - 1].Clause == t[k - 1].Clause)
        {
            opener--;
        }
        if (!_data.RelativePronouns.Contains(t[opener].Norm))
        {
            return null;
        }
        var subject = people.LastOrDefault(p => p.Token >= 0 && p.Token < opener && p.Actor.Kind is ActorKinds.Person or ActorKinds.Office);
        return subject.Actor is not null && Gap(t, subject.Token, opener, covered) <= 1 ? subject.Actor : null;
    }

    /// <summary>"The two leaders", "the two countries", "his counterpart", "the latter".</summary>
    private void AddReferences(Candidate c, IReadOnlyList<Token> t, CueSet[] cues, Hit hit, List<ActorMention> mentions, List<(int Token, Actor Actor)> people, DateOnly? at, DocumentState doc)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (c.Sentence.Covered[k] || (t[k].Aside && !t[hit.First].Aside))
            {
                continue;
            }
            if ((cues[k] & CueSet.BothLeaders) != 0)
            {
                foreach (var country in new[] { Russia, NorthKorea })
                {
                    var office = $"office:{country}:head_of_state";
                    var holder = at is { } d ? _gazetteer.HolderOf(office, d) : null;
                    if ((holder ?? _gazetteer.ById(office)) is { } a)
                    {
                        people.Add((k, a));
                    }
                }
            }
            else if ((cues[k] & CueSet.BothStates) != 0)
            {
                people.Add((k, _gazetteer.ById(Russia)!));
                people.Add((k, _gazetteer.ById(NorthKorea)!));
            }
            else if ((cues[k] & CueSet.Counterpart) != 0)
            {
                // A name right after is the counterpart itself; otherwise: the same office in the other state.
                var next = mentions.FirstOrDefault(m => m.First > k && m.First <= k + 3);
                if (next is not null && next.Actor.Kind == ActorKinds.Person)
                {
                    continue;
                }
                var speaker = people.Where(p => p.Token < k && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).LastOrDefault();
                var function = speaker is not null && at is { } d ? _gazetteer.ById(speaker.RoleOn(d)?.Office ?? "")?.Function : null;
                var otherState = next is not null && next.Actor.Kind == ActorKinds.State ? next.Actor.Id
                    : speaker?.Country == Russia ? NorthKorea : speaker?.Country == NorthKorea ? Russia : null;
                if (function is not null && otherState is not null && at is { } d2 && _gazetteer.OfficeOf(otherState, function) is { } office)
                {
                    people.Add((k, _gazetteer.HolderOf(office.Id, d2) ?? office));
                }
            }
            else if ((cues[k] & CueSet.Pair) != 0)
            {
                // "the two ministers": the last two people named, in this sentence or the ones before.
                var named = people.Where(p => p.Token < k && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).Distinct().TakeLast(2).ToList();
                foreach (var person in doc.RecentPersons.Where(p => !named.Contains(p)).Reverse())
                {
                    if (named.Count < 2)
                    {
                        named.Insert(0, person);
                    }
                }
                foreach (var person in named)
                {
                    people.Add((k, person));
                }
            }
            else if ((cues[k] & CueSet.Host) != 0 && HostReference.Resolve(people, k, c.Sentence.Text[(t[k].Start - c.Sentence.Start)..(t[k].End - c.Sentence.Start)], doc.LastPerson, doc.RecentPersons, _gazetteer, at) is { } host)
            {
                people.Add((k, host));
            }
            else if ((cues[k] & CueSet.Latter) != 0)
            {
                var before = people.Where(p => p.Token < k && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).LastOrDefault() ?? doc.LastPerson;
                if (before is not null)
                {
                    people.Add((k, before));
                }
            }
        }
        people.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>Words from <paramref name="from"/> to <paramref name="to"/>, not counting asides; negative when <paramref name="to"/> comes first.</summary>
    private static int Span(IReadOnlyList<Token> t, int from, int to)
    {
        if (to < from)
        {
            return -1;
        }
        var n = 0;
        for (var k = from + 1; k <= to; k++)
        {
            n += t[k].Aside ? 0 : 1;
        }
        return n;
    }

    private static bool StartsWithVerb(IReadOnlyList<Token> t, Hit hit) => hit.First <= 1;

    private static Participant ToParticipant(Actor a, string role) => new(a.Id, a.Name, role, CountryOf(a));

    private static string? CountryOf(Actor a) => a.Kind == ActorKinds.Place && a.CapitalOf is not null ? a.CapitalOf : a.Country;

    /// <summary>Sentence-level rules: a report by someone who also acts in the sentence says nothing new; an accusation
    /// absorbs the arms transfer it alleges; a third party asserting an arms transfer is accusing; ratification and entry
    /// into force are not signings.</summary>
    private static void ApplySentenceRules(List<Candidate> list, Gazetteer gazetteer)
    {
        // "سافر إلى روسيا لعقد قمة مع بوتين": the meeting is the purpose of the visit, reported with it.
        if (list.Any(c => c.Type == EventTypes.Visit))
        {
            list.RemoveAll(c => c.Type == EventTypes.Meeting && c.Purpose);
        }
        var accusations = list.Where(c => c.Type == EventTypes.Accusation).ToList();
        var military = list.Where(c => c.Type == EventTypes.MilitaryCooperation && c.Modality != Modalities.Denied).ToList();
        if (military.Count > 0 && accusations.Count == 0)
        {
            // A third party asserting an arms transfer or deployment ("أكدت الولايات المتحدة أن ... سلمت"), before or after
            // telling it ("… has sent troops to Russia, Austin said"), is accusing.
            // The claimant may be a group without a state of its own ("Western countries", NATO, UN experts).
            var claimant = list.FirstOrDefault(c => c.Type == EventTypes.Statement
                && c.Agent is { } agent && agent.Country is not (Russia or NorthKorea) && gazetteer.ById(agent.ActorId)?.Kind is not ActorKinds.Media);
            if (claimant is not null)
            {
                var acc = new Candidate
                {
                    Type = EventTypes.Accusation,
                    Trigger = claimant.Trigger,
                    Sentence = claimant.Sentence,
                    TriggerToken = claimant.TriggerToken,
                    Modality = Modalities.Occurred,
                    Date = claimant.Date ?? military[0].Date,
                    Derivation = claimant.Date is not null ? claimant.Derivation : military[0].Derivation,
                    Conflict = claimant.Conflict ?? military[0].Conflict,
                };
                acc.AddParticipant(claimant.Agent!);
                list.Remove(claimant);
                accusations.Add(acc);
                list.Add(acc);
            }
        }
        if (accusations.Count > 0)
        {
            // The accusation carries what it alleges; the alleged transfer is not reported as fact.
            foreach (var mil in military)
            {
                foreach (var p in mil.Participants)
                {
                    accusations[0].AddParticipant(p with { Role = ParticipantRoles.Target });
                }
                foreach (var country in mil.Countries)
                {
                    accusations[0].AddCountry(country);
                }
                list.Remove(mil);
            }
        }
        // "During his visit on June 4, Shoigu met Kim": a visit whose destination goes unnamed is to the country of the people met.
        foreach (var visit in list)
        {
            if (visit.Type != EventTypes.Visit || visit.Agent is not { } visitor || visit.Countries.Count != 1)
            {
                continue;
            }
            foreach (var meeting in list)
            {
                if (meeting.Type == EventTypes.Meeting && meeting.Agent?.ActorId == visitor.ActorId)
                {
                    foreach (var country in meeting.Countries)
                    {
                        visit.AddCountry(country);
                    }
                    break;
                }
            }
        }
        if (list.Any(c => c.Type == EventTypes.Agreement && c.Subtype is "ratification" or "entry_into_force"))
        {
            list.RemoveAll(c => c.Type == EventTypes.Agreement && c.Subtype == "signing");
        }
        // A reporting verb is a statement only when the sentence reports nothing else, except that Russia or North Korea
        // confirming their own troops or arms ("أكدت كوريا الشمالية أنها نشرت قوات") is news of its own.
        var confirmsCooperation = list.Any(c => c.Type == EventTypes.MilitaryCooperation && c.Modality == Modalities.Occurred);
        foreach (var report in list.Where(c => c.Trigger.Kind == "report").ToList())
        {
            var confirmation = confirmsCooperation && report.Agent?.Country is Russia or NorthKorea;
            if (report.Agent is null || !confirmation && list.Any(o => o != report && o.Trigger.Kind != "report" && o.Countries.Contains(Russia) && o.Countries.Contains(NorthKorea)))
            {
                list.Remove(report);
            }
        }
        list.Sort((a, b) => a.TriggerToken.CompareTo(b.TriggerToken));
    }

    /// <summary>
    /// Dates for events the sentence does not date. The article's news peg (its first event dated to a day within three
    /// days of publication) dates the other undated happenings of the same people; an ongoing event in the present tense
    /// is dated to publication; anything else gets the publication month. Visits run over several days, so they never
    /// take the peg's day. Without a publication date, undated events stay undated.
    /// </summary>
    private void ResolveUndated(List<Candidate> candidates, DateOnly? published)
    {
        if (published is not { } pub)
        {
            return;
        }
        foreach (var c in candidates.Where(c => c.Present && c.Date is null))
        {
            c.Date = EventDates.Day(pub);
            c.Derivation = DateDerivations.Relative;
        }
        // "كما وقع الجانبان خلال الزيارة اتفاقات": the article's visit dates what happened during it.
        if (candidates.FirstOrDefault(c => c.Type == EventTypes.Visit && c.Modality == Modalities.Occurred && c.Date?.Precision == DatePrecisions.Day) is { } visit)
        {
            foreach (var c in candidates.Where(c => c.Date is null && c.Sentence.DuringVisit && c.Modality == Modalities.Occurred))
            {
                c.Date = visit.Date;
                c.Derivation = visit.Derivation;
            }
        }
        // "من جانبه، أشاد لافروف بـ…" after the sentence telling his talks: an undated remark on the two countries by
        // someone who just took part in a meeting was made there.
        candidates.RemoveAll(c => c.Date is null && c.Type == EventTypes.Statement && Bilateral(c) && c.Agent is { } a
            && candidates.Any(o => o.Type == EventTypes.Meeting && o.Sentence.Index < c.Sentence.Index && o.Sentence.Index >= c.Sentence.Index - 2
                && o.Persons(_gazetteer).Contains(a.ActorId)));
        var peg = candidates.FirstOrDefault(c => c.Modality == Modalities.Occurred && c.Date is { Precision: DatePrecisions.Day } d
            && d.Start <= pub && d.Start >= pub.AddDays(-3));
        if (peg is not null && peg.Type is not (EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement or EventTypes.Other))
        {
            peg = null; // A remark or a claim is no news peg: it does not date what its people did.
        }
        if (peg is not null)
        {
            // Undated remarks of the peg's own participants are what they said there, not separate events.
            var pegPersons = peg.Persons(_gazetteer);
            candidates.RemoveAll(c => c.Date is null && c.Trigger.Kind == "report" && c.Agent is { } a && pegPersons.Contains(a.ActorId));
        }
        foreach (var c in candidates.Where(c => c.Date is null))
        {
            if (peg is not null && c.Modality == Modalities.Occurred && c.Type != EventTypes.Visit && c.Persons(_gazetteer).Overlaps(peg.Persons(_gazetteer)))
            {
                c.Date = peg.Date;
                c.Derivation = peg.Derivation;
                continue;
            }
            c.Date = EventDates.Month(pub.Year, pub.Month);
            c.Derivation = DateDerivations.PublicationDate;
        }
        // What both sides' leaders say on the day of their meeting, visit or signing, and what one of them says there of
        // the two countries alone, belongs to that event.
        candidates.RemoveAll(c => c.Type == EventTypes.Statement && (IsJoint(c) || Bilateral(c)) && c.Date?.Precision == DatePrecisions.Day
            && candidates.Any(o => o.Type is EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement
                && o.Date?.Value == c.Date.Value && c.Persons(_gazetteer).IsSubsetOf(o.Persons(_gazetteer))));
    }

    /// <summary>A statement that concerns Russia and North Korea and no third state.</summary>
    private static bool Bilateral(Candidate c) => c.Countries.All(x => x is Russia or NorthKorea);

    private bool IsJoint(Candidate c)
    {
        var countries = c.Participants.Where(p => _gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person).Select(p => p.Country).ToHashSet();
        return countries.Contains(Russia) && countries.Contains(NorthKorea);
    }

    private ExtractedEvent Finish(string articleId, Candidate c)
    {
        var s = c.Sentence;
        var confidence = c.Trigger.Kind switch { "verb" => 0.75, "noun" => 0.65, _ => 0.55 };
        confidence += c.Derivation switch
        {
            DateDerivations.Explicit => 0.15,
            DateDerivations.Relative => 0.1,
            DateDerivations.PublicationDate => -0.05,
            _ => -0.15,
        };
        if (c.Conflict is not null)
        {
            confidence -= 0.25;
        }
        if (c.Persons(_gazetteer).Count > 0)
        {
            confidence += 0.05;
        }
        return new ExtractedEvent
        {
            MentionId = MentionIds.For(articleId, s.Start, s.End, c.Type, c.Subtype),
            Type = c.Type,
            Subtype = c.Subtype,
            Modality = c.Modality,
            Date = c.Date,
            DateDerivation = c.Date is null ? DateDerivations.None : c.Derivation,
            DateConflict = c.Conflict,
            Participants = [.. c.Participants],
            Countries = [.. c.Countries],
            Location = c.Location,
            Summary = SummaryWriter.Write(c.Type, c.Subtype, c.Modality, c.Participants, c.Countries, c.Location, _gazetteer),
            Evidence = new Evidence(s.Text, s.Start, s.End),
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
        };
    }

    /// <summary>Arabic imperfect (present) verb forms: يـ/تـ prefixes, but not تفعيل verbal nouns ("توقيع", "تسليم").</summary>
    private static bool IsImperfect(string word)
    {
        if (word.Length > 3 && word[0] is 'و' or 'ف' && word[1] is 'ي' or 'ت')
        {
            word = word[1..];
        }
        if (word.Length < 3 || word[0] is not ('ي' or 'ت'))
        {
            return false;
        }
        return !(word[0] == 'ت' && word.Length == 5 && word[3] == 'ي');
    }

    private sealed class DocumentState
    {
        public Actor? LastPerson { get; set; }

        /// <summary>Who acted in the sentence before (else the first person it named), for a clause without a subject of its own.</summary>
        public Actor? LastSubject { get; set; }

        /// <summary>The article has told of an agreement between Russia and North Korea: "the treaty" later on is that one.</summary>
        public bool PairAgreement { get; set; }

        /// <summary>The last two people named, oldest first, for "the two ministers".</summary>
        public List<Actor> RecentPersons { get; } = [];

        /// <summary>The day of the last event dated to a day, for "earlier in the day".</summary>
        public EventDate? LastDay { get; set; }
        public List<string> PreviousCountries { get; set; } = [];
    }
}
