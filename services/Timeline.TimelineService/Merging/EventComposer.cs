using System.Globalization;
using Timeline.Contracts;
using Timeline.Storage;

namespace Timeline.TimelineService.Merging;

/// <summary>
/// Derives an event's fields from the tally of its mentions (<see cref="MentionTally"/>), so the same mentions always give
/// the same event whatever the arrival order, and composing costs the same however many mentions there are.
/// </summary>
public static class EventComposer
{
    /// <summary>Builds the event state from <paramref name="mentions"/>; id, version, history and report times come from <paramref name="basis"/>.</summary>
    public static TimelineEvent Compose(TimelineEvent basis, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(mentions);
        return Compose(basis, MentionTally.Of(mentions), mentions);
    }

    /// <summary>
    /// Builds the event state from <paramref name="tally"/>; its mention sample is chosen from <paramref name="sampleCandidates"/>
    /// (the mentions it had in its sample plus those just added, or all of them).
    /// </summary>
    public static TimelineEvent Compose(TimelineEvent basis, MentionTally tally, IEnumerable<Mention> sampleCandidates)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(sampleCandidates);
        var (date, disagreements) = BestDate(tally);
        var participants = Participants(tally, basis.Participants);
        var summary = tally.Summary?.Text ?? ComposedSummary(basis.Type, participants);
        return basis with
        {
            Status = Status(tally, basis.Status),
            Date = date,
            DateDisagreements = disagreements,
            Participants = participants,
            Countries = Ranked(tally.Countries) is { Count: > 0 } countries ? countries : basis.Countries,
            Location = Ranked(tally.Locations).FirstOrDefault() ?? basis.Location,
            Summary = summary,
            FirstReportedAt = tally.FirstPublished ?? basis.FirstReportedAt,
            LastReportedAt = tally.LastPublished ?? basis.LastReportedAt,
            SourceCount = tally.Sources,
            ArticleCount = tally.Articles,
            Mentions = MentionSample.Choose(sampleCandidates, summary),
            MentionCount = tally.Mentions,
        };
    }

    /// <summary>Occurred if any mention says so; else denied if any denies it; else planned.</summary>
    private static string Status(MentionTally tally, string fallback) =>
        tally.Mentions == 0 ? fallback
        : tally.Occurred > 0 ? Modalities.Occurred
        : tally.Denied > 0 ? Modalities.Denied
        : Modalities.Planned;

    /// <summary>
    /// The finest precision any mention gives wins (a day refines a month); among dates of that precision, the one most
    /// articles support, then the better-derived, then the earlier. Dates not consistent with it are listed as disagreements.
    /// </summary>
    private static (EventDate? Date, IReadOnlyList<string> Disagreements) BestDate(MentionTally tally)
    {
        var dated = tally.Dates.Where(d => d.Mentions > 0).ToList();
        if (dated.Count == 0)
        {
            return (null, []);
        }
        var finest = dated.Min(d => MergeRules.PrecisionRank(d.Date.Precision));
        var finestDates = dated.Where(d => MergeRules.PrecisionRank(d.Date.Precision) == finest).ToList();
        var best = finestDates
            .GroupBy(d => (d.Date.Start, d.Date.End))
            .Select(g => (
                Date: g.OrderBy(d => d.Date.Value, StringComparer.Ordinal).First().Date,
                Articles: g.Sum(d => d.Articles),
                Derivation: g.Max(d => d.Derivation),
                // Ties go to the date nearest all the others (the median), then the earlier.
                Spread: finestDates.Sum(d => (long)d.Mentions * Math.Abs(d.Date.Start.DayNumber - g.Key.Start.DayNumber))))
            .OrderByDescending(g => g.Articles)
            .ThenByDescending(g => g.Derivation)
            .ThenBy(g => g.Spread)
            .ThenBy(g => g.Date.Start)
            .First().Date;
        var disagreements = dated
            .Where(d => !Consistent(d.Date, best))
            .GroupBy(d => d.Date.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Sum(d => d.Mentions)))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count} mention{(g.Count == 1 ? "" : "s")})"))
            .ToList();
        return (best, disagreements);
    }

    // A coarser date containing the chosen one supports it; anything else disagrees.
    private static bool Consistent(EventDate other, EventDate chosen) =>
        MergeRules.PrecisionRank(other.Precision) > MergeRules.PrecisionRank(chosen.Precision)
            ? other.Start <= chosen.Start && other.End >= chosen.End
            : other.Start == chosen.Start && other.End == chosen.End;

    /// <summary>How well a date was derived: explicit 3, relative 2, publication 1, none 0.</summary>
    internal static int DerivationRank(string derivation) => derivation switch
    {
        DateDerivations.Explicit => 3,
        DateDerivations.Relative => 2,
        DateDerivations.PublicationDate => 1,
        _ => 0,
    };

    /// <summary>Every actor the mentions name, most often named first, each with the role most mentions give it.</summary>
    private static IReadOnlyList<Participant> Participants(MentionTally tally, IReadOnlyList<Participant> fallback)
    {
        var actors = tally.Actors.Where(a => a.Count > 0).ToList();
        if (actors.Count == 0)
        {
            return fallback;
        }
        return [.. actors
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.First)
            .Select(a => new Participant(a.ActorId, a.Name, Ranked(a.Roles)[0], a.Country))];
    }

    /// <summary>Distinct values, most frequent first, ties in order of first appearance.</summary>
    private static List<string> Ranked(IEnumerable<ValueTally> values) =>
        [.. values.Where(v => v.Count > 0).OrderByDescending(v => v.Count).ThenBy(v => v.First).Select(v => v.Value)];

    /// <summary>A summary composed from the fields, when no mention gives one.</summary>
    private static string ComposedSummary(string type, IReadOnlyList<Participant> participants)
    {
        var label = type.Replace('_', ' ');
        label = char.ToUpperInvariant(label[0]) + label[1..];
        var names = participants.Select(p => p.Name).Where(n => n.Length > 0).Take(4).ToList();
        return names.Count == 0 ? label : $"{label}: {string.Join(", ", names.Take(names.Count - 1))}{(names.Count > 1 ? " and " : "")}{names[^1]}";
    }

    /// <summary>What differs between two states of an event ("mention added", "date refined 2023-10 → 2023-10-19").</summary>
    public static IReadOnlyList<string> Changes(TimelineEvent before, TimelineEvent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeIds = before.Mentions.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
        var afterIds = after.Mentions.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
        var changes = Changes(before, after, [.. after.Mentions.Where(m => !beforeIds.Contains(m.MentionId))], before.Mentions.Count(m => !afterIds.Contains(m.MentionId))).ToList();
        if (changes.Count == 0 && !before.Mentions.SequenceEqual(after.Mentions))
        {
            changes.Add("mentions updated");
        }
        return changes;
    }

    /// <summary>What differs between two states of an event, given the mentions it gained and how many it lost.</summary>
    public static IReadOnlyList<string> Changes(TimelineEvent before, TimelineEvent after, IReadOnlyList<Mention> added, int removed)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(added);
        var changes = new List<string>();
        if (added.Count > 0)
        {
            changes.Add(added.Count == 1 ? $"mention added ({added[0].Source})" : $"{added.Count} mentions added ({string.Join(", ", added.Select(m => m.Source).Distinct(StringComparer.Ordinal))})");
        }
        if (removed > 0)
        {
            changes.Add(removed == 1 ? "mention removed" : $"{removed} mentions removed");
        }
        if (before.Status != after.Status)
        {
            changes.Add($"status {before.Status} → {after.Status}");
        }
        if (before.Date?.Value != after.Date?.Value || before.Date?.End != after.Date?.End)
        {
            var refined = before.Date is not null && after.Date is not null
                && MergeRules.PrecisionRank(after.Date.Precision) < MergeRules.PrecisionRank(before.Date.Precision)
                && after.Date.Start >= before.Date.Start && after.Date.End <= before.Date.End;
            changes.Add($"date {(refined ? "refined" : "changed")} {before.Date?.Value ?? "undated"} → {after.Date?.Value ?? "undated"}");
        }
        if (!before.DateDisagreements.SequenceEqual(after.DateDisagreements, StringComparer.Ordinal) && after.DateDisagreements.Count > 0)
        {
            changes.Add("date disagreements: " + string.Join("; ", after.DateDisagreements));
        }
        if (before.SourceCount != after.SourceCount)
        {
            changes.Add($"sources {before.SourceCount} → {after.SourceCount}");
        }
        if (!before.Participants.Select(p => p.ActorId).SequenceEqual(after.Participants.Select(p => p.ActorId), StringComparer.Ordinal))
        {
            changes.Add("participants changed");
        }
        if (before.Location != after.Location)
        {
            changes.Add($"location {before.Location ?? "unknown"} → {after.Location ?? "unknown"}");
        }
        if (before.Summary != after.Summary)
        {
            changes.Add("summary changed");
        }
        return changes;
    }
}
