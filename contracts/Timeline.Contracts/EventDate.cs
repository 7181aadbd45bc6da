namespace Timeline.Contracts;

/// <summary>A calendar date with its precision; Start and End bound it (equal for a single day).</summary>
/// <param name="Value">"YYYY-MM-DD", "YYYY-MM" or "YYYY", matching <paramref name="Precision"/>.</param>
/// <param name="Precision">One of <see cref="DatePrecisions"/>.</param>
/// <param name="Start">First day covered (the first of the month or year for coarser precisions, or of a multi-day event).</param>
/// <param name="End">Last day covered, inclusive.</param>
public sealed record EventDate(string Value, string Precision, DateOnly Start, DateOnly End);

/// <summary>Date precisions.</summary>
public static class DatePrecisions
{
    /// <summary>A known day.</summary>
    public const string Day = "day";
    /// <summary>A known month only.</summary>
    public const string Month = "month";
    /// <summary>A known year only.</summary>
    public const string Year = "year";
}

/// <summary>How a mention's date was derived.</summary>
public static class DateDerivations
{
    /// <summary>A full date written in the sentence ("19 October 2023").</summary>
    public const string Explicit = "explicit";
    /// <summary>A relative expression resolved against the publication date ("yesterday", "last Thursday").</summary>
    public const string Relative = "relative";
    /// <summary>No date in the text: the publication date (month precision) stands in.</summary>
    public const string PublicationDate = "publication";
    /// <summary>No way to date the event.</summary>
    public const string None = "none";
}

/// <summary>Event types of the timeline (each maps to a PLOVER type, see the extraction data files).</summary>
public static class EventTypes
{
    /// <summary>Talks, meetings, phone calls, summits.</summary>
    public const string Meeting = "meeting";
    /// <summary>Arrivals, state visits, trips.</summary>
    public const string Visit = "visit";
    /// <summary>Signing, ratification, entry into force of an agreement.</summary>
    public const string Agreement = "agreement";
    /// <summary>Praise, condemnation, warning, thanks.</summary>
    public const string Statement = "statement";
    /// <summary>One party accusing another.</summary>
    public const string Accusation = "accusation";
    /// <summary>Arms transfers, troop deployments, exercises.</summary>
    public const string MilitaryCooperation = "military_cooperation";
    /// <summary>An invitation extended.</summary>
    public const string Invitation = "invitation";
    /// <summary>Any other diplomatic event.</summary>
    public const string Other = "other";

    /// <summary>All types, in display order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Meeting, Visit, Agreement, Statement, Accusation, MilitaryCooperation, Invitation, Other];
}

/// <summary>Modalities of a mention; the canonical event's status uses the first three.</summary>
public static class Modalities
{
    /// <summary>Reported as having happened.</summary>
    public const string Occurred = "occurred";
    /// <summary>Announced for the future.</summary>
    public const string Planned = "planned";
    /// <summary>Reported as denied by a party.</summary>
    public const string Denied = "denied";
    /// <summary>Conditional or speculative; never placed on the timeline as fact.</summary>
    public const string Hypothetical = "hypothetical";
}

/// <summary>Participant roles.</summary>
public static class ParticipantRoles
{
    /// <summary>The party acting.</summary>
    public const string Actor = "actor";
    /// <summary>The other party of a meeting, visit or agreement.</summary>
    public const string Counterpart = "counterpart";
    /// <summary>The party acted upon (criticised, accused).</summary>
    public const string Target = "target";
}
