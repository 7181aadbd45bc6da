namespace Timeline.Extraction.Extraction.Predicates;

/// <summary>A trigger of the lexicon found in a sentence.</summary>
/// <param name="First">Index of its first word.</param>
/// <param name="Last">Index of its last word.</param>
/// <param name="Entry">The lexicon entry: event type, subtype, kind (verb, noun, report) and context words.</param>
/// <param name="Future">The verb was found in a future form ("سيزور", "will visit").</param>
internal readonly record struct TriggerHit(int First, int Last, TriggerEntry Entry, bool Future);
