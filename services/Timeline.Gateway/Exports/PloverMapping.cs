using Timeline.Contracts;

namespace Timeline.Gateway.Exports;

/// <summary>Maps timeline event types to PLOVER event types and modes.</summary>
internal static class PloverMapping
{
    /// <summary>The PLOVER event type of a timeline type.</summary>
    public static string EventType(string type) => type switch
    {
        EventTypes.Meeting or EventTypes.Visit => "CONSULT",
        EventTypes.Agreement => "AGREE",
        EventTypes.Accusation => "ACCUSE",
        EventTypes.MilitaryCooperation => "COOPERATE",
        EventTypes.Invitation => "REQUEST",
        EventTypes.Statement => "SUPPORT",
        _ => "OTHER",
    };

    /// <summary>The PLOVER mode, where the timeline type implies one.</summary>
    public static string? Mode(string type) => type switch
    {
        EventTypes.Visit => "visit",
        EventTypes.MilitaryCooperation => "military",
        _ => null,
    };
}
