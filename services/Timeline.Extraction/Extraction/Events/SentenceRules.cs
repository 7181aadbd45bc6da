using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;

namespace Timeline.Extraction.Extraction.Events;

/// <summary>
/// Rules over the candidates of one sentence: which remarks are worth building, a reply that shares the states of the
/// statement it answers, and the rules that combine or drop candidates (a visit absorbs its purpose, an accusation what
/// it alleges, a report what it reports).
/// </summary>
internal sealed class SentenceRules
{
    private readonly ExtractionData _data;

    /// <summary>Applies rules with the clause openers of <paramref name="data"/>.</summary>
    public SentenceRules(ExtractionData data) => _data = data;

    /// <summary>
    /// Whether a reported remark in the sentence can end up concerning both Russia and North Korea: both states are named
    /// (with the last speaker and subject, who may go on speaking), or a reference may bring them in ("the two leaders",
    /// "his counterpart"), or a pointer back to a sentence that named them ("these claims", "the talks"). Building a
    /// remark's participants is the costliest step, and most remarks in a news page are about something else.
    /// </summary>
    public static bool ReportsMayConcernPair(List<ActorMention> mentions, CueSet[] cues, DocumentState doc)
    {
        const CueSet references = CueSet.BothLeaders | CueSet.BothStates | CueSet.Counterpart | CueSet.Latter | CueSet.Pronoun | CueSet.Pair | CueSet.Delegation | CueSet.Host;
        var pointsBack = false;
        foreach (var cue in cues)
        {
            if ((cue & references) != 0)
            {
                return true;
            }
            pointsBack |= (cue & CueSet.Anaphora) != 0;
        }
        bool russia = doc.LastPerson?.Country == Russia || doc.LastSubject?.Country == Russia, northKorea = doc.LastPerson?.Country == NorthKorea || doc.LastSubject?.Country == NorthKorea;
        if (pointsBack)
        {
            // "these claims", "the talks": what a pointer back can bring in is the states of the sentence before.
            russia |= doc.PreviousCountries.Contains(Russia);
            northKorea |= doc.PreviousCountries.Contains(NorthKorea);
        }
        foreach (var m in mentions)
        {
            for (var k = 0; k < m.Candidates.Count; k++)
            {
                var country = CountryOf(m.Candidates[k]);
                russia |= country == Russia;
                northKorea |= country == NorthKorea;
            }
        }
        // After North Korea's troops or arms for Russia were told, remarks on North Korea's forces may be about them; after
        // their treaty was told, one side's remarks on "the treaty".
        return russia && northKorea || northKorea && doc.PairMilitary || (russia || northKorea) && doc.PairAgreement;
    }

    /// <summary>
    /// True when <paramref name="c"/> is what another speaker says in a clause coordinated with the statement before it
    /// (", and X said", "، فيما وصفتها X", "while X called it"): a statement of its own, with its own speaker.
    /// </summary>
    public bool CoordinatedReply(IReadOnlyList<Token> t, Candidate previous, Candidate c)
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

    /// <summary>Sentence-level rules: a report by someone who also acts in the sentence says nothing new; an accusation
    /// absorbs the arms transfer it alleges; a third party asserting an arms transfer is accusing; ratification and entry
    /// into force are not signings.</summary>
    /// <param name="list">The sentence's candidates.</param>
    /// <param name="hits">The sentence's triggers, those that made no candidate too.</param>
    /// <param name="gazetteer">Who the actors are.</param>
    /// <param name="cues">The sentence's cue marks, word by word.</param>
    /// <param name="published">The article's publication date, if known.</param>
    public void ApplySentenceRules(List<Candidate> list, List<TriggerHit> hits, Gazetteer gazetteer, CueSet[] cues, DateOnly? published)
    {
        foreach (var c in list.Where(c => c.Type == EventTypes.Accusation && c.Agent?.Country is Russia or NorthKorea))
        {
            // "Lavrov accused Washington of stoking tensions": one side of the pair blaming others speaks; accusations
            // in the timeline are about the pair.
            c.Type = EventTypes.Statement;
            c.Subtype = "condemnation";
        }
        // "the debris came from a Russian Iskander": remains not traced to North Korea tell no cooperation.
        list.RemoveAll(c => c.Trigger.Remains && !c.Countries.Contains(NorthKorea));
        // "سافر إلى روسيا لعقد قمة مع بوتين": the meeting is the purpose of the visit, reported with it.
        if (list.Any(c => c.Type == EventTypes.Visit))
        {
            list.RemoveAll(c => c.Type == EventTypes.Meeting && c.Purpose);
        }
        // "have rejected the charges", «نفت الاتهامات»: the charges denied are the object of the denial, not an accusation made.
        // The day may stand between them: «نفت كوريا الشمالية، اليوم الثلاثاء، الاتهامات».
        list.RemoveAll(c => c.Type == EventTypes.Accusation && c.Trigger.Kind != "report"
            && list.Any(r => r.Subtype is "rejection" or "denial" && r.TriggerToken < c.TriggerToken && c.TriggerToken - r.TriggerToken <= 6));
        // "denied supplying Russia with shells": what a party denies is told by its denial; and a charge denied
        // («نفت كوريا الشمالية الاتهامات الأمريكية») is the denier's word, not an accusation made that day.
        var denial = list.Exists(r => r.Subtype == "denial");
        list.RemoveAll(c => c.Modality == Modalities.Denied && (denial || c.Type == EventTypes.Accusation));
        // «نفى الكرملين التقارير، ووصفها بيسكوف بأنها كاذبة»: the same side going on to say how it denies is one statement.
        list.RemoveAll(c => c.Subtype == "denial" && c.Agent is { } side
            && list.Any(o => o != c && o.Type == EventTypes.Statement && o.TriggerToken > c.TriggerToken && o.Agent?.Country == side.Country));
        var accusations = list.Where(c => c.Type == EventTypes.Accusation).ToList();
        var military = list.Where(c => c.Type == EventTypes.MilitaryCooperation && c.Modality != Modalities.Denied).ToList();
        var confirmed = false; // "NATO confirmed that North Korea has sent troops": the writer takes it as true.
        if (military.Count > 0 && accusations.Count == 0)
        {
            // A third party asserting an arms transfer or deployment ("أكدت الولايات المتحدة أن ... سلمت"), before or after
            // telling it ("… has sent troops to Russia, Austin said"), is accusing.
            // The claimant may be a group without a state of its own ("Western countries", NATO, UN experts).
            var claimant = list.FirstOrDefault(c => c.Type == EventTypes.Statement && ThirdPartyClaimant(c, gazetteer));
            if (claimant is not null)
            {
                var claimDate = ClaimDate(claimant, military[0]);
                var acc = new Candidate
                {
                    Type = EventTypes.Accusation,
                    Trigger = claimant.Trigger,
                    Sentence = claimant.Sentence,
                    TriggerToken = claimant.TriggerToken,
                    Modality = Modalities.Occurred,
                    // Not the day of the strike whose remains are told: that is when the arms were fired, not when they were traced.
                    Date = claimDate,
                    Derivation = claimDate is null ? DateDerivations.None : claimant.Date is not null ? claimant.Derivation : military[0].Derivation,
                    Conflict = claimant.Conflict ?? military[0].Conflict,
                    UnnamedClaimant = claimant.UnnamedClaimant,
                };
                foreach (var accuser in claimant.Participants)
                {
                    if (accuser.Role == ParticipantRoles.Actor)
                    {
                        acc.AddParticipant(accuser); // "South Korea, Japan and the United States condemned": all three.
                    }
                }
                foreach (var country in claimant.AgentCountries)
                {
                    acc.AddCountry(country); // "Seoul and Washington say": every state making the claim.
                }
                list.Remove(claimant);
                accusations.Add(acc);
                list.Add(acc);
                confirmed = _data.Factive.Contains(claimant.Sentence.Tokens[claimant.TriggerToken].Norm);
            }
        }
        // "said in a joint statement that they condemned the transfer": the condemnation accuses, not the saying around it.
        else if (military.Count == 0 && accusations.Count == 0
            && (list.FirstOrDefault(c => c.Type == EventTypes.Statement && c.Trigger.Kind != "report" && ThirdPartyClaim(c, gazetteer, cues))
                ?? list.FirstOrDefault(c => c.Type == EventTypes.Statement && ThirdPartyClaim(c, gazetteer, cues))) is { } claim)
        {
            // "The Pentagon said North Korean soldiers were training in eastern Russia": no transfer verb, but a third
            // party placing North Korea's troops or arms with Russia is accusing just the same.
            claim.Type = EventTypes.Accusation;
            claim.Subtype = null;
            // "Seoul condemned the deployment, calling it a breach of the UN Charter": the pair is accused, not the body named.
            AccuseThePair(claim, gazetteer);
        }
        if (accusations.Count > 0)
        {
            // The accusation carries what it alleges; the alleged transfer is not reported as fact, unless the two states
            // have since acknowledged that kind of cooperation themselves (then it is a fact someone also claims).
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
                if (!confirmed && !Acknowledged(mil, published))
                {
                    list.Remove(mil);
                }
            }
            if (military.Count > 0)
            {
                AccuseThePair(accusations[0], gazetteer); // "condemned Russia's purchase of missiles from Pyongyang": both sides.
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
        // "Putin will meet Trump to discuss Ukraine and North Korea": people of two states meet, and neither side of the pair
        // is missing among them only because it is a topic.
        list.RemoveAll(c => c.Type == EventTypes.Meeting && PersonStates(c, gazetteer) is { Count: >= 2 } states && !(states.Contains(Russia) && states.Contains(NorthKorea)));
        // "Also present at the meeting were Lavrov and the aide Ushakov": two people of one side, with nobody of the other,
        // are not a meeting between the two.
        list.RemoveAll(c => c.Type == EventTypes.Meeting && c.Participants.Count(p => gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person) >= 2
            && c.Participants.Select(p => p.Country).Distinct().Count() == 1);
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
            if (report.Agent is { } speaker && list.Any(o => o != report && o.Type is EventTypes.Statement or EventTypes.Accusation
                && o.TriggerToken < report.TriggerToken && o.Agent?.ActorId == speaker.ActorId))
            {
                list.Remove(report); // "أكدت واشنطن أن …، مشيرة إلى": one speaker going on is one statement.
                continue;
            }
            if (report.SpokenByOutlet(gazetteer) && CarriesOthersNews(report, list, hits, gazetteer))
            {
                list.Remove(report);
                continue;
            }
            // A claim kept beside the acknowledged cooperation it tells is an accusation of its own; a remark recalling what
            // happened months before ("cooperation has grown since the two countries signed a pact in June last year") is
            // news of its own.
            if (report.Agent is null && !(report.Type == EventTypes.Accusation && report.UnnamedClaimant) || !confirmation && list.Any(o => o != report && o.Trigger.Kind != "report" && o.Countries.Contains(Russia) && o.Countries.Contains(NorthKorea)
                && !(report.Type == EventTypes.Accusation && o.Type == EventTypes.MilitaryCooperation) && !Recalled(report, o, published) && !AnnouncesOthers(report, o, gazetteer)
                && !SaysAtIt(report, o)))
            {
                list.Remove(report);
            }
        }
        // «نددت سيول بهذا الاعتراف، ووصفته بأنه إقرار بجريمة»: the accuser going on to describe what it condemns says nothing new.
        list.RemoveAll(c => c.Type == EventTypes.Statement && c.Subtype == "comment" && c.Agent is { } describer
            && list.Exists(a => a.Type == EventTypes.Accusation && a.TriggerToken < c.TriggerToken && a.Agent?.ActorId == describer.ActorId));
        foreach (var accusation in list.Where(c => c.Type == EventTypes.Accusation))
        {
            // "Zelensky said Ukraine's forces captured North Korean soldiers": the accuser's own state is no party accused.
            var accusers = accusation.Participants.Where(p => p.Role == ParticipantRoles.Actor).Select(p => p.Country).OfType<string>().ToHashSet();
            accusation.Participants.RemoveAll(p => p.Role == ParticipantRoles.Target && p.ActorId == p.Country && accusers.Contains(p.ActorId));
        }
        list.Sort((a, b) => a.TriggerToken.CompareTo(b.TriggerToken));
    }

    /// <summary>
    /// A statement announcing a visit, talks, an agreement or an invitation its speaker takes no part in ("The Kremlin said
    /// on Monday that the North Korean premier would travel to Moscow next week"): the announcement is news of its own.
    /// An outlet only carries the news it reports, unless it confirms it ("KCNA confirmed that the delegation had arrived").
    /// Closing the sentence ("…, as Peskov announced", "…, the ministry said") it only says where the news came from.
    /// </summary>
    private bool AnnouncesOthers(Candidate report, Candidate other, Gazetteer gazetteer) =>
        report.Type == EventTypes.Statement && report.Agent is { } speaker && !_data.Attributions.Contains(report.Sentence.Tokens[report.TriggerToken].Norm)
        && (!report.SpokenByOutlet(gazetteer) || _data.Factive.Contains(report.Sentence.Tokens[report.TriggerToken].Norm))
        && other.Type is EventTypes.Visit or EventTypes.Meeting or EventTypes.Agreement or EventTypes.Invitation
        && report.TriggerToken < other.TriggerToken && !other.Participants.Exists(p => p.ActorId == speaker.ActorId);

    /// <summary>
    /// "Medvedev held talks with Jo Yong Won, who said ties were growing": what one side of a meeting says in a relative
    /// clause hung on its name is a statement of its own, made at the meeting.
    /// </summary>
    private bool SaysAtIt(Candidate report, Candidate meeting) =>
        report.Type == EventTypes.Statement && meeting.Type == EventTypes.Meeting && report.Agent is { } speaker && report.TriggerToken > meeting.TriggerToken
        && meeting.Participants.Exists(p => p.ActorId == speaker.ActorId && p.Role == ParticipantRoles.Counterpart)
        && TokenSpan.ClauseOpensWith(report.Sentence.Tokens, report.TriggerToken, _data.RelativePronouns);

    /// <summary>
    /// An undated remark and an event the text dates weeks before the report: the event is the background the speaker
    /// recalls, not what the sentence reports. An attribution ("…, according to the Kremlin") only sources the event.
    /// </summary>
    private bool Recalled(Candidate report, Candidate other, DateOnly? published) =>
        report.Date is null && published is { } day && !_data.Attributions.Contains(report.Sentence.Tokens[report.TriggerToken].Norm) && other.Derivation is DateDerivations.Explicit or DateDerivations.Relative
        && other.Date is { } d && d.End < day.AddDays(-27);

    /// <summary>Cooperation of a kind the two states had acknowledged by the time it is told ("has sent soldiers", told in 2025).</summary>
    private bool Acknowledged(Candidate military, DateOnly? published) =>
        military.Subtype is { } kind && _data.Acknowledged.TryGetValue(kind, out var since) && (published ?? military.Date?.End) is { } told && told >= since;

    /// <summary>A statement that can claim something of others: not praise, thanks, a pledge or a passed-on message.</summary>
    private static bool Claims(Candidate statement) => statement.Subtype is not ("praise" or "thanks" or "pledge" or "message");

    /// <summary>
    /// An outlet's report that carries someone else's words ("Kim stressed the ties would grow, KCNA said") or, unless it
    /// confirms it, the news of someone's visit or talks («كشفت الوكالة أن هذه الزيارة ستكون أول زيارة يقوم بها بوتين»).
    /// </summary>
    private bool CarriesOthersNews(Candidate report, List<Candidate> list, List<TriggerHit> hits, Gazetteer gazetteer) =>
        list.Any(o => o != report && o.Type is EventTypes.Statement or EventTypes.Accusation && o.Agent?.ActorId != report.Agent!.ActorId)
        || !_data.Factive.Contains(report.Sentence.Tokens[report.TriggerToken].Norm)
            && hits.Exists(h => h.First > report.TriggerToken && h.Entry.Type is EventTypes.Visit or EventTypes.Meeting)
            && report.Participants.Exists(p => gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person);

    /// <summary>
    /// The day of a claim that a transfer took place: the claim's own, else the transfer's. Not the day of the strike whose
    /// remains are traced («أبلغ المراقبون … أن حطام صاروخ سقط في 2 يناير يعود إلى»): that is when the arms were fired.
    /// </summary>
    private static EventDate? ClaimDate(Candidate claimant, Candidate military) =>
        !military.Trigger.Remains ? claimant.Date ?? military.Date
        : claimant.Date is { } own && own != military.Date ? own : null;

    /// <summary>Russia and North Korea, each unless someone of its side is already among the accused or accusing.</summary>
    private static void AccuseThePair(Candidate accusation, Gazetteer gazetteer)
    {
        foreach (var side in (ReadOnlySpan<string>)[NorthKorea, Russia])
        {
            if (!accusation.Participants.Exists(p => p.Country == side) && gazetteer.ById(side) is { } state)
            {
                accusation.AddParticipant(new Participant(state.Id, state.Name, ParticipantRoles.Target, side));
            }
        }
    }

    /// <summary>The states of the people (not states or bodies) taking part.</summary>
    private static HashSet<string> PersonStates(Candidate c, Gazetteer gazetteer) =>
        [.. c.Participants.Where(p => p.Country is not null && gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person).Select(p => p.Country!)];

    /// <summary>A statement that can claim something, by a party of neither side that is not an outlet.</summary>
    /// <remarks>A condemnation by a party left unnamed ("the ministers of 48 countries condemned the export") is by a third party too.</remarks>
    private static bool ThirdPartyClaimant(Candidate statement, Gazetteer gazetteer) =>
        Claims(statement) && (statement.Agent is { } agent ? agent.Country is not (Russia or NorthKorea) && gazetteer.ById(agent.ActorId)?.Kind is not ActorKinds.Media
            : statement.Subtype == "condemnation" && statement.Trigger.Kind == "verb" || statement.UnnamedClaimant);

    private bool ThirdPartyClaim(Candidate statement, Gazetteer gazetteer, CueSet[] cues) =>
        ThirdPartyClaimant(statement, gazetteer)
        && statement.Countries.Contains(NorthKorea) && statement.Countries.Contains(Russia)
        && (statement.CondemnsToldCooperation || _data.MilitaryAssets.AnyIn(statement.Sentence.Tokens, 0, statement.Sentence.Tokens.Count - 1))
        && !Array.Exists(cues, c => (c & CueSet.Hypothetical) != 0); // "might be troops there" alleges nothing.
}
