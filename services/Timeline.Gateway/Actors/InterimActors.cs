namespace Timeline.Gateway.Actors;

/// <summary>A few actors used until the shared gazetteer is available.</summary>
internal static class InterimActors
{
    /// <summary>The interim directory.</summary>
    public static ActorDirectory Directory { get; } = new(
    [
        new("Q7747", "Vladimir Putin", "RU", ["president"], new(["Putin", "Vladimir Putin"], ["بوتين", "فلاديمير بوتين"])),
        new("Q56226", "Kim Jong Un", "KP", ["supreme leader"], new(["Kim Jong Un", "Kim Jong-un"], ["كيم جونغ أون", "كيم جونغ اون"])),
        new("Q150851", "Sergey Lavrov", "RU", ["foreign minister"], new(["Lavrov", "Sergei Lavrov"], ["لافروف", "سيرغي لافروف"])),
        new("Q16248487", "Choe Son Hui", "KP", ["foreign minister"], new(["Choe Son Hui", "Choe Son-hui"], ["تشوي سون هوي"])),
        new("RU", "Russia", "RU", ["state"], new(["Russia", "Russian Federation", "Moscow"], ["روسيا", "موسكو"])),
        new("KP", "North Korea", "KP", ["state"], new(["North Korea", "DPRK", "Pyongyang"], ["كوريا الشمالية", "بيونغ يانغ"])),
    ]);
}
