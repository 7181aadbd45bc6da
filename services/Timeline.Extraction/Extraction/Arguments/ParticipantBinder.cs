using Timeline.Contracts;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;
using static Timeline.Extraction.Extraction.Text.TokenSpan;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Arguments;

/// <summary>
/// Binds the actors of a sentence to an event's roles: who acts (<see cref="AgentFinder"/>), who acts with them, who else
/// takes part in the trigger's clause, whom a reporting verb addresses, and the states and place the event concerns.
/// </summary>
internal sealed class ParticipantBinder
{
    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;
    private readonly AgentFinder _agents;
    private readonly ReferenceResolver _references;
    private readonly TriggerFinder _triggers;
    private readonly Dictionary<Actor, bool> _lamAliases;

    /// <summary>Binds actors of <paramref name="gazetteer"/> with the words of <paramref name="data"/>.</summary>
    public ParticipantBinder(Gazetteer gazetteer, ExtractionData data, TriggerFinder triggers)
    {
        _gazetteer = gazetteer;
        _data = data;
        _lamAliases = new Dictionary<Actor, bool>(ReferenceEqualityComparer.Instance);
        foreach (var actor in gazetteer.Actors)
        {
            _lamAliases[actor] = actor.Aliases.Any(a => TextNormalizer.Key(a).StartsWith('ل'));
        }
        _agents = new AgentFinder(gazetteer, data);
        _references = new ReferenceResolver(gazetteer, data.LeaderMarkers);
        _triggers = triggers;
    }

    /// <summary>
    /// The participants of a candidate in their roles (actor, counterpart, target), its location, and the states in play,
    /// from the names of the sentence, the references it makes and what the sentences before told.
    /// </summary>
    public void AddParticipants(Candidate c, Sentence sentence, CueSet[] cues, TriggerHit hit, List<TriggerHit> hits, List<ActorMention> mentions, DateOnly? published, DocumentState doc, Participant? previousAgent, IReadOnlyList<string>? previousCountries)
    {
        var t = sentence.Tokens;
        var at = c.Date?.Start ?? published;
        var clause = t[hit.First].Clause;
        var triggerInAside = t[hit.First].Aside;
        var people = new List<(int Token, Actor Actor)>();
        List<ActorMention>? voices = null; // North Korea's official outlets, which may speak for its government.
        for (var mi = 0; mi < mentions.Count; mi++)
        {
            var m = mentions[mi];
            if (t[m.First].Aside && !triggerInAside)
            {
                continue;
            }
            var actor = m.On(at);
            if (actor is { Kind: ActorKinds.Media, Official: true } && c.Type == EventTypes.Statement)
            {
                (voices ??= []).Add(m);
            }
            if (actor is null || actor.Kind == ActorKinds.Media)
            {
                continue;
            }
            if (c.Type == EventTypes.Visit && actor.Kind is ActorKinds.Place or ActorKinds.State && m.First > 0
                && (m.First > hit.Last && _data.Origin.Contains(t[m.First - 1].Norm) || _data.Leaving.Contains(t[m.First - 1].Norm) && !(c.FromNoun && m.Last < hit.First)))
            {
                // "يتوجه لافروف من كوريا الشمالية إلى الصين", «كيم غادر بيونغ يانغ متوجها إلى روسيا»: where the visitor leaves
                // from. The place left at the end of a visit told after it is the one visited: "left Pyongyang after a two-day visit".
                continue;
            }
            switch (actor.Kind)
            {
                case ActorKinds.Office:
                    // "وزير الخارجية الروسي سيرغي لافروف": the name that follows is the office holder.
                    if (mi + 1 < mentions.Count && mentions[mi + 1].First - m.Last <= 2 && mentions[mi + 1].Actor.Kind == ActorKinds.Person)
                    {
                        continue;
                    }
                    if (mi > 0 && RenamesPerson(sentence, mentions[mi - 1], m, at))
                    {
                        continue; // "Pak Thae Song, North Korea's premier,": the description is Pak, whoever held the office that day.
                    }
                    var holder = at is { } d ? _gazetteer.HolderOf(actor.Id, d) : null;
                    people.Add((m.First, holder ?? actor));
                    break;
                case ActorKinds.Place:
                    if (c.Type == EventTypes.Visit && m.Last < hit.First && m.First > 0 && _data.Origin.Contains(t[m.First - 1].Norm)
                        && actor.Country is { } home && _gazetteer.ById(home) is { } homeState)
                    {
                        people.Add((m.First, homeState)); // "a delegation from Primorsky Krai arrived": the travellers' state.
                        break;
                    }
                    if (m.Locative || actor.CapitalOf is null)
                    {
                        // A traveller's long titles stand between the verb and the destination: names do not count then.
                        // "left Pyongyang after a two-day visit": the place left, just before the clause of the visit ended there.
                        var left = c.FromNoun && m.First > 0 && _data.Leaving.Contains(t[m.First - 1].Norm) && t[m.First].Clause == clause - 1;
                        if ((t[m.First].Clause == clause || left) && (Span(t, hit.Last, m.First) <= 15 || c.Type == EventTypes.Visit && Words(t, sentence.Covered, hit.Last, m.First) <= 10)
                            && (left ? Words(t, sentence.Covered, m.Last, hit.First) <= 5 : Span(t, m.Last, hit.First) <= 4))
                        {
                            c.PlaceAt(actor.Name, actor.Country);
                            c.AddCountry(actor.Country);
                        }
                    }
                    else if (_gazetteer.ById(actor.CapitalOf) is { } state)
                    {
                        people.Add((m.First, state));
                    }
                    if (m.Locative && (actor.CapitalOf ?? actor.Country) is { } speakersState && DescribedSpeakers.PlaceOfSpeakers(t, m.First, _data.SpeakerNouns, _data.Locative)
                        && _gazetteer.ById(speakersState) is { } speakers)
                    {
                        // "officials in Seoul said": Seoul's state speaks; so does Ukraine in "investigators in Kharkiv said".
                        people.Add((m.First, speakers));
                    }
                    break;
                default:
                    if (actor.Kind == ActorKinds.Organisation && BodyInTitleOfPerson(t, mentions, mi, at))
                    {
                        continue; // «نائب رئيس مجلس الأمن الروسي دميتري مدفيديف»: the body the person serves, not a party of its own.
                    }
                    if (actor.Kind is ActorKinds.State or ActorKinds.Organisation && mi + 1 < mentions.Count && TitleOfNextPerson(t, m, mentions[mi + 1], at))
                    {
                        // "North Korea's Vice Foreign Minister Im Chon Il", "his Russian counterpart Rudenko", "Security Council
                        // Secretary Sergei Shoigu": the person's state or body opening the title, in the person.
                        continue;
                    }
                    if (actor.Kind == ActorKinds.State && m.Locative && c.Type == EventTypes.Visit && t[m.First].Clause == clause && Span(t, hit.Last, m.First) is >= 0 and <= 10)
                    {
                        c.PlaceAt(actor.Name, actor.Id); // "وصل إلى كوريا الشمالية": the destination.
                    }
                    people.Add((m.First, DemonymPerson(t, m, actor, doc) ?? actor));
                    break;
            }
        }
        _references.AddReferences(c, t, cues, hit, mentions, people, at, doc);

        var inherited = false;
        var covered = sentence.Covered;
        // "Kim and Shoigu toured the exhibition. He told Shoigu …": nobody tells themselves, so the subject carried on is
        // the other person told of.
        var carried = doc.LastSubject;
        if (carried is not null && people.Exists(p => p.Actor == carried && p.Token > hit.Last && t[p.Token].Clause == clause)
            && doc.RecentPersons.LastOrDefault(p => p != carried && p.Country != carried.Country) is { } other)
        {
            carried = other;
        }
        var agent = c.Trigger.Kind == "report" ? _agents.FindSpeaker(t, hit, SpeakersAfterQuote(sentence, hit, people), previousAgent, covered) : _agents.FindAgent(t, hit, c.Head, people, previousAgent, carried, covered, c.Type is EventTypes.Statement, out inherited);
        if (voices is not null && OfficialVoice(t, c, hit, voices, agent, people, previousAgent, covered) is { } voice)
        {
            agent = voice;
            inherited = false;
        }
        if (c.Type == EventTypes.Statement && c.Subtype == "message" && Sender.ReceivesMessage(t, hit, _data.MessageWords) && Sender.Of(t, hit, people) is { } sender)
        {
            agent = sender; // "Kim received a message from Putin": Putin speaks; Kim is spoken to.
        }
        agent = LeaderOf(t, agent, people, covered) ?? agent;
        var gathering = GatheringAt(t, hit);
        if (gathering >= 0 && people.FirstOrDefault(p => p.Token > gathering && p.Token - gathering <= 3 && p.Actor.Kind == ActorKinds.Person).Actor is { } gathered)
        {
            // «عقب لقاء جمع شويغو بنظيره»: the meeting "that brought together" those named after it is theirs, not that of
            // whoever the sentence's attribution names («وفقا لبيان أصدرته الخارجية»).
            agent = gathered;
        }
        var betweenAt = -1;
        for (var k = hit.Last + 1; k <= Math.Min(t.Count - 1, hit.Last + 6); k++)
        {
            if (_data.Between.Contains(t[k].Norm) && t[k].Clause == clause)
            {
                betweenAt = k;
                break;
            }
        }
        if (c.Trigger.Kind == "noun" && betweenAt >= 0 && people.FirstOrDefault(p => p.Token > betweenAt && t[p.Token].Clause == clause) is { Actor: { } first }
            && !people.Exists(p => p.Actor == agent && p.Token > betweenAt))
        {
            agent = first; // "Choe hailed the meeting between Kim and Putin": the meeting is theirs, not the speaker's.
        }
        c.InheritedAgent = inherited;
        if (inherited && previousCountries is not null)
        {
            // "أعربتا عن قلقهما ... بينما اتفقتا على التعاون": the shared subject brings its states along.
            foreach (var country in previousCountries)
            {
                c.AddCountry(country);
            }
        }
        if (agent is not null && c.Trigger.Kind == "report" && QuoteFollows(sentence, hit.Last, mentions) && people.Exists(p => p.Actor == agent && p.Token > hit.Last))
        {
            agent = null; // «وأضاف: "نرحب بروسيا"», `He added: "Russia …"`: a name inside the quotation is no speaker.
        }
        if (agent is null && c.Trigger.Kind == "report" && hit.First <= 1 && (ThatFollows(t, hit.Last + 1) || QuoteFollows(sentence, hit.Last, mentions)) && doc.LastPerson is { } last)
        {
            // "وأضاف أنه ...", «لكنه أشار إلى أن», «وأضاف: "…"», "He said ...": the speaker of the previous sentence goes on.
            // After "Kim met Putin …", "He added that" («وأضاف أن») is Kim: the person who acted goes on, not the one named last.
            agent = carried is { Kind: ActorKinds.Person } subject ? subject : last;
        }
        else if (agent is null && c.Trigger.Kind == "report" && carried is not null && SpeakerReferredTo(t, hit))
        {
            // "The envoy said the talks …", "He added …": whoever acted in the sentence before speaks.
            agent = carried;
        }
        if (agent is null && c.Type is EventTypes.Meeting or EventTypes.Agreement && PossessedOccasion(t, hit) && doc.LastSubject is { Kind: ActorKinds.Person } told
            && !people.Exists(p => p.Token >= 0 && p.Token < hit.First))
        {
            // «… اليوم الأربعاء. جاء ذلك خلال لقائه مع تشوي», «جاء ذلك بعد توقيعه الاتفاقية مع بوتين»: "his meeting", "his
            // signing", with no one named before it, is that of whoever acted in the sentence before.
            agent = told;
        }
        var otherRole = c.Type is EventTypes.Accusation or EventTypes.Statement ? ParticipantRoles.Target : ParticipantRoles.Counterpart;
        if (c.Type is EventTypes.Statement or EventTypes.Accusation && (agent is null || CountryOf(agent) is Russia or NorthKorea) && SpeakingCapitals(t, hit)
            && doc.PreviousCountries.Where(x => x is not (Russia or NorthKorea)).Distinct().ToList() is { Count: 2 } capitals)
        {
            // "Washington and Seoul voiced alarm … The two capitals believe Moscow is supplying …", «وتعتقد العاصمتان»: the
            // two states of the sentence before other than the pair speak (not Moscow and Pyongyang named after the verb).
            foreach (var state in capitals)
            {
                if (_gazetteer.ById(state) is { } speaker)
                {
                    c.AddParticipant(ToParticipant(speaker, ParticipantRoles.Actor));
                    c.AgentCountries.Add(state);
                }
            }
            agent = null;
        }
        if (agent is null && c.Type == EventTypes.Statement && c.Trigger.Kind == "report"
            && (t[hit.First].IsArabic ? hit.Last + 1 < t.Count && _data.UnnamedClaimants.Contains(t[hit.Last + 1].Norm)
                : hit.First > 0 && _data.UnnamedClaimants.Contains(t[hit.First - 1].Norm)))
        {
            c.UnnamedClaimant = true; // "Experts say", «ويعتقد محللون»: someone speaks, of no state the sentence names.
        }
        if (agent is not null)
        {
            c.AddParticipant(ToParticipant(agent, ParticipantRoles.Actor));
            AddCoAgents(c, t, people, agent, covered);
            if (agent.Kind == ActorKinds.Person && DualVerb(t, hit) && !c.Participants.Any(p => p.Role == ParticipantRoles.Actor && p.Country != agent.Country)
                && PartnerOf(t, hit, people, agent, doc) is { } partner)
            {
                // «التقى بيلوسوف كيم الجمعة واتفقا على …», «… وتعهدا»: a verb told of two whose subject goes unnamed is
                // done by the two sides just told of.
                c.AddParticipant(ToParticipant(partner, c.Type == EventTypes.Meeting ? ParticipantRoles.Counterpart : ParticipantRoles.Actor));
                c.AgentCountries.Add(partner.Country!);
            }
        }
        // Everyone else named in the trigger's clause; after "بين/between" only those named there. What is said or
        // alleged follows the verb, so a statement or accusation also takes in the rest of the sentence, and the
        // subject's clause when the subject comes first ("أن موسكو وبيونغ يانغ، أعربتا").
        if (gathering >= 0)
        {
            betweenAt = gathering; // Only those it brought together take part, as after «بين».
        }
        if (betweenAt >= 0 && c.Type is EventTypes.Meeting or EventTypes.Agreement && !people.Exists(p => p.Token > betweenAt && t[p.Token].Clause == clause))
        {
            // «خلال مكالمة هاتفية الثلاثاء تعزيز التعاون بين بلديهما», "signed a plan of exchanges between their ministries":
            // "between" names no one, so it leaves none of those who talked or signed out.
            betweenAt = -1;
        }
        var speech = c.Type is EventTypes.Statement or EventTypes.Accusation;
        var agentToken = 0; // As for a pair not found: the default token.
        foreach (var p in people)
        {
            if (p.Actor == agent)
            {
                agentToken = p.Token;
                break;
            }
        }
        // A reporting verb can also follow what was said ("…، كما أعلن كيربي"): its whole sentence is in play.
        var fromClause = c.Trigger.Kind == "report" ? 0
            : speech && agent is not null && agentToken >= 0 && agentToken < hit.First ? Math.Min(clause, t[agentToken].Clause) : clause;
        var reportedFrom = c.Trigger.Kind == "report" ? -1 : ReportedFrom(t, hit, hits);
        var contentFrom = speech ? t.Count : ContentFrom(t, hit);
        foreach (var (token, actor) in people)
        {
            // "أعلن غيراسيموف أن وحدات كورية شمالية شاركت": who reports an event does not take part in it; "received
            // evidence that Russian forces fired …": who is named in what was received does not take part in the receiving.
            var inScope = token >= 0 && token >= reportedFrom && token < contentFrom && (speech ? t[token].Clause >= fromClause : t[token].Clause == clause) && (betweenAt < 0 || token >= betweenAt);
            if (inScope)
            {
                c.AddParticipant(ToParticipant(actor, otherRole));
            }
        }
        if (c.Type == EventTypes.MilitaryCooperation && (!c.Countries.Contains(Russia) || !c.Countries.Contains(NorthKorea)))
        {
            // "…مع انخراط بيونغ يانغ في الحرب، إذ أرسلت آلاف الجنود", "Seoul denounced the deployment": troops or arms sent
            // without the sender or the receiver in their clause come from the pair named elsewhere in the sentence, or
            // from the pair's cooperation the article told before.
            // Places count too: «انخراط لبيونغ يانغ» reads as "to Pyongyang" but names the state.
            foreach (var m in mentions)
            {
                if (m.On(at) is { Kind: not ActorKinds.Media } actor && CountryOf(actor) is Russia or NorthKorea)
                {
                    c.AddCountry(CountryOf(actor));
                }
            }
            if ((agent is null || CountryOf(agent) == NorthKorea) && doc.PairMilitary && (c.Countries.Contains(Russia) || c.Countries.Contains(NorthKorea)))
            {
                c.AddCountry(Russia);
                c.AddCountry(NorthKorea);
            }
        }
        if (c.Type == EventTypes.Meeting && c.Trigger.Kind == "verb" && PronounMetBy(t, hit) is { } pronoun
            && (pronoun == "it" ? doc.LastVisitor : doc.LastSubject) is { } met && met != agent)
        {
            // "He was met at the airport by Kim Jong Un": the one met is whoever the sentence before told of; "It was
            // greeted at the airport by Yun Jong Ho", after a delegation arrived: the one who leads it.
            c.AddParticipant(ToParticipant(met, ParticipantRoles.Counterpart));
        }
        if (c.Type == EventTypes.Meeting && c.Trigger.Kind == "verb" && c.Subtype == "talks" && Addressee(t, cues, hit, mentions, published) is { } addressee)
        {
            c.AddParticipant(ToParticipant(addressee, ParticipantRoles.Counterpart));
        }
        if ((c.Type is EventTypes.Meeting or EventTypes.Invitation || c.Subtype is "gift" or "tour") && HasObjectPronoun(t, hit, c.Head))
        {
            // "حيث استقبلها بوتين", "met her", «قدّم له هدايا», "showed him": the one received is the person named before.
            // «واستقبل كيم الوزير الروسي، وتسلم منه رسالة من بوتين، وأجرى معه محادثات»: not the one a message came from.
            var named = people.LastOrDefault(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind == ActorKinds.Person && p.Actor != agent && !Sender.FromBefore(t, p.Token)).Actor
                ?? (doc.LastPerson != agent ? doc.LastPerson : null);
            if (named is not null)
            {
                c.AddParticipant(ToParticipant(named, ParticipantRoles.Counterpart));
            }
        }
        if (c.Type == EventTypes.Meeting && c.Trigger.Kind == "verb" && agent is { Kind: ActorKinds.Person } && Other(agent.Country) is { } otherSide
            && !c.Participants.Any(p => p.Country == otherSide) && Received(t, hit, hits, people, otherSide) is { } guest)
        {
            // «استقبل كيم، القائد الذي يتولى …، عصر يوم 14 آب، رئيس الدوما الروسي»: the one received may stand several
            // asides after the verb; a meeting needs its other side.
            c.AddParticipant(ToParticipant(guest, ParticipantRoles.Counterpart));
        }
        if (c.Type == EventTypes.Meeting && agent is { Kind: ActorKinds.Person } && Other(agent.Country) is { } guestSide && c.Participants.Exists(p => p.Country == guestSide))
        {
            HostsTogether(c, people, agent.Country!);
        }
        if (c.Type == EventTypes.Agreement && c.Subtype is "ratification" or "entry_into_force"
            && (doc.PairAgreement || people.Exists(p => CountryOf(p.Actor) == Russia) && people.Exists(p => CountryOf(p.Actor) == NorthKorea)))
        {
            // "صادق مجلس الدوما على المعاهدة": the treaty the article told of before, between Russia and North Korea; or the
            // one the sentence describes («المعاهدة، المبرمة بين قائدي البلدين، أصبحت سارية المفعول»).
            c.AddCountry(Russia);
            c.AddCountry(NorthKorea);
        }
        if (c.Type == EventTypes.Visit && agent is not null && c.Countries.All(x => x == CountryOf(agent))
            && (_triggers.CapitalAfter(t, hit) || c.Location is null && hit.Entry.Destination && !t[hit.First].IsArabic))
        {
            // "arrived in the capital", "The delegation … arrived on Tuesday": the capital of the state named last before
            // it, in this sentence or the one before.
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
        if ((!c.Countries.Contains(Russia) || !c.Countries.Contains(NorthKorea)) && pointsBack && !Array.Exists(cues, static x => (x & CueSet.TopicShift) != 0))
        {
            foreach (var country in doc.PreviousCountries)
            {
                c.AddCountry(country);
            }
        }
        if (c.Type == EventTypes.Statement && agent is not null && CountryOf(agent) is { } side && side != Russia && side != NorthKorea && doc.PairMilitary
            && !c.Countries.Contains(Russia) && NorthKoreanForces(t, mentions))
        {
            // After the article told of North Korea's troops or arms for Russia, a third party speaking of "the North Korean
            // forces' losses" («خسائر القوات الكورية الشمالية») speaks of those in Russia's war.
            c.AddCountry(Russia);
        }
        if (c.Trigger.Remains)
        {
            // "Wreckage of a missile that hit Kharkiv came from a North Korean Hwasong-11": North Korea's arms, fired by
            // Russia. Remains of anything else ("a Russian Iskander", "a drone") tell no cooperation.
            c.Participants.Clear();
            c.Countries.Clear();
            if (NorthKoreanOrigin(mentions, hit) && _gazetteer.ById(NorthKorea) is { } maker && _gazetteer.ById(Russia) is { } user)
            {
                c.AddParticipant(ToParticipant(maker, ParticipantRoles.Actor));
                c.AddParticipant(ToParticipant(user, ParticipantRoles.Counterpart));
            }
        }
        if (c.Type == EventTypes.Statement && agent is not null && CountryOf(agent) is { } condemner && condemner != Russia && condemner != NorthKorea && doc.PairMilitary
            && !Array.Exists(cues, static x => (x & CueSet.TopicShift) != 0) && CondemnsToldCooperation(sentence, c, hit))
        {
            // "North Korea confirmed it had sent troops. Seoul denounced the acknowledgement on Monday": the deed condemned is
            // the pair's cooperation told before, though the sentence names neither side.
            c.CondemnsToldCooperation = true;
            c.AddCountry(Russia);
            c.AddCountry(NorthKorea);
        }
        if (speech && doc.PairAgreement && hits.Exists(h => h.Entry.Type == EventTypes.Agreement && h.Entry.Kind == "noun" && h.First > hit.Last && Definite(t, h.First))
            && !people.Exists(p => CountryOf(p.Actor) is not (null or Russia or NorthKorea)) && !Array.Exists(cues, static x => (x & CueSet.TopicShift) != 0))
        {
            // After the article told of the treaty between the two, «وتابعت الوكالة أن الاتفاق سيمنح زخما», "Shoigu said the
            // treaty would hold": the treaty spoken of is theirs, unless another state is named ("the treaty with Iran").
            c.AddCountry(Russia);
            c.AddCountry(NorthKorea);
        }
        if (c.Type == EventTypes.Statement && agent is { Kind: ActorKinds.Person } && doc.PairEncounter is { } encounter && encounter.People.Contains(agent.Id)
            && SameOccasion(c.Date, encounter.Date) && !Array.Exists(cues, static x => (x & CueSet.TopicShift) != 0))
        {
            // "Kim met Shoigu on Friday. Shoigu affirmed that Moscow stood ready to honour the treaty": what one side says at
            // its meeting with the other is said to the other side, even when only its own state is named.
            c.AddCountry(Russia);
            c.AddCountry(NorthKorea);
        }
    }

    /// <summary>
    /// North Korea's official outlet speaking in its own words: "KCNA said the visit showed how solid the ties were",
    /// «وتابعت الوكالة أن الاتفاق سيمنح زخما» when no one else is found to speak, or "The agency described the bond … as",
    /// where the outlet stands right beside a verb of its own.
    /// </summary>
    private Actor? OfficialVoice(IReadOnlyList<Token> t, Candidate c, TriggerHit hit, List<ActorMention> voices, Actor? agent, List<(int Token, Actor Actor)> people, Participant? previousAgent, bool[] covered)
    {
        if (c.Trigger.Kind != "report")
        {
            return ModalityReader.SpeakingOutlet(t, hit, voices);
        }
        if (agent is not null || _data.Attributions.Contains(t[hit.First].Norm))
        {
            return null; // "According to the agency, the talks …": the source of the news, not a voice of its own.
        }
        var speakers = new List<(int Token, Actor Actor)>(people);
        foreach (var m in voices)
        {
            var at = speakers.FindIndex(p => p.Token > m.First);
            speakers.Insert(at < 0 ? speakers.Count : at, (m.First, m.Actor)); // In word order, as the finder reads them.
        }
        return _agents.FindSpeaker(t, hit, speakers, previousAgent, covered) is { Kind: ActorKinds.Media } outlet ? outlet : null;
    }

    /// <summary>A word with the Arabic article («الاتفاق», «والمعاهدة») or after "the": something already known.</summary>
    private static bool Definite(IReadOnlyList<Token> t, int k) =>
        t[k].IsArabic ? WordForms.StripConjunction(t[k].Norm).StartsWith("ال", StringComparison.Ordinal) : k > 0 && t[k - 1].Norm == "the";

    /// <summary>
    /// A colon or an opening quote mark follows the word at <paramref name="k"/>: «وأضاف: "…"», `He added: "…"`; not a
    /// name set in quotes, as some outlets write names («وأكد "كيم" أنه»).
    /// </summary>
    private static bool QuoteFollows(Sentence sentence, int k, List<ActorMention> mentions)
    {
        for (var at = sentence.Tokens[k].End - sentence.Start; at < sentence.Text.Length; at++)
        {
            var ch = sentence.Text[at];
            if (!char.IsWhiteSpace(ch))
            {
                return ch == ':' || IsQuote(ch) && !(mentions.Find(m => m.First == k + 1) is { } named && QuoteClosesAfter(sentence, named.Last));
            }
        }
        return false;
    }

    /// <summary>A quote mark stands right after the word at <paramref name="k"/>.</summary>
    private static bool QuoteClosesAfter(Sentence sentence, int k)
    {
        var at = sentence.Tokens[k].End - sentence.Start;
        return at < sentence.Text.Length && IsQuote(sentence.Text[at]);
    }

    private static bool IsQuote(char ch) => ch is '"' or '«' or '»' or '“' or '”' or '\'';

    /// <summary>
    /// A condemnation whose object refers back to the cooperation ("denounced the deployment", «نددت …، الاثنين، بهذا
    /// الاعتراف»: the subject and the day may stand between), or a remark calling an admission a crime ("said the North had
    /// confessed to a criminal act").
    /// </summary>
    private bool CondemnsToldCooperation(Sentence sentence, Candidate c, TriggerHit hit)
    {
        var t = sentence.Tokens;
        if (c.Subtype == "condemnation")
        {
            for (var (k, words) = (hit.Last + 1, 0); k < t.Count && words < 4; k++)
            {
                if (sentence.Covered[k] || t[k].Aside)
                {
                    continue;
                }
                if (_data.CooperationReferents.HasMatchAt(t, k))
                {
                    return true;
                }
                words++;
            }
        }
        return _data.AdmissionWords.AnyIn(t, hit.Last + 1, t.Count - 1) && _data.CrimeWords.AnyIn(t, hit.Last + 1, t.Count - 1);
    }

    /// <summary>"the two capitals" within three words before the verb, or «العاصمتان» right after an Arabic one.</summary>
    private bool SpeakingCapitals(IReadOnlyList<Token> t, TriggerHit hit)
    {
        for (var k = Math.Max(0, hit.First - 3); k <= Math.Min(t.Count - 1, hit.Last + 2); k++)
        {
            if ((k < hit.First || t[hit.First].IsArabic && k > hit.Last) && _data.SpeakingCapitals.HasMatchAt(t, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The remains' origin names North Korea: the first state named after the verb is North Korea ("came from a North Korean missile").</summary>
    private static bool NorthKoreanOrigin(List<ActorMention> mentions, TriggerHit hit)
    {
        foreach (var m in mentions)
        {
            if (m.First > hit.Last && m.Actor.Kind is ActorKinds.State or ActorKinds.Place)
            {
                return CountryOf(m.Actor) == NorthKorea;
            }
        }
        return false;
    }

    /// <summary>North Korea's troops or arms named as such: "North Korean soldiers", «القوات الكورية الشمالية».</summary>
    private bool NorthKoreanForces(IReadOnlyList<Token> t, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (CountryOf(m.Actor) == NorthKorea && (_data.MilitaryAssets.AnyIn(t, m.Last + 1, m.Last + 1) || m.First > 0 && _data.MilitaryAssets.AnyIn(t, m.First - 1, m.First - 1)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A remark undated, or dated within a day of the encounter (or to its month), can be made at it.</summary>
    private static bool SameOccasion(EventDate? remark, EventDate? encounter) =>
        remark is null || encounter is null || remark.Start <= encounter.End.AddDays(1) && remark.End >= encounter.Start.AddDays(-1);

    /// <summary>
    /// `"Moscow is our ally," he said`, `"…," the Russian minister told reporters`: the parties an English quotation closed
    /// just before the verb names are what is said, not who says it; only those named after it can speak.
    /// </summary>
    private static List<(int Token, Actor Actor)> SpeakersAfterQuote(Sentence sentence, TriggerHit hit, List<(int Token, Actor Actor)> people)
    {
        var t = sentence.Tokens;
        if (t[hit.First].IsArabic)
        {
            return people;
        }
        for (var k = hit.First; k > 0 && k >= hit.First - 6; k--)
        {
            var gap = sentence.Text.AsSpan((t[k - 1].End - sentence.Start)..(t[k].Start - sentence.Start));
            if (gap.Contains(',') && gap.IndexOfAny('"', '”') >= 0)
            {
                var opened = k;
                return people.FindAll(p => p.Token < 0 || p.Token >= opened);
            }
        }
        return people;
    }

    /// <summary>What is said opens at <paramref name="k"/>: «أن», "that", or «إلى أن» after «أشار», «لفت».</summary>
    private static bool ThatFollows(IReadOnlyList<Token> t, int k) =>
        k < t.Count && (t[k].Norm is "ان" or "انه" or "انها" or "that" || t[k].Norm == "الي" && k + 1 < t.Count && t[k + 1].Norm is "ان" or "انه" or "انها");

    /// <summary>
    /// True when the state or body at <paramref name="state"/> opens or qualifies a title that ends with a person of that state
    /// ("North Korea's Vice Foreign Minister Im Chon Il", "his Russian counterpart Andrei Rudenko", «نظيرته الكورية الشمالية
    /// تشوي سون هوي»): it says whom the person serves and takes no part of its own.
    /// </summary>
    private bool TitleOfNextPerson(IReadOnlyList<Token> t, ActorMention state, ActorMention next, DateOnly? at)
    {
        if (next.On(at) is not { Kind: ActorKinds.Person } person || person.Country != CountryOf(state.Actor) || next.First - state.Last > 6)
        {
            return false;
        }
        for (var k = state.Last + 1; k < next.First; k++)
        {
            if (t[k].Clause != t[state.Last].Clause || !_data.PersonTitles.Contains(t[k].Norm) && !_data.TitleFillers.Contains(t[k].Norm) && !Appositions.IsTitleHead(t[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when the body at <paramref name="index"/> closes the title of a person of its state named after it, past other
    /// bodies of the title and a few words of it («نائب رئيس مجلس الأمن الروسي ورئيس حزب روسيا الموحدة، دميتري مدفيديف»,
    /// «مساعد الكرملين للسياسة الخارجية يوري أوشاكوف», "Deputy Chairman of the Security Council Dmitry Medvedev"), or of
    /// the person named just before the title: the person acts, and the body only says whom the person serves.
    /// </summary>
    private static bool BodyInTitleOfPerson(IReadOnlyList<Token> t, List<ActorMention> mentions, int index, DateOnly? at)
    {
        var body = mentions[index];
        if (!AfterTitleHead(t, body.First) || Pair.CountryOf(body.Actor) is not { } country)
        {
            return false;
        }
        var words = 0;
        var to = body.First;
        for (var j = index - 1; j >= 0; j--)
        {
            // «ميدفيديف، نائب رئيس مجلس الأمن الروسي ورئيس حزب روسيا الموحدة»: the titles set off after the name.
            words += to - mentions[j].Last - 1;
            if (words > MaxTitleTail)
            {
                break;
            }
            if (mentions[j].On(at) is { Kind: ActorKinds.Person } named)
            {
                if (named.Country == country)
                {
                    return true;
                }
                break;
            }
            if (mentions[j].Actor.Kind is not (ActorKinds.Organisation or ActorKinds.State))
            {
                break;
            }
            to = mentions[j].First;
        }
        words = 0;
        var from = body.Last + 1;
        for (var j = index + 1; j < mentions.Count; j++)
        {
            words += mentions[j].First - from;
            if (words > MaxTitleTail)
            {
                return false;
            }
            if (mentions[j].On(at) is { Kind: ActorKinds.Person } person)
            {
                return person.Country == country;
            }
            if (mentions[j].Actor.Kind is not (ActorKinds.Organisation or ActorKinds.State))
            {
                return false;
            }
            from = mentions[j].Last + 1;
        }
        return false;
    }

    /// <summary>Words of a title between its body and the name, other names aside: «للسياسة الخارجية», «ورئيس حزب».</summary>
    private const int MaxTitleTail = 4;

    /// <summary>
    /// Whether a title's head noun stands right before <paramref name="first"/>, or before «باسم» or "of the" there:
    /// «رئيس», «ورئيس», «المتحدث باسم», "deputy chairman of the".
    /// </summary>
    private static bool AfterTitleHead(IReadOnlyList<Token> t, int first)
    {
        var k = first - 1;
        while (k > 0 && t[k].Norm is "باسم" or "of" or "the" && first - k <= 2)
        {
            k--;
        }
        return k >= 0 && k < first && t[k].Clause == t[first].Clause && Appositions.IsTitleHead(WordForms.StripConjunction(t[k].Norm).ToString());
    }

    /// <summary>
    /// True when the office at <paramref name="office"/> is set off by a comma right after a person of its state ("Pak Thae
    /// Song, North Korea's premier,", "Pak, the North Korean premier,", «باك تاي سونغ، رئيس وزراء كوريا الشمالية،»): a
    /// description in apposition to a name is that person, not another holder of the office.
    /// </summary>
    private static bool RenamesPerson(Sentence sentence, ActorMention person, ActorMention office, DateOnly? at)
    {
        var t = sentence.Tokens;
        if (person.On(at) is not { Kind: ActorKinds.Person } named || named.Country != CountryOf(office.Actor) || office.First - person.Last > 2
            || (office.First - person.Last == 2 && t[person.Last + 1].Norm is not ("the" or "a")))
        {
            return false;
        }
        var gap = sentence.Text.AsSpan((t[person.Last].End - sentence.Start)..(t[person.Last + 1].Start - sentence.Start));
        return gap.Contains(',') || gap.Contains('،');
    }

    /// <summary>
    /// «لقاء جمع»: the index of the verb "brought together" right after a meeting noun, or -1; «جمعه» (brought him
    /// together with) names one side before it, and is left to the other rules.
    /// </summary>
    private static int GatheringAt(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.Entry.Type == EventTypes.Meeting && hit.Entry.Kind == "noun" && hit.Last + 1 < t.Count && t[hit.Last + 1].Norm is "جمع" or "جمعت"
            ? hit.Last + 1 : -1;

    /// <summary>
    /// An Arabic event noun with a possessive pronoun («لقائه», «محادثاتها», «بعد توقيعه»): the same noun without the
    /// pronoun is a trigger of the same kind («قمة» ends alike but «قم» is none).
    /// </summary>
    private bool PossessedOccasion(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var word = t[hit.First];
        // «بعد توقيعه الاتفاقية»: a verbal noun the lexicon lists with the verbs counts after «بعد», «خلال».
        if (!word.IsArabic || hit.Entry.Kind != "noun" && !(hit.First > 0 && _data.Presupposing.HasMatchAt(t, hit.First - 1)))
        {
            return false;
        }
        var stem = word.Norm.EndsWith("ها", StringComparison.Ordinal) ? word.Norm[..^2] : word.Norm.EndsWith('ه') ? word.Norm[..^1] : null;
        return stem is { Length: >= 3 } && _data.IsTriggerForm(word, stem, hit.Entry.Type);
    }

    /// <summary>
    /// An Arabic verb in the dual with no subject after it («واتفقا», «وتعهدا», «يتفقان»): the same verb without the dual
    /// ending tells the same kind of event.
    /// </summary>
    private bool DualVerb(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var word = t[hit.First];
        if (hit.First != hit.Last || !word.IsArabic || hit.Entry.Kind == "noun" || WordForms.IsParticiple(word.Norm))
        {
            return false;
        }
        var stem = word.Norm.EndsWith('ا') && word.Norm.Length >= 4 ? word.Norm[..^1]
            : WordForms.IsImperfect(word.Norm) && word.Norm.EndsWith("ان", StringComparison.Ordinal) ? word.Norm[..^2] : null;
        return stem is not null && _data.IsTriggerForm(word, stem, hit.Entry.Type, allowFuture: true);
    }

    /// <summary>
    /// The other of the two a dual verb tells of: the last person of another state named before the verb in its sentence,
    /// else, when the sentence names nobody before it, the other of the last two people the article named.
    /// </summary>
    private static Actor? PartnerOf(IReadOnlyList<Token> t, TriggerHit hit, List<(int Token, Actor Actor)> people, Actor agent, DocumentState doc)
    {
        var before = people.Where(p => p.Token >= 0 && p.Token < hit.First && p.Actor.Kind == ActorKinds.Person).Select(p => p.Actor).ToList();
        if (before.Count > 0)
        {
            return before.LastOrDefault(p => p.Country is not null && p.Country != agent.Country);
        }
        return doc.RecentPersons.Count == 2 && doc.RecentPersons.Contains(agent) ? doc.RecentPersons.FirstOrDefault(p => p != agent && p.Country is not null && p.Country != agent.Country) : null;
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
        // Outward from the agent, each party joins the nearest one joined before it on its side, and a party passed over
        // ends that side: in "حثت اليابان روسيا وكوريا الشمالية" North Korea joins Russia, the one asked, not Japan.
        Span<int> order = people.Count <= 64 ? stackalloc int[people.Count] : new int[people.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        for (var i = 1; i < order.Length; i++)
        {
            for (var j = i; j > 0 && Math.Abs(people[order[j]].Token - a) < Math.Abs(people[order[j - 1]].Token - a); j--)
            {
                (order[j], order[j - 1]) = (order[j - 1], order[j]);
            }
        }
        int right = a, left = a, rightStop = int.MaxValue, leftStop = int.MinValue;
        foreach (var index in order)
        {
            var (token, actor) = people[index];
            if (actor == agent || token < 0 || token > rightStop || token < leftStop)
            {
                continue;
            }
            var anchor = token >= a ? right : left;
            var (first, second) = token < anchor ? (token, anchor) : (anchor, token);
            var together = token == anchor
                // «وزير» (minister) opens with the letter of "and" but joins nobody: «التقى كيم وزير الدفاع الروسي» met him.
                || Gap(t, first, second, covered) <= 2 && (t[second].IsArabic && t[second].Norm[0] == 'و' && !Appositions.IsTitleHead(t[second].Norm) || t[second - 1].Norm == "and")
                // "Seoul, Washington and others believe": states listed with only a comma between them.
                || Gap(t, first, second, covered) == 1 && (t[first].Clause != t[second].Clause || !t[second].IsArabic) && actor.Kind is ActorKinds.State or ActorKinds.Place && agent.Kind is ActorKinds.State or ActorKinds.Place
                // "the ministers of Japan, South Korea and the United States": English names two states side by side only
                // with a comma between; "and the" joins the last.
                || Gap(t, first, second, covered) == 3 && !t[second].IsArabic && t[second - 1].Norm == "the" && t[second - 2].Norm == "and";
            if (!together)
            {
                if (token > a)
                {
                    rightStop = Math.Min(rightStop, token);
                }
                else if (token < a)
                {
                    leftStop = Math.Max(leftStop, token);
                }
                continue;
            }
            if (token > a)
            {
                right = token;
            }
            else if (token < a)
            {
                left = token;
            }
            if (CountryOf(actor) is { } country)
            {
                c.AgentCountries.Add(country);
                if (c.Type == EventTypes.Accusation)
                {
                    c.AddCountry(country); // "Washington, Seoul and others have charged": every state accusing is involved.
                }
                if (c.Type is EventTypes.Accusation or EventTypes.Statement && actor.Kind is ActorKinds.State or ActorKinds.Person)
                {
                    c.AddParticipant(ToParticipant(actor, ParticipantRoles.Actor)); // "The US and South Korea accused": both accuse.
                }
            }
        }
    }

    /// <summary>
    /// The first person of <paramref name="side"/> named after a meeting verb in the clauses that follow it, before another
    /// verb or what someone says opens a new statement.
    /// </summary>
    private Actor? Received(IReadOnlyList<Token> t, TriggerHit hit, List<TriggerHit> hits, List<(int Token, Actor Actor)> people, string side)
    {
        var stop = t.Count;
        foreach (var h in hits)
        {
            if (h.First > hit.Last && h.Entry.Kind != "noun" && h.First < stop)
            {
                stop = h.First;
            }
        }
        for (var k = hit.Last + 1; k < stop; k++)
        {
            if (_data.Complementizers.Contains(t[k].Norm) || _data.ClauseOpeners.Contains(t[k].Norm))
            {
                stop = k; // "… that", "when Putin visited": a new statement opens.
            }
        }
        return people.FirstOrDefault(p => p.Token > hit.Last && p.Token < stop && p.Actor.Kind == ActorKinds.Person && p.Actor.Country == side).Actor;
    }

    /// <summary>
    /// An English report whose clause opens with a subject pronoun or "the" and a title ("He said", "The envoy added",
    /// "The foreign minister told reporters"): its speaker was named before.
    /// </summary>
    private bool SpeakerReferredTo(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var start = ClauseStart(t, hit.First);
        if (t[hit.First].IsArabic || hit.First - start is < 1 or > 4)
        {
            return false;
        }
        if (hit.First - start == 1)
        {
            return _data.SubjectPronouns.Contains(t[start].Norm);
        }
        if (t[start].Norm != "the" || !_data.PersonTitles.Contains(t[hit.First - 1].Norm))
        {
            return false;
        }
        for (var k = start + 1; k < hit.First - 1; k++)
        {
            if (!_data.TitleFillers.Contains(t[k].Norm) && !_data.PersonTitles.Contains(t[k].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "The delegation was greeted by Kang Sun Nam, the defence minister, Jong Kyong Thaek, … and Im Chon Il": people of
    /// the host's side named with the host receive the other side with him; none of them is the one met.
    /// </summary>
    private static void HostsTogether(Candidate c, List<(int Token, Actor Actor)> people, string hostSide)
    {
        for (var i = 0; i < c.Participants.Count; i++)
        {
            var p = c.Participants[i];
            if (p.Role == ParticipantRoles.Counterpart && p.Country == hostSide && people.Exists(x => x.Actor.Id == p.ActorId && x.Actor.Kind == ActorKinds.Person))
            {
                c.Participants[i] = p with { Role = ParticipantRoles.Actor };
            }
        }
    }

    /// <summary>
    /// "He was met by", "She was received … by", "It was greeted by": an English passive whose subject is a pronoun, which
    /// it returns ("it" for a delegation); null for any other clause.
    /// </summary>
    private string? PronounMetBy(IReadOnlyList<Token> t, TriggerHit hit)
    {
        var start = ClauseStart(t, hit.First);
        var subject = t[start].Norm;
        return !t[hit.First].IsArabic && hit.First - start is 2 or 3 && (subject == "it" || _data.SubjectPronouns.Contains(subject))
            && t[hit.First - 1].Norm is "was" or "were" or "been" ? subject : null;
    }

    /// <summary>
    /// The first token of a "that" clause opening after the trigger in its clause ("received evidence that …",
    /// «تلقى تأكيدات بأن …»), or the sentence's length when none opens there.
    /// </summary>
    private int ContentFrom(IReadOnlyList<Token> t, TriggerHit hit)
    {
        for (var k = hit.Last + 1; k < t.Count && t[k].Clause == t[hit.First].Clause; k++)
        {
            if (_data.Complementizers.Contains(t[k].Norm))
            {
                return k;
            }
        }
        return t.Count;
    }

    /// <summary>Where what a reporting verb before the trigger says begins (its complementizer), or -1 when the trigger is not reported.</summary>
    private int ReportedFrom(IReadOnlyList<Token> t, TriggerHit hit, List<TriggerHit> hits)
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

    /// <summary>"استقبلها", "التقاه", "met her": the verb carries its object as a pronoun.</summary>
    private bool HasObjectPronoun(IReadOnlyList<Token> t, TriggerHit hit, int head)
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
        if (hit.Last + 1 < t.Count && ObjectPronoun(t, hit.Last + 1))
        {
            return true;
        }
        // "held talks with her", "discussed the peninsula with him": the one talked with, a few words on in the clause.
        for (var k = hit.Last + 1; k + 1 < t.Count && k <= hit.Last + 6 && t[k + 1].Clause == t[hit.First].Clause; k++)
        {
            if (t[k].Norm == "with" && ObjectPronoun(t, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "him", "them", and "her" where no noun follows it in its clause: "talks with her on Friday" names the woman, "talks
    /// with her Russian counterpart" her counterpart.
    /// </summary>
    private static bool ObjectPronoun(IReadOnlyList<Token> t, int k) =>
        t[k].Norm is "him" or "them"
        || t[k].Norm == "her" && (k + 1 == t.Count || t[k + 1].Clause != t[k].Clause || PronounFollowers.Contains(t[k + 1].Norm));

    // Words that may follow the object "her" but never the possessive: prepositions, conjunctions and time words.
    private static readonly HashSet<string> PronounFollowers = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "for", "about", "during", "after", "before", "and", "to", "over", "since", "last", "this", "yesterday",
        "today", "earlier", "later", "again", "when", "as", "while", "until", "by", "from", "via", "behind",
    };

    /// <summary>
    /// The person a reporting verb addresses ("قوله لـX", "قوله أمام نظيرته الكورية الشمالية X", "told his North Korean
    /// counterpart X"), if of another state than the speaker's side. A state named next to "counterpart" is the
    /// addressee's nationality, not the addressee: it is passed over and not counted as a word between.
    /// </summary>
    public Actor? Addressee(IReadOnlyList<Token> t, CueSet[] cues, TriggerHit hit, List<ActorMention> mentions, DateOnly? published)
    {
        ActorMention? next = null;
        // States named as the counterpart's nationality: contiguous, non-overlapping spans, so their words add up.
        List<ActorMention>? nationality = null;
        var nationalityWords = 0;
        foreach (var m in InTextOrder(mentions))
        {
            if (m.First <= hit.Last)
            {
                continue;
            }
            if (m.First > hit.Last + 4 + nationalityWords)
            {
                break;
            }
            var ofCounterpart = (cues[m.First - 1] & CueSet.Counterpart) != 0 || m.Last + 1 < t.Count && (cues[m.Last + 1] & CueSet.Counterpart) != 0;
            if (m.Actor.Kind == ActorKinds.State && ofCounterpart)
            {
                (nationality ??= []).Add(m);
                nationalityWords += m.Last - m.First + 1;
                continue;
            }
            next = m;
            break;
        }
        if (next is null)
        {
            return null;
        }
        // The words between the verb and the name, nationality passed over: how many, and what marks them.
        var between = 0;
        var addresseeWord = false;
        var counterpartWord = false;
        var toCounterpart = false;
        for (var k = hit.Last + 1; k < next.First; k++)
        {
            if (Within(nationality, k))
            {
                continue;
            }
            between++;
            addresseeWord |= _data.Addressee.Contains(t[k].Norm);
            var counterpart = (cues[k] & CueSet.Counterpart) != 0;
            counterpartWord |= counterpart;
            toCounterpart |= counterpart && t[k].IsArabic && t[k].Norm.StartsWith('ل'); // "قوله لنظيرته".
        }
        var introduced = t[next.First].IsArabic && t[next.First].Norm.StartsWith('ل') && !AliasStartsWithLam(next.Actor)
            || addresseeWord
            || toCounterpart
            || t[hit.First].Norm == "told";
        if (!introduced || between > 2 && !counterpartWord)
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

    /// <summary>Mentions by their first word; the recogniser lists them so already, and only another order is sorted.</summary>
    private static List<ActorMention> InTextOrder(List<ActorMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].First < mentions[i - 1].First)
            {
                return [.. mentions.OrderBy(m => m.First)];
            }
        }
        return mentions;
    }

    /// <summary>True when word <paramref name="k"/> belongs to one of the mentions.</summary>
    private static bool Within(List<ActorMention>? spans, int k)
    {
        if (spans is null)
        {
            return false;
        }
        foreach (var m in spans)
        {
            if (k >= m.First && k <= m.Last)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Some spelling of the actor itself starts with «ل», so a «ل» on the name is no preposition; read once per actor.</summary>
    private bool AliasStartsWithLam(Actor actor)
    {
        if (_lamAliases.TryGetValue(actor, out var known))
        {
            return known;
        }
        return actor.Aliases.Any(a => TextNormalizer.Key(a).StartsWith('ل'));
    }

    /// <summary>An actor in a role, with the state it stands for.</summary>
    private static Participant ToParticipant(Actor a, string role) => new(a.Id, a.Name, role, CountryOf(a));

    /// <summary>
    /// "The North Korean was received by Kozhemyako", «الوزير الروسي»: a demonym after "the", or a state's adjective after
    /// the bare word for minister, stands for the person of that state named last in the article.
    /// </summary>
    private Actor? DemonymPerson(IReadOnlyList<Token> t, ActorMention m, Actor state, DocumentState doc)
    {
        if (state.Kind != ActorKinds.State || m.First == 0)
        {
            return null;
        }
        var demonym = t[m.First - 1].Norm == "the" && !t[m.Last].IsArabic && t[m.Last].Norm.EndsWith('n')
            && m.Last + 1 < t.Count && _data.DemonymPersonNext.Contains(t[m.Last + 1].Norm);
        // «الوزير الروسي سلّم كيم رسالة», «ستلتقي الوزيرة الكورية الشمالية نظيرها»: "the Russian minister", with no ministry
        // named, is the minister of that state the article has named.
        var minister = t[m.First].IsArabic && StripConjunction(t[m.First - 1].Norm) is "الوزير" or "الوزيره";
        if (!demonym && !minister)
        {
            return null;
        }
        return doc.RecentPersons.LastOrDefault(p => p.Country == state.Id) ?? (doc.LastPerson?.Country == state.Id ? doc.LastPerson : null);
    }

    /// <summary>
    /// "A Russian delegation led by Shoigu arrived", «وصل وفد روسي برئاسة شويغو»: a state or body named as a
    /// delegation acts through the person said to lead it.
    /// </summary>
    private Actor? LeaderOf(IReadOnlyList<Token> t, Actor? agent, List<(int Token, Actor Actor)> people, bool[] covered)
    {
        if (agent is not { Kind: ActorKinds.State or ActorKinds.Organisation })
        {
            return null;
        }
        var index = people.FindIndex(p => p.Actor == agent);
        if (index < 0)
        {
            return null; // An agent carried from an earlier sentence is named nowhere here.
        }
        var at = people[index].Token;
        for (var k = Math.Max(0, at + 1); k < t.Count && k <= at + 4; k++)
        {
            if (!_data.LeaderMarkers.Contains(t[k].Norm))
            {
                continue;
            }
            var from = k + 1 < t.Count && t[k + 1].Norm == "by" ? k + 1 : k;
            var leader = people.FirstOrDefault(p => p.Token > from && p.Actor.Kind == ActorKinds.Person && Gap(t, from, p.Token, covered) <= 1);
            return leader.Actor;
        }
        return null;
    }
}
