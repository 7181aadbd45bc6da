using Timeline.Contracts;
using Timeline.Storage;

namespace Timeline.TimelineService.Merging;

/// <summary>
/// The aggregates an event's fields are composed from (see <see cref="EventTally"/>), folded one mention at a time: a
/// new mention costs the same whether the event has ten mentions or ten thousand. Folding a set of mentions in any
/// order gives the same tally, so an event composed from it does not depend on arrival order.
/// </summary>
public sealed class MentionTally
{
    private readonly Dictionary<(string Value, string Precision, DateOnly Start, DateOnly End), DateTally> _dates = [];
    private readonly Dictionary<string, ActorTally> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueTally> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueTally> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueTally> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _subtypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _speakingStates = new(StringComparer.Ordinal);

    /// <summary>Mentions folded in.</summary>
    public int Mentions { get; private set; }

    /// <summary>Distinct articles among them.</summary>
    public int Articles { get; private set; }

    /// <summary>Mentions saying it happened.</summary>
    public int Occurred { get; private set; }

    /// <summary>Mentions saying it was denied.</summary>
    public int Denied { get; private set; }

    /// <summary>Earliest publication time, when any mention has one.</summary>
    public DateTimeOffset? FirstPublished { get; private set; }

    /// <summary>Latest publication time, when any mention has one.</summary>
    public DateTimeOffset? LastPublished { get; private set; }

    /// <summary>The best mention summary so far.</summary>
    public SummaryTally? Summary { get; private set; }

    /// <summary>Date votes.</summary>
    public IEnumerable<DateTally> Dates => _dates.Values;

    /// <summary>Actor tallies.</summary>
    public IEnumerable<ActorTally> Actors => _actors.Values;

    /// <summary>Country tallies.</summary>
    public IEnumerable<ValueTally> Countries => _countries.Values;

    /// <summary>Location tallies.</summary>
    public IEnumerable<ValueTally> Locations => _locations.Values;

    /// <summary>Distinct outlets (lower case).</summary>
    public int Sources => _sources.Count;

    /// <summary>Agreement stages the mentions name (signing, ratification, entry into force).</summary>
    public IReadOnlySet<string> Stages => _subtypes.Where(MergeRules.AgreementStages.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>States whose people speak as actors in the mentions.</summary>
    public IReadOnlySet<string> SpeakingStates => _speakingStates;

    /// <summary>The tally of <paramref name="mentions"/> (each mention id once).</summary>
    public static MentionTally Of(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var tally = new MentionTally();
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var articleDates = new HashSet<(string, string?)>();
        foreach (var m in mentions.DistinctBy(m => m.MentionId, StringComparer.Ordinal))
        {
            tally.Add(m, articles.Add(m.ArticleId), articleDates.Add((m.ArticleId, DateKey(m.ExtractedDate))));
        }
        return tally;
    }

    /// <summary>The tally as stored, or an empty one.</summary>
    public static MentionTally From(EventTally? stored)
    {
        var tally = new MentionTally();
        if (stored is null)
        {
            return tally;
        }
        tally.Mentions = stored.Mentions;
        tally.Articles = stored.Articles;
        tally.Occurred = stored.Occurred;
        tally.Denied = stored.Denied;
        tally.FirstPublished = stored.FirstPublished;
        tally.LastPublished = stored.LastPublished;
        tally.Summary = stored.Summary;
        foreach (var d in stored.Dates)
        {
            tally._dates[(d.Date.Value, d.Date.Precision, d.Date.Start, d.Date.End)] = d;
        }
        foreach (var a in stored.Actors)
        {
            tally._actors[a.ActorId] = a;
        }
        Fill(tally._countries, stored.Countries);
        Fill(tally._locations, stored.Locations);
        Fill(tally._sources, stored.Sources);
        tally._subtypes.UnionWith(stored.Subtypes);
        tally._speakingStates.UnionWith(stored.SpeakingStates);
        return tally;
    }

    /// <summary>The tally as the store keeps it (lists in a stable order, so equal tallies serialise alike).</summary>
    public EventTally ToStored() => new()
    {
        Mentions = Mentions,
        Articles = Articles,
        Occurred = Occurred,
        Denied = Denied,
        FirstPublished = FirstPublished,
        LastPublished = LastPublished,
        Dates = [.. _dates.Values.OrderBy(d => d.Date.Start).ThenBy(d => d.Date.End).ThenBy(d => d.Date.Value, StringComparer.Ordinal).ThenBy(d => d.Date.Precision, StringComparer.Ordinal)],
        Actors = [.. _actors.Values.OrderBy(a => a.ActorId, StringComparer.Ordinal)],
        Countries = [.. _countries.Values.OrderBy(v => v.Value, StringComparer.Ordinal)],
        Locations = [.. _locations.Values.OrderBy(v => v.Value, StringComparer.Ordinal)],
        Sources = [.. _sources.Values.OrderBy(v => v.Value, StringComparer.Ordinal)],
        Subtypes = [.. _subtypes.Order(StringComparer.Ordinal)],
        SpeakingStates = [.. _speakingStates.Order(StringComparer.Ordinal)],
        Summary = Summary,
    };

    /// <summary>
    /// Folds one mention in. <paramref name="newArticle"/>: the event holds no other mention of its article;
    /// <paramref name="newArticleOnDate"/>: none of its article giving the same date.
    /// </summary>
    public void Add(Mention m, bool newArticle, bool newArticleOnDate)
    {
        ArgumentNullException.ThrowIfNull(m);
        Mentions++;
        Articles += newArticle ? 1 : 0;
        Occurred += m.Modality == Modalities.Occurred ? 1 : 0;
        Denied += m.Modality == Modalities.Denied ? 1 : 0;
        if (m.PublishedAt is { } published)
        {
            FirstPublished = FirstPublished is { } first && first <= published ? first : published;
            LastPublished = LastPublished is { } last && last >= published ? last : published;
        }
        if (m.ExtractedDate is { } date)
        {
            var key = (date.Value, date.Precision, date.Start, date.End);
            var derivation = EventComposer.DerivationRank(m.DateDerivation);
            _dates[key] = _dates.TryGetValue(key, out var vote)
                ? vote with { Mentions = vote.Mentions + 1, Articles = vote.Articles + (newArticleOnDate ? 1 : 0), Derivation = Math.Max(vote.Derivation, derivation) }
                : new DateTally(date, 1, newArticleOnDate ? 1 : 0, derivation);
        }
        for (var i = 0; i < m.Participants.Count; i++)
        {
            AddActor(m.Participants[i], Key(m, i));
        }
        for (var i = 0; i < m.Countries.Count; i++)
        {
            Count(_countries, m.Countries[i].ToUpperInvariant(), Key(m, i));
        }
        if (m.Location is { Length: > 0 } location)
        {
            Count(_locations, location, Key(m, 0));
        }
        Count(_sources, m.Source.ToLowerInvariant(), Key(m, 0));
        if (m.Subtype is { } subtype)
        {
            _subtypes.Add(subtype);
        }
        _speakingStates.UnionWith(MergeRules.SpeakingStates([m]));
        if (!string.IsNullOrWhiteSpace(m.Summary))
        {
            var candidate = new SummaryTally(
                m.Summary.Trim(), m.ExtractedDate is null ? 3 : MergeRules.PrecisionRank(m.ExtractedDate.Precision),
                EventComposer.DerivationRank(m.DateDerivation), m.Confidence, m.MentionId);
            if (Summary is null || Better(candidate, Summary))
            {
                Summary = candidate;
            }
        }
    }

    /// <summary>The date key an article's mentions are compared by (null for undated).</summary>
    public static string? DateKey(EventDate? date) => date is null ? null : $"{date.Value}|{date.Precision}|{date.Start:O}|{date.End:O}";

    // Finer date, then better derivation, then higher confidence, then the smaller id: the order EventComposer has always used.
    private static bool Better(SummaryTally a, SummaryTally b) =>
        a.Precision != b.Precision ? a.Precision < b.Precision
        : a.Derivation != b.Derivation ? a.Derivation > b.Derivation
        : a.Confidence != b.Confidence ? a.Confidence > b.Confidence
        : string.CompareOrdinal(a.MentionId, b.MentionId) < 0;

    private void AddActor(Participant p, TallyKey key)
    {
        if (!_actors.TryGetValue(p.ActorId, out var actor))
        {
            _actors[p.ActorId] = new ActorTally(p.ActorId, p.Name, 1, key, [new ValueTally(p.Role, 1, key)], p.Country, p.Country is null ? null : key);
            return;
        }
        var roles = actor.Roles.ToDictionary(r => r.Value, StringComparer.Ordinal);
        Count(roles, p.Role, key);
        var earlier = key < actor.First;
        var countryEarlier = p.Country is not null && (actor.CountryFirst is null || key < actor.CountryFirst);
        _actors[p.ActorId] = actor with
        {
            Count = actor.Count + 1,
            First = earlier ? key : actor.First,
            Name = earlier ? p.Name : actor.Name,
            Roles = [.. roles.Values.OrderBy(r => r.Value, StringComparer.Ordinal)],
            Country = countryEarlier ? p.Country : actor.Country,
            CountryFirst = countryEarlier ? key : actor.CountryFirst,
        };
    }

    private static void Count(Dictionary<string, ValueTally> tallies, string value, TallyKey key) =>
        tallies[value] = tallies.TryGetValue(value, out var t)
            ? t with { Count = t.Count + 1, First = key < t.First ? key : t.First }
            : new ValueTally(value, 1, key);

    private static void Fill(Dictionary<string, ValueTally> tallies, IEnumerable<ValueTally> stored)
    {
        foreach (var v in stored)
        {
            tallies[v.Value] = v;
        }
    }

    /// <summary>Where a value of <paramref name="m"/> at <paramref name="index"/> in its list stands in report order.</summary>
    private static TallyKey Key(Mention m, int index) => new(MentionSample.ReportKey(m), m.ArticleId, m.Start, m.MentionId, index);
}
