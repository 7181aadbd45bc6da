using System.Reflection;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Arguments;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Document;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Extraction.Extraction.Time;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;
using static Timeline.Extraction.Extraction.Text.TokenSpan;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction;

/// <summary>
/// Turns one article into dated Russia–North Korea event mentions with evidence: sentences, actors (names, offices,
/// "his counterpart", "the two leaders", "the latter"), triggers from the versioned lexicon, modality, dates, relevance,
/// then one mention per happening. Stateless and thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private static readonly Lazy<EventExtractor> LazyDefault = new(() => new EventExtractor(Gazetteer.Default, ExtractionData.Default));

    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly ActorRecognizer _actors;
    private readonly DateResolver _dates;
    private readonly SentenceSplitter _splitter;
    private readonly StoryLayout _layout;
    private readonly ClauseChunker _chunker;
    private readonly TriggerFinder _triggers;
    private readonly NounTriggers _nouns;
    private readonly EventDater _dater;
    private readonly ParticipantBinder _participants;

    /// <summary>Builds an extractor over a gazetteer and lexicon data.</summary>
    public EventExtractor(Gazetteer gazetteer, ExtractionData data)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _actors = new ActorRecognizer(gazetteer, data.Locative);
        _dates = new DateResolver(data.Calendar);
        _splitter = new SentenceSplitter(data.Credits);
        _layout = new StoryLayout(data);
        _chunker = new ClauseChunker(data);
        _triggers = new TriggerFinder(data);
        _nouns = new NounTriggers(data);
        _dater = new EventDater(gazetteer, data);
        _participants = new ParticipantBinder(gazetteer, data, _triggers);
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
        foreach (var (start, end) in _layout.StoryRanges(body))
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
        _dater.ResolveUndated(candidates, published);
        var kept = MentionDeduplicator.Merge(candidates, _gazetteer);
        return [.. kept.Select(c => Finish(articleId, c))];
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
        var hits = _triggers.FindTriggers(tokens, mentions, occupied);
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
        futureClauses |= ClauseChunker.ShortNeighbours(tokens, futureClauses); // "من المقرر أن يصل بوتين، الأربعاء، إلى بيونغ يانغ".
        var dates = _dates.Find(body, tokens, published, futureClauses);
        // "Kim Yo Jong on Friday denied": a date between a name and its verb is no word of the clause's own.
        var skipped = ClauseChunker.WithDates(tokens, occupied, dates);
        sentence.Covered = skipped;
        if (_chunker.JoinDateAsides(tokens, dates, occupied) is { } joined)
        {
            tokens = joined;
            sentence = sentence with { Tokens = joined };
            sentence.Covered = skipped;
            hits = _triggers.FindTriggers(tokens, mentions, occupied); // Context words are looked for in the joined clause.
        }
        if (Appositions.Join(tokens, occupied, TriggerFinder.TriggerWords(tokens.Count, hits), _triggers.OpensClause, ClauseChunker.DateWords(tokens.Count, dates)) is { } appositive)
        {
            tokens = appositive;
            sentence = sentence with { Tokens = appositive };
            sentence.Covered = skipped;
            hits = _triggers.FindTriggers(tokens, mentions, occupied);
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
            if (ModalityReader.IsNegated(tokens, cues, hit))
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
            sentence.DuringVisit |= h.Entry.Type == EventTypes.Visit && h.Entry.Kind == "noun" && NounTriggers.DuringTheVisit(tokens, cues, h);
        }
        ApplySentenceRules(result, _gazetteer);
        doc.Remember(result, mentions, published, _gazetteer);
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
        const CueSet references = CueSet.Anaphora | CueSet.BothLeaders | CueSet.BothStates | CueSet.Counterpart | CueSet.Latter | CueSet.Pronoun | CueSet.Pair;
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

    private Candidate? BuildCandidate(Sentence sentence, CueSet[] cues, TriggerHit hit, List<TriggerHit> hits, List<ActorMention> mentions, List<DateMention> dates, DateOnly? published, DocumentState doc, Participant? previousAgent, IReadOnlyList<string>? previousCountries)
    {
        var t = sentence.Tokens;
        var i = hit.First;
        var strong = hit.Entry.Kind != "noun";
        var present = hit.Entry.Kind == "verb" && IsImperfect(t[i].Norm);
        var purpose = false;
        var lightAt = -1;
        if (!strong && _nouns.Framing(t, hit))
        {
            return null; // "وتأتي الزيارة في ظل": the article's own event, told elsewhere.
        }
        if (!strong && NounTriggers.VerbOfClauseTells(t, hits, hit))
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
                if ((cues[k] & CueSet.LightBefore) != 0 && (k >= i - 3 || t[k].Norm.Length > 2 && !NounTriggers.TriggerBetween(hits, k, i)))
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
        if (entry.Kind == "report" && _participants.Addressee(t, cues, hit, mentions, published) is not null)
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
        c.Modality = entry.Kind == "report" ? Modalities.Occurred : ModalityReader.ReadModality(t, cues, hit);
        if (c.Modality == Modalities.Occurred && entry.Type is not (EventTypes.Statement or EventTypes.Accusation) && ModalityReader.Hearsay(t, cues, hit))
        {
            return null; // "amid reports that … have been deployed": what unnamed reports say is not told as fact.
        }
        if (c.Type == EventTypes.Statement && entry.Kind != "report" && ModalityReader.OutletSpeaks(t, hit, mentions))
        {
            return null; // "ووصفت الوكالة الكورية الرسمية الزيارة بأنها": an outlet's wording, not a party's statement.
        }
        if (c.Modality == Modalities.Planned && c.FromNoun && !dates.Any(d => d.Future))
        {
            return null; // "ستكون أول زيارة يقوم بها": an undated plan named by a noun is an intention, not a timeline entry.
        }
        _dater.AssignDate(c, hit, hits, dates, published, doc);
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
        _participants.AddParticipants(c, sentence, cues, hit, hits, mentions, published, doc, previousAgent, previousCountries);
        return c;
    }

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

}
