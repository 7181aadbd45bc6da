using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Timeline.Contracts;
using Timeline.Lexicon;

namespace Timeline.Gateway.Exports;

/// <summary>Writes a stream of events in an export format, without holding the whole export in memory.</summary>
internal static class EventExportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>
    /// Writes every event of <paramref name="events"/>; returns how many were written. JSON, CSV and iCalendar carry each
    /// event as stored (counts and its mention sample); PLOVER lists every mention as a source, read through
    /// <paramref name="mentions"/> one event at a time.
    /// </summary>
    public static Task<int> WriteAsync(ExportFormat format, IAsyncEnumerable<TimelineEvent> events, Stream output,
        JsonSerializerOptions json, Func<string, CancellationToken, IAsyncEnumerable<Mention>> mentions, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Csv)
        {
            return WriteCsvAsync(events, output, cancellationToken);
        }
        if (format == ExportFormat.Ics)
        {
            return WriteIcsAsync(events, output, cancellationToken);
        }
        if (format == ExportFormat.Plover)
        {
            return WriteJsonArrayAsync(WithAllSources(events, mentions, cancellationToken), output, json, cancellationToken);
        }
        return WriteJsonArrayAsync(events, output, json, cancellationToken);
    }

    private static async Task<int> WriteJsonArrayAsync<T>(IAsyncEnumerable<T> items, Stream output, JsonSerializerOptions json, CancellationToken ct)
    {
        // The serializer flushes synchronously after each value, so it writes to memory and the memory goes out asynchronously.
        var count = 0;
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartArray();
        await foreach (var item in items.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, item, json);
            count++;
            if (buffer.WrittenCount > 32 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }
        }
        writer.WriteEndArray();
        await writer.FlushAsync(ct);
        await output.WriteAsync(buffer.WrittenMemory, ct);
        return count;
    }

    /// <summary>CSV column names, in order.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "id", "version", "date", "precision", "start", "end", "type", "status", "summary", "actors", "actorIds",
        "countries", "location", "sourceCount", "articleCount", "firstReportedAt", "lastReportedAt", "sources", "evidence",
    ];

    private static async Task<int> WriteCsvAsync(IAsyncEnumerable<TimelineEvent> events, Stream output, CancellationToken ct)
    {
        var count = 0;
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', CsvColumns));
        await foreach (var e in events.WithCancellation(ct))
        {
            var ci = CultureInfo.InvariantCulture;
            string?[] cells =
            [
                e.Id, e.Version.ToString(ci), e.Date?.Value, e.Date?.Precision, e.Date?.Start.ToString("yyyy-MM-dd", ci),
                e.Date?.End.ToString("yyyy-MM-dd", ci), e.Type, e.Status, e.Summary,
                string.Join("; ", e.Participants.Select(p => p.Name)), string.Join("; ", e.Participants.Select(p => p.ActorId)),
                string.Join("; ", e.Countries), e.Location, e.SourceCount.ToString(ci), e.ArticleCount.ToString(ci),
                e.FirstReportedAt.ToString("O", ci), e.LastReportedAt.ToString("O", ci),
                string.Join(" ", e.Mentions.Select(m => m.Url ?? m.Source).Distinct(StringComparer.Ordinal)),
                e.Mentions.OrderByDescending(m => m.Confidence).FirstOrDefault()?.Sentence,
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(CsvCell)));
            count++;
        }
        await writer.FlushAsync(ct);
        return count;
    }

    private static string CsvCell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        // Formula characters are neutralised so a spreadsheet never executes a cell taken from an article.
        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static async Task<int> WriteIcsAsync(IAsyncEnumerable<TimelineEvent> events, Stream output, CancellationToken ct)
    {
        var count = 0;
        await using var writer = new StreamWriter(output, Utf8NoBom, 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteAsync("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Timeline//Russia-North Korea relations//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Timeline\r\n");
        await foreach (var e in events.WithCancellation(ct))
        {
            if (e.Date is null)
            {
                continue; // a calendar entry needs a day
            }
            var ci = CultureInfo.InvariantCulture;
            var sb = new StringBuilder();
            Line(sb, "BEGIN:VEVENT");
            Line(sb, $"UID:{e.Id}@timeline");
            Line(sb, $"DTSTAMP:{e.LastReportedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", ci)}");
            Line(sb, $"DTSTART;VALUE=DATE:{e.Date.Start.ToString("yyyyMMdd", ci)}");
            Line(sb, $"DTEND;VALUE=DATE:{e.Date.End.AddDays(1).ToString("yyyyMMdd", ci)}");
            Line(sb, $"SUMMARY:{IcsText(e.Summary)}");
            var description = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{e.Type}, {e.Status}; date precision {e.Date.Precision}; {e.SourceCount} source(s).");
            foreach (var m in e.Mentions)
            {
                description.Append('\n').Append(m.Source).Append(": ").Append(m.Sentence);
                if (m.Url is not null)
                {
                    description.Append(" <").Append(m.Url).Append('>');
                }
            }
            Line(sb, $"DESCRIPTION:{IcsText(description.ToString())}");
            if (e.Location is not null)
            {
                Line(sb, $"LOCATION:{IcsText(e.Location)}");
            }
            Line(sb, $"CATEGORIES:{IcsText(e.Type)}");
            Line(sb, $"STATUS:{e.Status switch { Modalities.Planned => "TENTATIVE", Modalities.Denied or "retired" => "CANCELLED", _ => "CONFIRMED" }}");
            Line(sb, $"SEQUENCE:{e.Version}");
            var url = e.Mentions.Select(m => m.Url).FirstOrDefault(u => u is not null);
            if (url is not null)
            {
                Line(sb, $"URL:{url}");
            }
            Line(sb, "END:VEVENT");
            await writer.WriteAsync(sb, ct);
            count++;
        }
        await writer.WriteAsync("END:VCALENDAR\r\n");
        await writer.FlushAsync(ct);
        return count;
    }

    private static string IcsText(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 sequence or surrogate pair.</summary>
    private static void Line(StringBuilder sb, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var isPair = char.IsHighSurrogate(line[i]) && i + 1 < line.Length;
            var size = isPair ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + size > 75)
            {
                sb.Append("\r\n ");
                octets = 1;
            }
            sb.Append(line[i]);
            if (isPair)
            {
                sb.Append(line[++i]);
            }
            octets += size;
        }
        sb.Append("\r\n");
    }

    private static async IAsyncEnumerable<PloverRecord> WithAllSources(
        IAsyncEnumerable<TimelineEvent> events, Func<string, CancellationToken, IAsyncEnumerable<Mention>> mentions,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in events.WithCancellation(ct))
        {
            // Only an event whose document holds a sample needs its mentions read; one event's sources at a time.
            var all = e.MentionCount > e.Mentions.Count ? await mentions(e.Id, ct).ToListAsync(ct) : e.Mentions;
            yield return ToPlover(e, all);
        }
    }

    /// <summary>A PLOVER-style record: PLOVER event type and mode, source and target actors, the timeline's own fields beside.</summary>
    public static PloverRecord ToPlover(TimelineEvent e) => ToPlover(e, e?.Mentions ?? []);

    /// <summary>A PLOVER-style record with <paramref name="sources"/> as its sources.</summary>
    public static PloverRecord ToPlover(TimelineEvent e, IReadOnlyList<Mention> sources)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(sources);
        var actor = e.Participants.FirstOrDefault(p => p.Role == ParticipantRoles.Actor) ?? (e.Participants.Count > 0 ? e.Participants[0] : null);
        var plover = EventTypeCatalog.Default.ToPlover(e.Type);
        var recipient = e.Participants.FirstOrDefault(p => p != actor && p.Role != ParticipantRoles.Actor)
            ?? e.Participants.FirstOrDefault(p => p != actor);
        return new PloverRecord(
            e.Id,
            e.Date?.Value,
            e.Date?.Precision,
            plover.EventType,
            plover.Mode,
            e.Type,
            e.Status,
            actor?.Name,
            actor?.ActorId,
            actor?.Country,
            recipient?.Name,
            recipient?.ActorId,
            recipient?.Country,
            e.Location,
            e.Summary,
            [.. sources.Select(m => new PloverSource(m.Source, m.Url, m.Sentence))]);
    }
}

/// <summary>One event in the PLOVER-style export (snake_case names as PLOVER data uses them).</summary>
internal sealed record PloverRecord(
    [property: System.Text.Json.Serialization.JsonPropertyName("event_id")] string EventId,
    [property: System.Text.Json.Serialization.JsonPropertyName("event_date")] string? EventDate,
    [property: System.Text.Json.Serialization.JsonPropertyName("date_precision")] string? DatePrecision,
    [property: System.Text.Json.Serialization.JsonPropertyName("event_type")] string EventType,
    [property: System.Text.Json.Serialization.JsonPropertyName("mode")] string? Mode,
    [property: System.Text.Json.Serialization.JsonPropertyName("timeline_type")] string TimelineType,
    [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("actor")] string? Actor,
    [property: System.Text.Json.Serialization.JsonPropertyName("actor_id")] string? ActorId,
    [property: System.Text.Json.Serialization.JsonPropertyName("actor_country")] string? ActorCountry,
    [property: System.Text.Json.Serialization.JsonPropertyName("recipient")] string? Recipient,
    [property: System.Text.Json.Serialization.JsonPropertyName("recipient_id")] string? RecipientId,
    [property: System.Text.Json.Serialization.JsonPropertyName("recipient_country")] string? RecipientCountry,
    [property: System.Text.Json.Serialization.JsonPropertyName("location")] string? Location,
    [property: System.Text.Json.Serialization.JsonPropertyName("event_text")] string EventText,
    [property: System.Text.Json.Serialization.JsonPropertyName("sources")] IReadOnlyList<PloverSource> Sources);

/// <summary>A source of a PLOVER-style record.</summary>
internal sealed record PloverSource(
    [property: System.Text.Json.Serialization.JsonPropertyName("source")] string Source,
    [property: System.Text.Json.Serialization.JsonPropertyName("url")] string? Url,
    [property: System.Text.Json.Serialization.JsonPropertyName("evidence")] string Evidence);
