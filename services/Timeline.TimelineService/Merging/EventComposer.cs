using System.Globalization;
using Timeline.Contracts;

namespace Timeline.TimelineService.Merging;

/// <summary>Derives an event's fields from its mentions, so the same mentions always give the same event whatever the arrival order.</summary>
public static class EventComposer
{
    /// <summary>Builds the event state from <paramref name="mentions"/>; id, version, history and report times come from <paramref name="basis"/>.</summary>
    public static TimelineEvent Compose(TimelineEvent basis, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = mentions
            .OrderBy(m => m.PublishedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Start)
            .ThenBy(m => m.MentionId, StringComparer.Ordinal)
            .ToList();
        var (date, disagreements) = BestDate(ordered);
        var participants = Participants(ordered, basis.Participants);
        var published = ordered.Where(m => m.PublishedAt is not null).Select(m => m.PublishedAt!.Value).ToList();
        return basis with
        {
            Status = Status(ordered, basis.Status),
            Date = date,
            DateDisagreements = disagreements,
            Participants = participants,
            Countries = Ranked(ordered.SelectMany(m => m.Countries.Select(c => c.ToUpperInvariant()))) is { Count: > 0 } countries ? countries : basis.Countries,
            Location = Ranked(ordered.Select(m => m.Location).OfType<string>().Where(l => l.Length > 0)).FirstOrDefault() ?? basis.Location,
            Summary = Summary(basis.Type, ordered, participants),
            FirstReportedAt = published.Count > 0 ? published.Min() : basis.FirstReportedAt,
            LastReportedAt = published.Count > 0 ? published.Max() : basis.LastReportedAt,
            SourceCount = ordered.Select(m => m.Source.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count(),
            ArticleCount = ordered.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
            Mentions = ordered,
        };
    }

    /// <summary>Occurred if any mention says so; else denied if any denies it; else planned.</summary>
    private static string Status(List<Mention> mentions, string fallback)
    {
        if (mentions.Count == 0)
        {
            return fallback;
        }
        if (mentions.Any(m => m.Modality == Modalities.Occurred))
        {
            return Modalities.Occurred;
        }
        return mentions.Any(m => m.Modality == Modalities.Denied) ? Modalities.Denied : Modalities.Planned;
    }

    /// <summary>
    /// The finest precision any mention gives wins (a day refines a month); among dates of that precision, the one most
    /// articles support, then the better-derived, then the earlier. Dates not consistent with it are listed as disagreements.
    /// </summary>
    private static (EventDate? Date, IReadOnlyList<string> Disagreements) BestDate(List<Mention> mentions)
    {
        var dated = mentions.Where(m => m.ExtractedDate is not null).ToList();
        if (dated.Count == 0)
        {
            return (null, []);
        }
        var finest = dated.Min(m => MergeRules.PrecisionRank(m.ExtractedDate!.Precision));
        var finestDates = dated.Where(m => MergeRules.PrecisionRank(m.ExtractedDate!.Precision) == finest).ToList();
        var best = finestDates
            .GroupBy(m => (m.ExtractedDate!.Start, m.ExtractedDate.End))
            .Select(g => (
                Date: g.First().ExtractedDate!,
                Articles: g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                Derivation: g.Max(m => DerivationRank(m.DateDerivation)),
                // Ties go to the date nearest all the others (the median), then the earlier.
                Spread: finestDates.Sum(m => Math.Abs(m.ExtractedDate!.Start.DayNumber - g.Key.Start.DayNumber))))
            .OrderByDescending(g => g.Articles)
            .ThenByDescending(g => g.Derivation)
            .ThenBy(g => g.Spread)
            .ThenBy(g => g.Date.Start)
            .First().Date;
        var disagreements = dated
            .Where(m => !Consistent(m.ExtractedDate!, best))
            .GroupBy(m => m.ExtractedDate!.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count()} mention{(g.Count() == 1 ? "" : "s")})"))
            .ToList();
        return (best, disagreements);
    }

    // A coarser date containing the chosen one supports it; anything else disagrees.
    private static bool Consistent(EventDate other, EventDate chosen) =>
        MergeRules.PrecisionRank(other.Precision) > MergeRules.PrecisionRank(chosen.Precision)
            ? other.Start <= chosen.Start && other.End >= chosen.End
            : other.Start == chosen.Start && other.End == chosen.End;

    private static int DerivationRank(string derivation) => derivation switch
    {
        DateDerivations.Explicit => 3,
        DateDerivations.Relative => 2,
        DateDerivations.PublicationDate => 1,
        _ => 0,
    };

    /// <summary>Union of the mentions' participants, most often named first, each with the role most mentions give it.</summary>
    private static IReadOnlyList<Participant> Participants(List<Mention> mentions, IReadOnlyList<Participant> fallback)
    {
        var all = mentions.SelectMany(m => m.Participants).ToList();
        if (all.Count == 0)
        {
            return fallback;
        }
        return [.. all
            .Select((p, i) => (p, i))
            .GroupBy(x => x.p.ActorId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.i))
            .Select(g =>
            {
                var role = Ranked(g.Select(x => x.p.Role)).First();
                var first = g.First().p;
                return new Participant(first.ActorId, first.Name, role, g.Select(x => x.p.Country).FirstOrDefault(c => c is not null));
            })];
    }

    /// <summary>Distinct values, most frequent first, ties in order of first appearance.</summary>
    private static List<string> Ranked(IEnumerable<string> values) =>
        [.. values.Select((v, i) => (v, i))
            .GroupBy(x => x.v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.i))
            .Select(g => g.Key)];

    /// <summary>The best mention's own summary (finest date, best derivation, highest confidence); composed from the fields when none has one.</summary>
    private static string Summary(string type, List<Mention> mentions, IReadOnlyList<Participant> participants)
    {
        var best = mentions
            .Where(m => !string.IsNullOrWhiteSpace(m.Summary))
            .OrderBy(m => m.ExtractedDate is null ? 3 : MergeRules.PrecisionRank(m.ExtractedDate.Precision))
            .ThenByDescending(m => DerivationRank(m.DateDerivation))
            .ThenByDescending(m => m.Confidence)
            .ThenBy(m => m.MentionId, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is not null)
        {
            return best.Summary!.Trim();
        }
        var label = type.Replace('_', ' ');
        label = char.ToUpperInvariant(label[0]) + label[1..];
        var names = participants.Select(p => p.Name).Where(n => n.Length > 0).Take(4).ToList();
        return names.Count == 0 ? label : $"{label}: {string.Join(", ", names.Take(names.Count - 1))}{(names.Count > 1 ? " and " : "")}{names[^1]}";
    }

    /// <summary>What differs between two states of an event, in words ("mention added", "date refined 2023-10 → 2023-10-19").</summary>
    public static IReadOnlyList<string> Changes(TimelineEvent before, TimelineEvent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        var beforeIds = before.Mentions.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
        var afterIds = after.Mentions.Select(m => m.MentionId).ToHashSet(StringComparer.Ordinal);
        var added = after.Mentions.Where(m => !beforeIds.Contains(m.MentionId)).ToList();
        var removed = before.Mentions.Count(m => !afterIds.Contains(m.MentionId));
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
        if (changes.Count == 0 && !before.Mentions.SequenceEqual(after.Mentions))
        {
            changes.Add("mentions updated");
        }
        return changes;
    }
}
