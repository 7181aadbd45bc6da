using Timeline.Contracts;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction;

/// <summary>An event mention being built: mutable while the extractor's rules run over it.</summary>
internal sealed class Candidate
{
    public required string Type { get; set; }
    public string? Subtype { get; set; }
    public required TriggerEntry Trigger { get; init; }
    public required Sentence Sentence { get; init; }
    public required int TriggerToken { get; init; }
    public string Modality { get; set; } = Modalities.Occurred;
    public EventDate? Date { get; set; }
    public string Derivation { get; set; } = DateDerivations.None;
    public string? Conflict { get; set; }
    public bool Present { get; set; }

    /// <summary>The noun was made an event by a purpose infinitive ("لعقد قمة", "to hold talks").</summary>
    public bool Purpose { get; set; }

    /// <summary>The acting party is the previous event's, carried over to a clause without a subject of its own.</summary>
    public bool InheritedAgent { get; set; }

    /// <summary>Where the clause's verb stands: the light verb of a noun trigger ("عقد معه محادثات"), else the trigger.</summary>
    public int Head { get; init; }

    /// <summary>A remark condemning the pair's military cooperation the article told before ("Seoul denounced the deployment").</summary>
    public bool CondemnsToldCooperation { get; set; }

    /// <summary>A remark by speakers described but not placed ("Analysts say", «يعتقد محللون»): a third party with no state.</summary>
    public bool UnnamedClaimant { get; set; }

    /// <summary>The trigger was a noun made an event by context, not a verb.</summary>
    public bool FromNoun { get; set; }

    /// <summary>The noun names the occasion of what the sentence tells ("during his talks with", «خلال لقائه»).</summary>
    public bool Occasion { get; init; }

    /// <summary>A meeting read from speaking to someone of the other side ("told his counterpart", «قوله لنظيرته»).</summary>
    public bool SpokenTo { get; init; }

    /// <summary>
    /// The noun names an earlier occurrence than the one the article tells ("his previous visit", "Shoigu's last trip",
    /// «زيارته السابقة»): never the same happening as one not so named.
    /// </summary>
    public bool Earlier { get; init; }
    public List<Participant> Participants { get; } = [];
    public List<string> Countries { get; } = [];
    public string? Location { get; set; }

    /// <summary>The state <see cref="Location"/> lies in, when the text named it.</summary>
    public string? LocationCountry { get; private set; }

    /// <summary>Where the event took place and the state it lies in, unless a place was set before.</summary>
    public void PlaceAt(string name, string? country)
    {
        if (Location is null)
        {
            Location = name;
            LocationCountry = country;
        }
    }
    public double Confidence { get; set; }

    /// <summary>States of the parties that acted in the mentions folded into this one (null for groups such as "the West").</summary>
    public HashSet<string?> AgentCountries { get; } = [];

    /// <summary>Index of the last sentence whose mention was folded into this one.</summary>
    public int LastSentence { get; set; } = -1;

    /// <summary>The participant acting (the speaker, the visitor, the accuser), if any.</summary>
    public Participant? Agent => Participants.FirstOrDefault(p => p.Role == ParticipantRoles.Actor);

    /// <summary>An outlet is the one speaking ("KCNA said …"): it reports, and takes part in nothing it tells.</summary>
    public bool SpokenByOutlet(Gazetteer g) => Agent is { } a && g.ById(a.ActorId)?.Kind == ActorKinds.Media;

    /// <summary>Ids of the people taking part.</summary>
    public HashSet<string> Persons(Gazetteer g) =>
        _persons ??= Participants.Where(p => g.ById(p.ActorId)?.Kind == ActorKinds.Person).Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _persons;

    public void AddParticipant(Participant p)
    {
        if (Participants.Any(x => x.ActorId == p.ActorId))
        {
            return;
        }
        _persons = null;
        Participants.Add(p);
        AddCountry(p.Country);
    }

    public void AddCountry(string? country)
    {
        if (country is not null && !Countries.Contains(country))
        {
            Countries.Add(country);
        }
    }
}
