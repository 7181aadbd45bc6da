using Timeline.Contracts;

namespace Timeline.Storage.Mongo;

/// <summary>
/// BSON shape of an event (live collection and versions collection): the event's fields plus the derived query fields.
/// Plain settable classes, because the contract records are immutable and the driver maps these without guesswork.
/// </summary>
internal sealed class EventDocument
{
    /// <summary>Event id in <c>events</c>; "{eventId}:{version}" in <c>event_versions</c>.</summary>
    public string Id { get; set; } = "";
    public string EventId { get; set; } = "";
    public long Version { get; set; }
    public DateTime? RecordedAt { get; set; }

    /// <summary>In <c>event_versions</c>: when the next version replaced this one (<see cref="StillCurrent"/> until then).</summary>
    public DateTime? SupersededAt { get; set; }
    public string Type { get; set; } = "";
    public string Status { get; set; } = "";
    public DateDocument? Date { get; set; }
    public List<string> DateDisagreements { get; set; } = [];
    public List<ParticipantDocument> Participants { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public string? Location { get; set; }
    public string Summary { get; set; } = "";
    public DateTimeOffset FirstReportedAt { get; set; }
    public DateTimeOffset LastReportedAt { get; set; }
    public int SourceCount { get; set; }
    public int ArticleCount { get; set; }
    public List<MentionDocument> Mentions { get; set; } = [];
    public int MentionCount { get; set; }
    public List<HistoryDocument> History { get; set; } = [];
    public int HistoryCount { get; set; }
    public string? MergedInto { get; set; }

    /// <summary>The event's aggregates (<see cref="EventTally"/>) as JSON, in <c>events</c> only; absent for events written whole.</summary>
    public string? TallyJson { get; set; }

    // Derived query fields (see EventIndexFields), so filters mean the same as on SQLite.
    public int? DateStart { get; set; }
    public int? DateEnd { get; set; }
    public int SortKey { get; set; }
    public int SpanClass { get; set; }
    public string Month { get; set; } = "";
    public List<string> ActorIds { get; set; } = [];
    public List<string> CountryKeys { get; set; } = [];
    public string? LocationKey { get; set; }
    public string SearchText { get; set; } = "";

    /// <summary>Superseded time of the current version: a version is in force at t when recordedAt &lt;= t &lt; supersededAt.</summary>
    public static readonly DateTime StillCurrent = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);

    public static EventDocument From(TimelineEvent e, DateTime? recordedAt = null, EventTally? tally = null)
    {
        var f = EventIndexFields.From(e);
        return new EventDocument
        {
            Id = recordedAt is null ? e.Id : $"{e.Id}:{e.Version}",
            EventId = e.Id,
            Version = e.Version,
            RecordedAt = recordedAt,
            SupersededAt = recordedAt is null ? null : StillCurrent,
            Type = e.Type,
            Status = e.Status,
            Date = DateDocument.From(e.Date),
            DateDisagreements = [.. e.DateDisagreements],
            Participants = [.. e.Participants.Select(ParticipantDocument.From)],
            Countries = [.. e.Countries],
            Location = e.Location,
            Summary = e.Summary,
            FirstReportedAt = e.FirstReportedAt,
            LastReportedAt = e.LastReportedAt,
            SourceCount = e.SourceCount,
            ArticleCount = e.ArticleCount,
            Mentions = [.. e.Mentions.Select(MentionDocument.From)],
            MentionCount = e.MentionCount,
            History = [.. e.History.Select(h => new HistoryDocument { At = h.At, Change = h.Change, FromVersion = h.FromVersion })],
            HistoryCount = e.HistoryCount,
            MergedInto = e.MergedInto,
            TallyJson = recordedAt is null && tally is not null ? System.Text.Json.JsonSerializer.Serialize(tally, StorageJson.Options) : null,
            DateStart = f.DateStart,
            DateEnd = f.DateEnd,
            SortKey = f.SortKey,
            SpanClass = f.SpanClass,
            Month = f.Month,
            ActorIds = [.. f.ActorIds],
            CountryKeys = [.. f.Countries],
            LocationKey = f.LocationKey,
            SearchText = f.SearchText,
        };
    }

    // A document stored before events were bounded comes back bounded too.
    public TimelineEvent ToEvent() => MentionSample.Bound(new()
    {
        Id = EventId,
        Version = Version,
        Type = Type,
        Status = Status,
        Date = Date?.ToDate(),
        DateDisagreements = DateDisagreements,
        Participants = [.. Participants.Select(p => p.ToParticipant())],
        Countries = Countries,
        Location = Location,
        Summary = Summary,
        FirstReportedAt = FirstReportedAt,
        LastReportedAt = LastReportedAt,
        SourceCount = SourceCount,
        ArticleCount = ArticleCount,
        Mentions = [.. Mentions.Select(m => m.ToMention())],
        MentionCount = MentionCount,
        History = [.. History.Select(h => new HistoryEntry(h.At, h.Change, h.FromVersion))],
        HistoryCount = HistoryCount,
        MergedInto = MergedInto,
    });
}

/// <summary>BSON shape of <see cref="EventDate"/>; days as "yyyy-MM-dd" strings so they read naturally in the shell.</summary>
internal sealed class DateDocument
{
    public string Value { get; set; } = "";
    public string Precision { get; set; } = "";
    public string Start { get; set; } = "";
    public string End { get; set; } = "";

    public static DateDocument? From(EventDate? d) => d is null ? null : new DateDocument
    {
        Value = d.Value,
        Precision = d.Precision,
        Start = d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        End = d.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public EventDate ToDate() => new(
        Value,
        Precision,
        DateOnly.ParseExact(Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.ParseExact(End, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>BSON shape of <see cref="Participant"/>.</summary>
internal sealed class ParticipantDocument
{
    public string ActorId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Country { get; set; }

    public static ParticipantDocument From(Participant p) => new() { ActorId = p.ActorId, Name = p.Name, Role = p.Role, Country = p.Country };

    public Participant ToParticipant() => new(ActorId, Name, Role, Country);
}

/// <summary>BSON shape of <see cref="Mention"/>.</summary>
internal sealed class MentionDocument
{
    public string MentionId { get; set; } = "";
    public string ArticleId { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Url { get; set; }
    public string Sentence { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
    public DateDocument? ExtractedDate { get; set; }
    public string DateDerivation { get; set; } = "";
    public string Modality { get; set; } = "";
    public double Confidence { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Summary { get; set; }
    public List<ParticipantDocument> Participants { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public string? Location { get; set; }
    public string? Subtype { get; set; }

    public static MentionDocument From(Mention m) => new()
    {
        MentionId = m.MentionId,
        ArticleId = m.ArticleId,
        Source = m.Source,
        Url = m.Url,
        Sentence = m.Sentence,
        Start = m.Start,
        End = m.End,
        ExtractedDate = DateDocument.From(m.ExtractedDate),
        DateDerivation = m.DateDerivation,
        Modality = m.Modality,
        Confidence = m.Confidence,
        PublishedAt = m.PublishedAt,
        Summary = m.Summary,
        Participants = [.. m.Participants.Select(ParticipantDocument.From)],
        Countries = [.. m.Countries],
        Location = m.Location,
        Subtype = m.Subtype,
    };

    public Mention ToMention() => new()
    {
        MentionId = MentionId,
        ArticleId = ArticleId,
        Source = Source,
        Url = Url,
        Sentence = Sentence,
        Start = Start,
        End = End,
        ExtractedDate = ExtractedDate?.ToDate(),
        DateDerivation = DateDerivation,
        Modality = Modality,
        Confidence = Confidence,
        PublishedAt = PublishedAt,
        Summary = Summary,
        Participants = [.. Participants.Select(p => p.ToParticipant())],
        Countries = Countries,
        Location = Location,
        Subtype = Subtype,
    };
}

/// <summary>BSON shape of <see cref="HistoryEntry"/>.</summary>
internal sealed class HistoryDocument
{
    public DateTimeOffset At { get; set; }
    public string Change { get; set; } = "";
    public long FromVersion { get; set; }
}

/// <summary>
/// A mention of a live event, whole (event documents carry only a sample); the unique _id (the mention id) makes a
/// mention belong to one event at a time.
/// </summary>
internal sealed class MentionOwnerDocument
{
    public string Id { get; set; } = "";
    public string EventId { get; set; } = "";
    public string ArticleId { get; set; } = "";

    /// <summary>Publication time in UTC ticks (unknown: long.MaxValue): with _id, the page order.</summary>
    public long ReportKey { get; set; }

    /// <summary>The sentence normalised, for free-text search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The mention; null only in rows written before mentions were kept here.</summary>
    public MentionDocument? Mention { get; set; }

    public static MentionOwnerDocument From(string eventId, Mention m) => new()
    {
        Id = m.MentionId,
        EventId = eventId,
        ArticleId = m.ArticleId,
        ReportKey = MentionCursor.KeyOf(m),
        SearchText = Timeline.Lexicon.TextNormalizer.Normalize(m.Sentence),
        Mention = MentionDocument.From(m),
    };
}

/// <summary>
/// The widest date span (days) of any event written, kept only once it exceeds the widest span class: date-range queries
/// bound the sort key below by it, so an index scan starts near the range instead of at the first event.
/// </summary>
internal sealed class SpanStatsDocument
{
    public const string WidestSpanId = "widest_span";

    public string Id { get; set; } = WidestSpanId;
    public int Days { get; set; }
}

/// <summary>A merge fence: a counter every commit touching its bucket bumps.</summary>
internal sealed class FenceDocument
{
    public string Id { get; set; } = "";
    public long Version { get; set; }
}

/// <summary>The applied extraction run of an article.</summary>
internal sealed class AppliedExtractionDocument
{
    public string Id { get; set; } = "";
    public DateTimeOffset ExtractedAt { get; set; }
    public long ExtractedAtUtcTicks { get; set; }
    public string Fingerprint { get; set; } = "";
}

/// <summary>BSON shape of <see cref="StoredArticle"/>, with the fingerprint split into position-tagged 16-bit bands.</summary>
internal sealed class ArticleDocument
{
    public string Id { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string Language { get; set; } = "";
    public string Body { get; set; } = "";
    public string Raw { get; set; } = "";
    public string RawContentType { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedAtSource { get; set; }
    public string ContentHash { get; set; } = "";
    public long Fingerprint { get; set; }
    public List<string> Bands { get; set; } = [];
    public string? NearDuplicateOf { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
    public DateTime AcceptedAtUtc { get; set; }

    public static ArticleDocument From(StoredArticle a) => new()
    {
        Id = a.Id,
        Source = a.Source,
        // Absent, not null, when unknown: the sparse unique index skips absent fields only.
        Url = string.IsNullOrWhiteSpace(a.Url) ? null : a.Url.Trim(),
        Title = a.Title,
        Language = a.Language,
        Body = a.Body,
        Raw = a.Raw,
        RawContentType = a.RawContentType,
        PublishedAt = a.PublishedAt,
        PublishedAtSource = a.PublishedAtSource,
        ContentHash = a.ContentHash,
        Fingerprint = unchecked((long)a.Fingerprint),
        Bands = BandsOf(a.Fingerprint),
        NearDuplicateOf = a.NearDuplicateOf,
        AcceptedAt = a.AcceptedAt,
        AcceptedAtUtc = a.AcceptedAt.UtcDateTime,
    };

    public StoredArticle ToArticle(string? originalUrl = null) => new()
    {
        Id = Id,
        Source = Source,
        Url = originalUrl ?? Url,
        Title = Title,
        Language = Language,
        Body = Body,
        Raw = Raw,
        RawContentType = RawContentType,
        PublishedAt = PublishedAt,
        PublishedAtSource = PublishedAtSource,
        ContentHash = ContentHash,
        Fingerprint = unchecked((ulong)Fingerprint),
        NearDuplicateOf = NearDuplicateOf,
        AcceptedAt = AcceptedAt,
    };

    /// <summary>"{position}:{hex}" per band, so one multikey index answers "shares a band at the same position".</summary>
    public static List<string> BandsOf(ulong fingerprint) =>
        [.. Enumerable.Range(0, 4).Select(i => $"{i}:{(fingerprint >> (16 * i)) & 0xFFFF:x4}")];
}
