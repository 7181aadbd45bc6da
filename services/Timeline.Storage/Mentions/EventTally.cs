using Timeline.Contracts;

namespace Timeline.Storage;

/// <summary>
/// What an event's fields are derived from, kept with the event instead of re-read from its mentions: counts and
/// votes, each list bounded by the distinct values (dates, actors, outlets, places) the mentions name, not by how many
/// mentions there are. The timeline service folds each new mention in; the store keeps it as it is given.
/// </summary>
public sealed record EventTally
{
    /// <summary>Mentions counted.</summary>
    public int Mentions { get; init; }

    /// <summary>Distinct articles among them.</summary>
    public int Articles { get; init; }

    /// <summary>Mentions saying it happened.</summary>
    public int Occurred { get; init; }

    /// <summary>Mentions saying it was denied.</summary>
    public int Denied { get; init; }

    /// <summary>Earliest publication time among the mentions, when any has one.</summary>
    public DateTimeOffset? FirstPublished { get; init; }

    /// <summary>Latest publication time among the mentions, when any has one.</summary>
    public DateTimeOffset? LastPublished { get; init; }

    /// <summary>One vote per distinct date the mentions give.</summary>
    public IReadOnlyList<DateTally> Dates { get; init; } = [];

    /// <summary>One tally per distinct actor the mentions name.</summary>
    public IReadOnlyList<ActorTally> Actors { get; init; } = [];

    /// <summary>Countries named (upper case), with counts.</summary>
    public IReadOnlyList<ValueTally> Countries { get; init; } = [];

    /// <summary>Places named, with counts.</summary>
    public IReadOnlyList<ValueTally> Locations { get; init; } = [];

    /// <summary>Outlets (lower case), with counts.</summary>
    public IReadOnlyList<ValueTally> Sources { get; init; } = [];

    /// <summary>Distinct sub-types of the mentions.</summary>
    public IReadOnlyList<string> Subtypes { get; init; } = [];

    /// <summary>States whose people speak as actors in the mentions (upper case).</summary>
    public IReadOnlyList<string> SpeakingStates { get; init; } = [];

    /// <summary>The summary the best-dated, best-derived, most confident mention gives, when any gives one.</summary>
    public SummaryTally? Summary { get; init; }
}

/// <summary>Where a value first appears among the mentions in report order: the mention's key, then its place in the mention's list.</summary>
/// <param name="Published">Publication time in UTC ticks (unknown: <see cref="long.MaxValue"/>).</param>
/// <param name="ArticleId">The mention's article.</param>
/// <param name="Start">The mention's offset.</param>
/// <param name="MentionId">The mention's id.</param>
/// <param name="Index">Place of the value in the mention's own list.</param>
public sealed record TallyKey(long Published, string ArticleId, int Start, string MentionId, int Index) : IComparable<TallyKey>
{
    /// <inheritdoc />
    public int CompareTo(TallyKey? other)
    {
        if (other is null)
        {
            return 1;
        }
        var c = Published.CompareTo(other.Published);
        c = c != 0 ? c : string.CompareOrdinal(ArticleId, other.ArticleId);
        c = c != 0 ? c : Start.CompareTo(other.Start);
        c = c != 0 ? c : string.CompareOrdinal(MentionId, other.MentionId);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }

    /// <summary>True when <paramref name="left"/> comes first.</summary>
    public static bool operator <(TallyKey? left, TallyKey? right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> comes first or is the same.</summary>
    public static bool operator <=(TallyKey? left, TallyKey? right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> comes later.</summary>
    public static bool operator >(TallyKey? left, TallyKey? right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> comes later or is the same.</summary>
    public static bool operator >=(TallyKey? left, TallyKey? right) => Compare(left, right) >= 0;

    private static int Compare(TallyKey? left, TallyKey? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

/// <summary>A value with how many times it is named and where first.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">Times named.</param>
/// <param name="First">Where first named.</param>
public sealed record ValueTally(string Value, int Count, TallyKey First);

/// <summary>A date the mentions give.</summary>
/// <param name="Date">The date.</param>
/// <param name="Mentions">Mentions giving it.</param>
/// <param name="Articles">Distinct articles giving it.</param>
/// <param name="Derivation">Best derivation rank among them (explicit 3, relative 2, publication 1, none 0).</param>
public sealed record DateTally(EventDate Date, int Mentions, int Articles, int Derivation);

/// <summary>An actor the mentions name.</summary>
/// <param name="ActorId">Gazetteer id.</param>
/// <param name="Name">Name as first given.</param>
/// <param name="Count">Times named.</param>
/// <param name="First">Where first named.</param>
/// <param name="Roles">Roles given, with counts.</param>
/// <param name="Country">First state given for the actor, when any.</param>
/// <param name="CountryFirst">Where that state was first given.</param>
public sealed record ActorTally(string ActorId, string Name, int Count, TallyKey First, IReadOnlyList<ValueTally> Roles, string? Country, TallyKey? CountryFirst);

/// <summary>The best mention summary so far and what ranks it.</summary>
/// <param name="Text">The summary, trimmed.</param>
/// <param name="Precision">Precision rank of the mention's date (day 0, month 1, year 2, undated 3).</param>
/// <param name="Derivation">Derivation rank of its date.</param>
/// <param name="Confidence">Its confidence.</param>
/// <param name="MentionId">Its id (the last tie-break).</param>
public sealed record SummaryTally(string Text, int Precision, int Derivation, double Confidence, string MentionId);
