using Timeline.Lexicon;

namespace Timeline.Extraction.Extraction;

/// <summary>The two states the timeline follows, and the state an actor stands for.</summary>
internal static class Pair
{
    public const string Russia = "RU";
    public const string NorthKorea = "KP";

    /// <summary>The other state of the pair, or null for a state outside it.</summary>
    public static string? Other(string? country) => country switch { Russia => NorthKorea, NorthKorea => Russia, _ => null };

    /// <summary>The state of an actor; a capital stands for its state ("Moscow said").</summary>
    public static string? CountryOf(Actor a) => a.Kind == ActorKinds.Place && a.CapitalOf is not null ? a.CapitalOf : a.Country;
}
