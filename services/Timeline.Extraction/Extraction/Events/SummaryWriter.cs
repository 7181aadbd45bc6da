using Timeline.Contracts;
using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction.Events;

/// <summary>Writes the one-line English summary of a mention from its structured fields (never from the Arabic text).</summary>
public static class SummaryWriter
{
    /// <summary>E.g. "Sergey Lavrov meets Kim Jong Un in Pyongyang." or "Planned: meeting between Russia and North Korea."</summary>
    public static string Write(string type, string? subtype, string modality, IReadOnlyList<Participant> participants, IReadOnlyList<string> countries, string? location, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var agent = participants.FirstOrDefault(p => p.Role == ParticipantRoles.Actor)?.Name;
        var others = participants.Where(p => p.Role != ParticipantRoles.Actor).Select(p => p.Name).Distinct().Take(3).ToList();
        var states = countries.Select(c => gazetteer.ById(c)?.Name ?? c).Take(3).ToList();
        var who = agent ?? (states.Count > 0 ? states[0] : "Unknown party");
        var whom = others.Count > 0 ? Join(others) : Join(states.Where(s => s != who).ToList());
        var withWhom = whom.Length > 0 ? " " + whom : "";
        var text = type switch
        {
            EventTypes.Meeting when subtype == "phone_call" => $"{who} holds a phone call with{withWhom}",
            EventTypes.Meeting when subtype == "summit" => $"{who} holds a summit with{withWhom}",
            EventTypes.Meeting => $"{who} meets{withWhom}",
            EventTypes.Visit => $"{who} {(subtype == "state_visit" ? "makes a state visit to" : "visits")} {location ?? (whom.Length > 0 ? whom : "the other side")}",
            EventTypes.Agreement when subtype == "ratification" => $"{who} ratifies an agreement with{withWhom}",
            EventTypes.Agreement when subtype == "entry_into_force" => $"Agreement between {Join(states)} enters into force",
            EventTypes.Agreement when subtype == "agreed" => $"{who} agrees with{withWhom}",
            EventTypes.Agreement => $"{who} signs an agreement with{withWhom}",
            EventTypes.Statement => $"{who} {StatementVerb(subtype)}{withWhom}",
            EventTypes.Accusation => $"{who} accuses{withWhom} over their military cooperation",
            EventTypes.MilitaryCooperation when subtype == "troop_deployment" => $"{who} deploys troops with{withWhom}",
            EventTypes.MilitaryCooperation when subtype == "arms_transfer" => $"{who} transfers arms with{withWhom}",
            EventTypes.MilitaryCooperation => $"Military cooperation between {who} and {(whom.Length > 0 ? whom : "its partner")}",
            EventTypes.Invitation => $"{who} invites{withWhom}",
            _ => $"{who} and{withWhom}: {type}",
        };
        if (location is not null && type is not EventTypes.Visit && !text.Contains(location, StringComparison.Ordinal))
        {
            text += $" in {location}";
        }
        return modality switch
        {
            Modalities.Planned => $"Planned: {text}.",
            Modalities.Denied => $"Denied: {text}.",
            _ => text + ".",
        };
    }

    private static string StatementVerb(string? subtype) => subtype switch
    {
        "condemnation" => "condemns",
        "praise" => "praises",
        "thanks" => "thanks",
        "warning" => "warns",
        "rejection" => "rejects",
        "pledge" => "pledges to",
        "appeal" => "appeals to",
        _ => "comments on",
    };

    private static string Join(List<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
