using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction;

/// <summary>One trigger phrase of the lexicon with what it signals.</summary>
/// <param name="Type">Event type.</param>
/// <param name="Subtype">Sub-type, or null.</param>
/// <param name="Kind">"verb", "noun" or "report".</param>
/// <param name="With">Context words of which one must occur nearby, or null.</param>
/// <param name="Destination">True when a place or state must follow.</param>
/// <param name="Presupposed">True when "during &lt;noun&gt;" states the event happened.</param>
/// <param name="AtPlace">True when the phrase ends where the place must stand ("has been in Pyongyang", «الموجود في موسكو»).</param>
/// <param name="SpeechFollows">True when what is said must open right after the verb and its speaker's name: the clause ends (a colon before the quote) or "that" follows ("He went on: …", «وتابع بوتين أن»).</param>
/// <param name="Remains">True when the phrase tells where the remains of a strike came from ("the debris came from a North Korean missile"): North Korean arms Russia fired.</param>
public sealed record TriggerEntry(string Type, string? Subtype, string Kind, PhraseMatcher<bool>? With, bool Destination, bool Presupposed, bool AtPlace = false, bool SpeechFollows = false, bool Remains = false);

/// <summary>Cue sets a word can open; one pass over a sentence marks them all.</summary>
[Flags]
public enum CueSet
{
    /// <summary>No cue.</summary>
    None = 0,
    /// <summary>Planned event.</summary>
    Planned = 1 << 0,
    /// <summary>"Next" beside a trigger.</summary>
    FutureAdjacent = 1 << 1,
    /// <summary>Wish, possibility, condition.</summary>
    Hypothetical = 1 << 2,
    /// <summary>Denial.</summary>
    Denied = 1 << 3,
    /// <summary>Negation.</summary>
    Negation = 1 << 4,
    /// <summary>Light verb before a noun.</summary>
    LightBefore = 1 << 5,
    /// <summary>Light verb after a noun.</summary>
    LightAfter = 1 << 6,
    /// <summary>"During".</summary>
    Presupposing = 1 << 7,
    /// <summary>Pointer to the previous sentence.</summary>
    Anaphora = 1 << 8,
    /// <summary>"The two leaders".</summary>
    BothLeaders = 1 << 9,
    /// <summary>"The two countries".</summary>
    BothStates = 1 << 10,
    /// <summary>"Counterpart".</summary>
    Counterpart = 1 << 11,
    /// <summary>"The latter".</summary>
    Latter = 1 << 12,
    /// <summary>Subject pronoun.</summary>
    Pronoun = 1 << 13,
    /// <summary>"The two ministers".</summary>
    Pair = 1 << 15,
    /// <summary>Unnamed reports ("amid reports that").</summary>
    Hearsay = 1 << 16,
    /// <summary>"In other news": the sentence turns to another story.</summary>
    TopicShift = 1 << 17,
    /// <summary>"His host", «مضيفه», "his guest": the other side's person in a visit.</summary>
    Host = 1 << 18,
    /// <summary>"The delegation", «الوفد»: the traveller of the visit told before.</summary>
    Delegation = 1 << 19,
    /// <summary>"Intends to", «عزمه», "preparing the ground for": a visit or meeting noun after it is announced.</summary>
    Intent = 1 << 20,
}

/// <summary>The extractor's versioned data files (triggers, cues, calendar words), embedded in the assembly and loaded once.</summary>
public sealed class ExtractionData
{
    private static readonly Lazy<ExtractionData> LazyDefault = new(() => new ExtractionData());

    private ExtractionData()
    {
        var triggers = Read("triggers.json", ExtractionJson.Default.TriggerFile);
        var cues = Read("cues.json", ExtractionJson.Default.CueFile);
        var dates = Read("dates.json", ExtractionJson.Default.DateFile);
        Versions = $"triggers.{triggers.Version}+cues.{cues.Version}+dates.{dates.Version}";

        PhraseMatcher<bool>? messageWords = null;
        foreach (var e in triggers.Entries)
        {
            PhraseMatcher<bool>? with = null;
            if (e.With is { Count: > 0 })
            {
                with = Matcher(e.With);
            }
            if (e.Type == EventTypes.Statement && e.Subtype == "message")
            {
                messageWords ??= with;
            }
            var entry = new TriggerEntry(e.Type, e.Subtype, e.Kind, with, e.Destination, e.Presupposed, e.AtPlace, e.SpeechFollows, e.Remains);
            foreach (var form in e.Forms)
            {
                Triggers.Add(form, entry);
            }
        }

        MessageWords = messageWords ?? Matcher([]);
        Planned = Matcher(cues.Planned);
        FutureAdjacent = Matcher(cues.FutureAdjacent);
        Hypothetical = Matcher(cues.Hypothetical);
        Denied = Matcher(cues.Denied);
        Negation = Matcher(cues.Negation);
        LightVerbsBefore = Matcher(cues.LightVerbsBefore);
        LightVerbsAfter = Matcher(cues.LightVerbsAfter);
        Presupposing = Matcher(cues.Presupposing);
        Anaphora = Matcher(cues.Anaphora);
        BothLeaders = Matcher(cues.BothLeaders);
        BothStates = Matcher(cues.BothStates);
        Counterpart = Matcher(cues.Counterpart);
        Latter = Matcher(cues.Latter);
        Pronouns = Matcher(cues.Pronouns);
        Between = cues.Between.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        Addressee = cues.Addressee.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (set, phrases) in new (CueSet, List<string>)[]
        {
            (CueSet.Planned, cues.Planned), (CueSet.FutureAdjacent, cues.FutureAdjacent), (CueSet.Hypothetical, cues.Hypothetical), (CueSet.Denied, cues.Denied),
            (CueSet.Negation, cues.Negation), (CueSet.LightBefore, cues.LightVerbsBefore), (CueSet.LightAfter, cues.LightVerbsAfter), (CueSet.Presupposing, cues.Presupposing),
            (CueSet.Anaphora, cues.Anaphora), (CueSet.BothLeaders, cues.BothLeaders), (CueSet.BothStates, cues.BothStates), (CueSet.Counterpart, cues.Counterpart),
            (CueSet.Latter, cues.Latter), (CueSet.Pronoun, cues.Pronouns), (CueSet.Pair, cues.Pair), (CueSet.Hearsay, cues.Hearsay), (CueSet.TopicShift, cues.TopicShift),
            (CueSet.Host, cues.Host),
            (CueSet.Delegation, cues.Delegation),
            (CueSet.Intent, cues.IntentBefore),
        })
        {
            foreach (var phrase in phrases)
            {
                AllCues.Add(phrase, set);
            }
        }
        Locative = cues.Locative.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        ClauseOpeners = cues.ClauseOpeners.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        TemporalOpeners = cues.TemporalOpeners.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        var situating = Words(cues.TemporalOpeners.Concat(cues.SituatingOpeners));
        SituatingOpeners = situating;
        SituatingLookup = situating.GetAlternateLookup<ReadOnlySpan<char>>();
        TemporalLookup = ((HashSet<string>)TemporalOpeners).GetAlternateLookup<ReadOnlySpan<char>>();
        Participles = Words(cues.Participles);
        Complementizers = Words(cues.Complementizers);
        var framing = Words(cues.Framing);
        Framing = framing;
        FramingLookup = framing.GetAlternateLookup<ReadOnlySpan<char>>();
        Ordinals = Words(cues.Ordinals);
        Recency = Words(cues.Recency);
        Occasions = Words(cues.Occasions);
        Hosting = Words(cues.Hosting);
        Anniversary = Words(cues.Anniversary);
        AnniversarySpans = Words(cues.AnniversarySpans);
        AnniversarySince = Words(cues.AnniversarySince);
        RelativePronouns = Words(cues.RelativePronouns);
        Origin = Words(cues.Origin);
        Leaving = Words(cues.Leaving);
        ObjectPronouns = Words(cues.ObjectPronouns);
        Comitative = Words(cues.Comitative);
        LeaderMarkers = Words(cues.LeaderMarkers);
        PersonTitles = Words(cues.PersonTitles);
        TitleFillers = Words(cues.TitleFillers);
        SpeakerNouns = Words(cues.SpeakerNouns);
        MilitaryAssets = Matcher(cues.MilitaryAssets);
        CooperationReferents = Matcher(cues.CooperationReferents);
        AdmissionWords = Matcher(cues.AdmissionWords);
        CrimeWords = Matcher(cues.CrimeWords);
        SpeakingCapitals = Matcher(cues.SpeakingCapitals);
        UnnamedClaimants = Words(cues.UnnamedClaimants);
        Acknowledged = cues.Acknowledged;
        DemonymPersonNext = Words(cues.DemonymPersonNext);
        NounMarkers = Words(cues.NounMarkers);
        GroupTails = cues.GroupTails.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        Factive = Words(cues.Factive);
        SubjectPronouns = Words(cues.SubjectPronouns);
        Attributions = Words(cues.Attributions);
        OutletReferences = Words(cues.OutletReferences);
        Capital = Matcher(cues.Capital);
        StoryEnd = [.. cues.StoryEnd.Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct()];
        ListEnd = [.. cues.ListEnd.Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct()];
        Credits = cues.Credits.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        Calendar = new CalendarWords(dates);
    }

    /// <summary>The data shipped with the product.</summary>
    public static ExtractionData Default => LazyDefault.Value;

    /// <summary>Versions of the three data files, e.g. "triggers.2025.1.0+cues.2025.1.0+dates.2025.1.0".</summary>
    public string Versions { get; }

    /// <summary>Every cue phrase → the sets it belongs to.</summary>
    public PhraseMatcher<CueSet> AllCues { get; } = new();

    /// <summary>The cue sets opened at each word of a sentence.</summary>
    public CueSet[] MarkCues(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var marks = new CueSet[tokens.Count];
        var matches = new List<PhraseMatch<CueSet>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            AllCues.MatchInto(tokens, i, matches);
            foreach (var m in matches)
            {
                marks[i] |= m.Value;
            }
        }
        return marks;
    }

    /// <summary>Trigger phrases → what they signal.</summary>
    public PhraseMatcher<TriggerEntry> Triggers { get; } = new();

    /// <summary>
    /// True when <paramref name="form"/>, read in place of <paramref name="word"/> (a stem without its pronoun or dual
    /// ending, a singular), is a trigger of <paramref name="type"/>, and of <paramref name="kind"/> when one is given.
    /// </summary>
    public bool IsTriggerForm(Token word, string form, string type, string? kind = null, bool allowFuture = false) =>
        Triggers.MatchAt([word with { Norm = form }], 0, allowFuture).Exists(m => m.Value.Type == type && (kind is null || m.Value.Kind == kind));

    /// <summary>Cues of a planned event.</summary>
    public PhraseMatcher<bool> Planned { get; }

    /// <summary>"Next", "المقبل": future when next to a trigger or date.</summary>
    public PhraseMatcher<bool> FutureAdjacent { get; }

    /// <summary>Cues of a wish, possibility or condition.</summary>
    public PhraseMatcher<bool> Hypothetical { get; }

    /// <summary>Denial verbs.</summary>
    public PhraseMatcher<bool> Denied { get; }

    /// <summary>Negation words.</summary>
    public PhraseMatcher<bool> Negation { get; }

    /// <summary>Light verbs before a noun trigger.</summary>
    public PhraseMatcher<bool> LightVerbsBefore { get; }

    /// <summary>Light verbs after a noun trigger.</summary>
    public PhraseMatcher<bool> LightVerbsAfter { get; }

    /// <summary>What a message is called ("letter", «رسالة», «برقية»): the context words of the message trigger.</summary>
    public PhraseMatcher<bool> MessageWords { get; }

    /// <summary>"During" words.</summary>
    public PhraseMatcher<bool> Presupposing { get; }

    /// <summary>Demonstratives pointing back to the previous sentence.</summary>
    public PhraseMatcher<bool> Anaphora { get; }

    /// <summary>"The two leaders".</summary>
    public PhraseMatcher<bool> BothLeaders { get; }

    /// <summary>"The two countries".</summary>
    public PhraseMatcher<bool> BothStates { get; }

    /// <summary>"Counterpart".</summary>
    public PhraseMatcher<bool> Counterpart { get; }

    /// <summary>"The latter".</summary>
    public PhraseMatcher<bool> Latter { get; }

    /// <summary>Subject pronouns.</summary>
    public PhraseMatcher<bool> Pronouns { get; }


    /// <summary>"Between" (normalised).</summary>
    public IReadOnlySet<string> Between { get; }

    /// <summary>Words that introduce the person spoken to (normalised).</summary>
    public IReadOnlySet<string> Addressee { get; }

    /// <summary>Locative prepositions (normalised).</summary>
    public IReadOnlySet<string> Locative { get; }

    /// <summary>Clause-opening conjunctions (normalised).</summary>
    public IReadOnlySet<string> ClauseOpeners { get; }

    /// <summary>Conjunctions that open a clause telling when the main clause happened ("when", "عندما") (normalised).</summary>
    public IReadOnlySet<string> TemporalOpeners { get; }

    /// <summary>Participles that report what the sentence's subject said ("saying", "مضيفا").</summary>
    public IReadOnlySet<string> Participles { get; }

    /// <summary>Words that open what is said ("أن", "that").</summary>
    public IReadOnlySet<string> Complementizers { get; }

    /// <summary>Verbs that frame the article's own event ("وتأتي الزيارة", "the talks came").</summary>
    public IReadOnlySet<string> Framing { get; }

    /// <summary>Ordinals ("أول", "second") before a noun that describes the sentence's event.</summary>
    public IReadOnlySet<string> Ordinals { get; }

    /// <summary>Nouns of an occasion («حفل», "ceremony"): a noun trigger right after them names it, not an event of its own.</summary>
    public IReadOnlySet<string> Occasions { get; }

    /// <summary>Verbs of receiving a guest («استقبل», "hosted"): the person received is the visitor.</summary>
    public IReadOnlySet<string> Hosting { get; }

    /// <summary>Words that mark a noun trigger as a past event of its own ("a recent trip", «زيارته الأخيرة»).</summary>
    public IReadOnlySet<string> Recency { get; }

    /// <summary>Troops, arms and labour one state sends another ("soldiers", «قذائف»): what a third party's claim is about.</summary>
    public PhraseMatcher<bool> MilitaryAssets { get; }

    /// <summary>Nouns that refer back to the pair's military cooperation as the thing condemned ("the deployment", «هذا الاعتراف»).</summary>
    public PhraseMatcher<bool> CooperationReferents { get; }

    /// <summary>Words of owning up to a deed ("admitted", «اعترفت»).</summary>
    public PhraseMatcher<bool> AdmissionWords { get; }

    /// <summary>Words calling a deed a crime ("criminal act", «جريمة»).</summary>
    public PhraseMatcher<bool> CrimeWords { get; }

    /// <summary>"The two capitals", «العاصمتان»: two third-party states named in the sentence before, speaking.</summary>
    public PhraseMatcher<bool> SpeakingCapitals { get; }

    /// <summary>Speakers told by what they do, with no state ("analysts", «خبراء»).</summary>
    public IReadOnlySet<string> UnnamedClaimants { get; }

    /// <summary>
    /// Kinds of military cooperation (sub-types) that Russia and North Korea themselves acknowledged, and from which day:
    /// told after it, a third party's account of them is a fact as well as that party's claim.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> Acknowledged { get; }

    /// <summary>Words after "the North Korean" or "the Russian" that make it a person ("The North Korean was received").</summary>
    public IReadOnlySet<string> DemonymPersonNext { get; }

    /// <summary>English words after which a verb form ending in -s or -ing is a noun or an adjective ("military supplies", "the visiting delegation").</summary>
    public IReadOnlySet<string> NounMarkers { get; }

    /// <summary>What follows a state that speaks with others it leaves unnamed ("and others", "and its allies").</summary>
    public IReadOnlySet<string> GroupTails { get; }

    /// <summary>Reporting verbs that take what is reported as true ("confirmed").</summary>
    public IReadOnlySet<string> Factive { get; }

    /// <summary>Words naming an anniversary ("anniversary", «الذكرى»).</summary>
    public IReadOnlySet<string> Anniversary { get; }

    /// <summary>Units of elapsed time in "75 years since" («75 عاما على»).</summary>
    public IReadOnlySet<string> AnniversarySpans { get; }

    /// <summary>Words linking elapsed time to the recalled event ("since", «على»).</summary>
    public IReadOnlySet<string> AnniversarySince { get; }

    /// <summary>Relative pronouns ("الذي", "who").</summary>
    public IReadOnlySet<string> RelativePronouns { get; }

    /// <summary>Prepositions of origin ("من", "from").</summary>
    public IReadOnlySet<string> Origin { get; }

    /// <summary>Verbs of leaving ("left", «غادر»): the place after one is where a traveller sets out from.</summary>
    public IReadOnlySet<string> Leaving { get; }

    /// <summary>"The capital": a destination even unnamed.</summary>
    public PhraseMatcher<bool> Capital { get; }

    /// <summary>"مع", "with": who is named after it takes part with the agent.</summary>
    public IReadOnlySet<string> Comitative { get; }

    /// <summary>Words that name who leads a delegation: "led (by)", «برئاسة».</summary>
    public IReadOnlySet<string> LeaderMarkers { get; }

    /// <summary>English nouns of office that introduce a person the gazetteer need not know ("lawmaker", "envoy").</summary>
    public IReadOnlySet<string> PersonTitles { get; }

    /// <summary>Words a title holds between the state it names and its noun ("Russia's deputy UN ambassador").</summary>
    public IReadOnlySet<string> TitleFillers { get; }

    /// <summary>Subject pronouns ("he", "she"): their clause continues the subject of the sentence before.</summary>
    public IReadOnlySet<string> SubjectPronouns { get; }

    /// <summary>First words of an attribution ("according to", «وفق», «بحسب»): the source is named after them.</summary>
    public IReadOnlySet<string> Attributions { get; }

    /// <summary>Words referring to an outlet named before ("the agency", «الوكالة»).</summary>
    public IReadOnlySet<string> OutletReferences { get; }

    /// <summary>Words that describe a speaker without naming one ("intelligence officials", "spy agency").</summary>
    public IReadOnlySet<string> SpeakerNouns { get; }

    /// <summary>Object pronouns after a verb ("it", "عليها").</summary>
    public IReadOnlySet<string> ObjectPronouns { get; }

    /// <summary>Conjunctions opening a clause that happens at the time of the clause before it ("حيث", "when").</summary>
    public IReadOnlySet<string> SituatingOpeners { get; }

    /// <summary><see cref="SituatingOpeners"/>, looked up by span (a word without its conjunction, unallocated).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SituatingLookup { get; }

    /// <summary><see cref="TemporalOpeners"/>, looked up by span.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TemporalLookup { get; }

    /// <summary><see cref="Framing"/>, looked up by span.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FramingLookup { get; }

    /// <summary>Line openings that end the story (normalised keys).</summary>
    public IReadOnlyList<string> StoryEnd { get; }

    /// <summary>Line openings that close a "read also" list inside the story (normalised keys).</summary>
    public IReadOnlyList<string> ListEnd { get; }

    /// <summary>Photo-credit words (normalised keys).</summary>
    public IReadOnlySet<string> Credits { get; }

    /// <summary>Calendar vocabulary.</summary>
    public CalendarWords Calendar { get; }

    private static HashSet<string> Words(IEnumerable<string> words) => words.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);

    internal static PhraseMatcher<bool> Matcher(IEnumerable<string> phrases)
    {
        var m = new PhraseMatcher<bool>();
        foreach (var p in phrases)
        {
            m.Add(p, true);
        }
        return m;
    }

    private static T Read<T>(string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var asm = typeof(ExtractionData).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize(stream, info) ?? throw new InvalidDataException($"Empty data file {file}.");
    }
}

/// <summary>Calendar vocabulary of the temporal resolver, from <c>dates.json</c>.</summary>
public sealed class CalendarWords
{
    internal CalendarWords(DateFile d)
    {
        foreach (var (k, v) in d.Months)
        {
            Months.Add(k, v);
        }
        AmbiguousMonths = d.AmbiguousMonths.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (k, v) in d.HijriMonths)
        {
            HijriMonths.Add(k, v);
        }
        HijriBridge = ExtractionData.Matcher(d.HijriBridge);
        foreach (var (k, v) in d.Weekdays)
        {
            Weekdays[TextNormalizer.Key(k)] = (DayOfWeek)v;
        }
        foreach (var (k, v) in d.Relative)
        {
            Relative.Add(k, (v[0].GetString()!, v[1].GetInt32()));
        }
        TodayBlockersAfter = d.TodayBlockersAfter.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        TodayBlockersBefore = d.TodayBlockersBefore.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        PastMarkers = d.PastMarkers.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        StartMarkers = d.StartMarkers.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        FutureMarkers = d.FutureMarkers.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        MonthParts = d.MonthParts.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        Ago = d.Ago.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        VagueUnits = d.VagueUnits.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (k, v) in d.Units)
        {
            Units[TextNormalizer.Key(k)] = (v[0].GetString()!, v[1].GetInt32());
        }
        YearIntroducers = d.YearIntroducers.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        MonthIntroducers = d.MonthIntroducers.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (k, v) in d.DayOrdinals)
        {
            DayOrdinals.Add(k, v);
        }
        foreach (var (k, v) in d.NumberWords)
        {
            NumberWords[TextNormalizer.Key(k)] = v;
        }
        Firsts = d.Firsts.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        SinceWords = d.SinceWords.Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        Occasions = d.Occasions.Select(TextNormalizer.Key).ToList();
    }

    /// <summary>"جلسة", "meeting": sittings whose told day is that of what is said at "the session" later.</summary>
    public IReadOnlyList<string> Occasions { get; }

    /// <summary>"أول", "first": a span after one measures a gap ("first visit since 2000"), it is no date.</summary>
    public IReadOnlySet<string> Firsts { get; }

    /// <summary>"منذ", "since", "in": what introduces such a span.</summary>
    public IReadOnlySet<string> SinceWords { get; }

    /// <summary>Arabic ordinals of the days of a month («التاسع والعشرين») → day.</summary>
    public PhraseMatcher<int> DayOrdinals { get; } = new();

    /// <summary>Counts written as words ("three", «ثلاثة») → number.</summary>
    public Dictionary<string, int> NumberWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gregorian month names (several systems) → month number.</summary>
    public PhraseMatcher<int> Months { get; } = new();
    /// <summary>Month names that are also ordinary words.</summary>
    public IReadOnlySet<string> AmbiguousMonths { get; }
    /// <summary>Hijri month names → month number.</summary>
    public PhraseMatcher<int> HijriMonths { get; } = new();
    /// <summary>"الموافق".</summary>
    public PhraseMatcher<bool> HijriBridge { get; }
    /// <summary>Weekday names → day.</summary>
    public Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.Ordinal);
    /// <summary>Relative expressions → (unit, offset); unit "same_day" is the day of the event told before.</summary>
    public PhraseMatcher<(string Unit, int Offset)> Relative { get; } = new();
    /// <summary>Words after "اليوم" that make it not today.</summary>
    public IReadOnlySet<string> TodayBlockersAfter { get; }
    /// <summary>Words before "اليوم" that make it not today.</summary>
    public IReadOnlySet<string> TodayBlockersBefore { get; }
    /// <summary>"Last", "الماضي".</summary>
    public IReadOnlySet<string> PastMarkers { get; }

    /// <summary>Words before a day that say something starts then ("اعتبارا من", "starting"): its year is the publication's.</summary>
    public IReadOnlySet<string> StartMarkers { get; }
    /// <summary>"Next", "المقبل".</summary>
    public IReadOnlySet<string> FutureMarkers { get; }
    /// <summary>"Mid", "منتصف".</summary>
    public IReadOnlySet<string> MonthParts { get; }
    /// <summary>"منذ", "ago".</summary>
    public IReadOnlySet<string> Ago { get; }

    /// <summary>Plural units that tell no precise time without a number («منذ سنوات», «قبل أيام»).</summary>
    public IReadOnlySet<string> VagueUnits { get; }
    /// <summary>Unit words → (unit, count).</summary>
    public Dictionary<string, (string Unit, int Count)> Units { get; } = new(StringComparer.Ordinal);
    /// <summary>Words that make a bare year a date.</summary>
    public IReadOnlySet<string> YearIntroducers { get; }
    /// <summary>Words that make an ambiguous month name a month.</summary>
    public IReadOnlySet<string> MonthIntroducers { get; }
}

internal sealed class TriggerFile
{
    public string Version { get; set; } = "0";
    public List<TriggerJson> Entries { get; set; } = [];
}

internal sealed class TriggerJson
{
    public string Type { get; set; } = "";
    public string? Subtype { get; set; }
    public string Kind { get; set; } = "verb";
    public List<string>? With { get; set; }
    public bool Destination { get; set; }
    public bool Presupposed { get; set; }
    public bool AtPlace { get; set; }
    public bool SpeechFollows { get; set; }
    public bool Remains { get; set; }
    public List<string> Forms { get; set; } = [];
}

internal sealed class CueFile
{
    public string Version { get; set; } = "0";
    public List<string> Planned { get; set; } = [];
    public List<string> FutureAdjacent { get; set; } = [];
    public List<string> Hypothetical { get; set; } = [];
    public List<string> Denied { get; set; } = [];
    public List<string> Negation { get; set; } = [];
    public List<string> LightVerbsBefore { get; set; } = [];
    public List<string> IntentBefore { get; set; } = [];
    public List<string> LightVerbsAfter { get; set; } = [];
    public List<string> Presupposing { get; set; } = [];
    public List<string> Anaphora { get; set; } = [];
    public List<string> BothLeaders { get; set; } = [];
    public List<string> BothStates { get; set; } = [];
    public List<string> Counterpart { get; set; } = [];
    public List<string> Latter { get; set; } = [];
    public List<string> Pronouns { get; set; } = [];
    public List<string> Between { get; set; } = [];
    public List<string> Addressee { get; set; } = [];
    public List<string> Locative { get; set; } = [];
    public List<string> ClauseOpeners { get; set; } = [];
    public List<string> TemporalOpeners { get; set; } = [];
    public List<string> SituatingOpeners { get; set; } = [];
    public List<string> Pair { get; set; } = [];
    public List<string> Hearsay { get; set; } = [];
    public List<string> TopicShift { get; set; } = [];
    public List<string> Host { get; set; } = [];
    public List<string> Delegation { get; set; } = [];
    public List<string> Participles { get; set; } = [];
    public List<string> Complementizers { get; set; } = [];
    public List<string> Framing { get; set; } = [];
    public List<string> Ordinals { get; set; } = [];
    public List<string> Recency { get; set; } = [];
    public List<string> Occasions { get; set; } = [];
    public List<string> Hosting { get; set; } = [];
    public List<string> MilitaryAssets { get; set; } = [];
    public List<string> CooperationReferents { get; set; } = [];
    public List<string> AdmissionWords { get; set; } = [];
    public List<string> CrimeWords { get; set; } = [];
    public List<string> SpeakingCapitals { get; set; } = [];
    public List<string> UnnamedClaimants { get; set; } = [];
    public Dictionary<string, DateOnly> Acknowledged { get; set; } = [];
    public List<string> GroupTails { get; set; } = [];
    public List<string> DemonymPersonNext { get; set; } = [];
    public List<string> NounMarkers { get; set; } = [];
    public List<string> Factive { get; set; } = [];
    public List<string> Anniversary { get; set; } = [];
    public List<string> AnniversarySpans { get; set; } = [];
    public List<string> AnniversarySince { get; set; } = [];
    public List<string> RelativePronouns { get; set; } = [];
    public List<string> Origin { get; set; } = [];
    public List<string> Leaving { get; set; } = [];
    public List<string> ObjectPronouns { get; set; } = [];
    public List<string> Comitative { get; set; } = [];
    public List<string> LeaderMarkers { get; set; } = [];
    public List<string> PersonTitles { get; set; } = [];
    public List<string> TitleFillers { get; set; } = [];
    public List<string> SpeakerNouns { get; set; } = [];
    public List<string> SubjectPronouns { get; set; } = [];
    public List<string> Attributions { get; set; } = [];
    public List<string> OutletReferences { get; set; } = [];
    public List<string> Capital { get; set; } = [];
    public List<string> StoryEnd { get; set; } = [];
    public List<string> ListEnd { get; set; } = [];
    public List<string> Credits { get; set; } = [];
}

internal sealed class DateFile
{
    public string Version { get; set; } = "0";
    public Dictionary<string, int> Months { get; set; } = [];
    public List<string> AmbiguousMonths { get; set; } = [];
    public Dictionary<string, int> HijriMonths { get; set; } = [];
    public List<string> HijriBridge { get; set; } = [];
    public Dictionary<string, int> Weekdays { get; set; } = [];
    public Dictionary<string, JsonElement[]> Relative { get; set; } = [];
    public List<string> TodayBlockersAfter { get; set; } = [];
    public List<string> TodayBlockersBefore { get; set; } = [];
    public List<string> PastMarkers { get; set; } = [];
    public List<string> StartMarkers { get; set; } = [];
    public List<string> FutureMarkers { get; set; } = [];
    public List<string> MonthParts { get; set; } = [];
    public List<string> Ago { get; set; } = [];
    public List<string> VagueUnits { get; set; } = [];
    public Dictionary<string, JsonElement[]> Units { get; set; } = [];
    public List<string> YearIntroducers { get; set; } = [];
    public List<string> MonthIntroducers { get; set; } = [];
    public List<string> Firsts { get; set; } = [];
    public List<string> SinceWords { get; set; } = [];
    public List<string> Occasions { get; set; } = [];
    public Dictionary<string, int> DayOrdinals { get; set; } = [];
    public Dictionary<string, int> NumberWords { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TriggerFile))]
[JsonSerializable(typeof(CueFile))]
[JsonSerializable(typeof(DateFile))]
internal sealed partial class ExtractionJson : JsonSerializerContext;
