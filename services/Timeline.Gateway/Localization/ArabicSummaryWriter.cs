using Timeline.Contracts;

namespace Timeline.Gateway.Localization;

/// <summary>
/// Writes an event's one-line summary in Arabic from its type, sub-type, status, participants, countries and place, as the
/// extractor writes the English one. Noun phrases ("لقاء بين …", "زيارة … إلى …") keep it free of verb and gender agreement.
/// </summary>
public sealed class ArabicSummaryWriter(ArabicNames names)
{
    /// <summary>E.g. "لقاء بين سيرغي لافروف وكيم جونغ أون في بيونغ يانغ." or "مخطط: زيارة فلاديمير بوتين إلى بيونغ يانغ."</summary>
    public string Write(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The mention whose summary became the event's carries the sub-type and the participants that summary names.
        var basis = e.Mentions.FirstOrDefault(m => string.Equals(m.Summary?.Trim(), e.Summary, StringComparison.Ordinal));
        var participants = basis is { Participants.Count: > 0 } ? basis.Participants : e.Participants;
        var location = PlaceOf(basis?.Location ?? e.Location);
        var agent = participants.FirstOrDefault(p => p.Role == ParticipantRoles.Actor) is { } a ? NameOf(a) : null;
        var others = participants.Where(p => p.Role != ParticipantRoles.Actor).Select(NameOf).Distinct(StringComparer.Ordinal).Take(3).ToList();
        var states = e.Countries.Select(c => names.OfId(c) ?? c).Distinct(StringComparer.Ordinal).Take(3).ToList();
        var who = agent ?? (states.Count > 0 ? states[0] : "طرف غير معروف");
        var whom = others.Count > 0 ? Join(others) : Join([.. states.Where(s => s != who)]);
        var between = whom.Length > 0 ? $"بين {who} و{whom}" : $"يشارك فيه {who}";
        var text = e.Type switch
        {
            EventTypes.Meeting when basis?.Subtype == "phone_call" => $"اتصال هاتفي {between}",
            EventTypes.Meeting when basis?.Subtype == "summit" => whom.Length > 0 ? $"قمة {between}" : $"قمة يشارك فيها {who}",
            EventTypes.Meeting => $"لقاء {between}",
            EventTypes.Visit => $"زيارة {who}{(basis?.Subtype == "state_visit" ? " الرسمية" : "")} إلى {location ?? (whom.Length > 0 ? whom : "الطرف الآخر")}",
            EventTypes.Agreement when basis?.Subtype == "ratification" => $"مصادقة {who} على اتفاق{(whom.Length > 0 ? " مع " + whom : "")}",
            EventTypes.Agreement when basis?.Subtype == "entry_into_force" => $"دخول الاتفاق بين {Join(states)} حيز التنفيذ",
            EventTypes.Agreement when basis?.Subtype == "agreed" => $"اتفاق {between}",
            EventTypes.Agreement => $"توقيع اتفاق {between}",
            EventTypes.Statement => $"{StatementNoun(basis?.Subtype)} من {who}{(whom.Length > 0 ? " بشأن " + whom : "")}",
            EventTypes.Accusation => $"اتهام من {who}{(whom.Length > 0 ? " ضد " + whom : "")} بشأن التعاون العسكري",
            EventTypes.MilitaryCooperation when basis?.Subtype == "troop_deployment" => $"نشر قوات {between}",
            EventTypes.MilitaryCooperation when basis?.Subtype == "arms_transfer" => $"نقل أسلحة {between}",
            EventTypes.MilitaryCooperation => $"تعاون عسكري {between}",
            EventTypes.Invitation => $"دعوة من {who}{(whom.Length > 0 ? " إلى " + whom : "")}",
            _ => $"حدث {between}",
        };
        if (location is not null && e.Type != EventTypes.Visit && !text.Contains(location, StringComparison.Ordinal))
        {
            text += $" في {location}";
        }
        return e.Status switch
        {
            Modalities.Planned => $"مخطط: {text}.",
            Modalities.Denied => $"منفي: {text}.",
            _ => text + ".",
        };
    }

    /// <summary>The Arabic name of an English place name, or the English name when the gazetteer has no Arabic one.</summary>
    public string? PlaceOf(string? location) => location is null ? null : names.OfName(location) ?? location;

    /// <summary>The Arabic name of a participant, or the English name when the gazetteer has no Arabic one.</summary>
    public string NameOf(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return names.OfId(participant.ActorId) ?? participant.Name;
    }

    private static string StatementNoun(string? subtype) => subtype switch
    {
        "condemnation" => "إدانة",
        "praise" => "إشادة",
        "thanks" => "شكر",
        "warning" => "تحذير",
        "rejection" => "رفض",
        "pledge" => "تعهد",
        "appeal" => "مناشدة",
        _ => "تصريح",
    };

    // "أ وب" and "أ، ب وج": the conjunction is written joined to the name that follows it.
    private static string Join(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join("، ", items.Take(items.Count - 1)) + " و" + items[^1],
    };
}
