using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Timeline.Contracts;
using Timeline.Gateway.Actors;
using Timeline.Lexicon;
using Timeline.Storage;

namespace Timeline.Gateway.Querying;

/// <summary>The outcome of validating query-string filters: a store query, or the reasons it is refused.</summary>
/// <param name="Query">The store query (paging applied when requested), or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Problems by parameter name, for a 400 validation problem.</param>
public sealed record ParsedEventQuery(EventQuery? Query, Dictionary<string, string[]> Errors)
{
    /// <summary>True when the query can run.</summary>
    public bool IsValid => Query is not null && Errors.Count == 0;
}

/// <summary>Turns query-string filters into an <see cref="EventQuery"/>, with one clear error per bad parameter.</summary>
public sealed class EventQueryParser(ActorDirectory actors)
{
    /// <summary>Default page size.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 500;

    private const int MaxTextLength = 200;
    private const string CursorPrefix = "c1.";

    /// <summary>Statuses a query may ask for.</summary>
    public static readonly IReadOnlyList<string> Statuses = [Modalities.Planned, Modalities.Occurred, Modalities.Denied, "retired"];

    /// <summary>Validates filters (and paging when given); <paramref name="extraActorIds"/> are ids already resolved (e.g. from the route).</summary>
    public ParsedEventQuery Parse(EventFilterParameters filters, PagingParameters? paging, IReadOnlyList<string>? extraActorIds = null)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var from = ParseDate(filters.From, "from", endOfPeriod: false, errors);
        var to = ParseDate(filters.To, "to", endOfPeriod: true, errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})."];
        }

        var actorIds = new List<string>(extraActorIds ?? []);
        var unknownActors = new List<string>();
        foreach (var raw in filters.Actor ?? [])
        {
            var actor = actors.Resolve(raw);
            if (actor is null)
            {
                unknownActors.Add(raw);
            }
            else if (!actorIds.Contains(actor.Id))
            {
                actorIds.Add(actor.Id);
            }
        }
        if (unknownActors.Count > 0)
        {
            errors["actor"] = [.. unknownActors.Select(a => $"Unknown actor '{a}': use an id or alias listed by /api/v1/actors.")];
        }

        var countries = Split(filters.Country).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        var badCountries = countries.Where(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)).ToList();
        if (badCountries.Count > 0)
        {
            errors["country"] = [.. badCountries.Select(c => $"'{c}' is not an ISO 3166-1 alpha-2 code (e.g. RU, KP).")];
        }

        var types = Split(filters.Type).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        var badTypes = types.Where(t => !EventTypes.All.Contains(t)).ToList();
        if (badTypes.Count > 0)
        {
            errors["type"] = [.. badTypes.Select(t => $"Unknown type '{t}'; expected one of {string.Join(", ", EventTypes.All)}.")];
        }

        var statuses = Split(filters.Status).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        var badStatuses = statuses.Where(s => !Statuses.Contains(s)).ToList();
        if (badStatuses.Count > 0)
        {
            errors["status"] = [.. badStatuses.Select(s => $"Unknown status '{s}'; expected one of {string.Join(", ", Statuses)}.")];
        }

        int? minSources = null;
        if (!string.IsNullOrWhiteSpace(filters.MinSources))
        {
            if (int.TryParse(filters.MinSources, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                minSources = n;
            }
            else
            {
                errors["minSources"] = ["'minSources' must be a whole number of at least 1."];
            }
        }

        string? text = null;
        if (!string.IsNullOrWhiteSpace(filters.Q))
        {
            text = filters.Q.Trim();
            if (text.Length > MaxTextLength)
            {
                errors["q"] = [$"'q' is longer than {MaxTextLength} characters."];
            }
            text = TextNormalizer.Normalize(text);
        }

        DateTimeOffset? asOf = null;
        if (!string.IsNullOrWhiteSpace(filters.AsOf))
        {
            if (DateTimeOffset.TryParse(filters.AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                && filters.AsOf.Length >= 10 && char.IsAsciiDigit(filters.AsOf[0]))
            {
                asOf = t.ToUniversalTime();
            }
            else
            {
                errors["asOf"] = ["'asOf' must be an ISO 8601 time, e.g. 2024-06-19T12:00:00Z."];
            }
        }

        var descending = false;
        switch (filters.Sort?.Trim())
        {
            case null or "" or "date": break;
            case "-date": descending = true; break;
            default: errors["sort"] = ["'sort' must be 'date' or '-date'."]; break;
        }

        var limit = DefaultLimit;
        string? storeCursor = null;
        var location = string.IsNullOrWhiteSpace(filters.Location) ? null : filters.Location.Trim();
        var fingerprint = Fingerprint(from, to, actorIds, countries, types, statuses, location, minSources, text, asOf, descending);
        if (paging is not null)
        {
            if (!string.IsNullOrWhiteSpace(paging.Limit))
            {
                if (!int.TryParse(paging.Limit, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit)
                {
                    errors["limit"] = [$"'limit' must be a whole number from 1 to {MaxLimit}."];
                }
            }
            if (!string.IsNullOrWhiteSpace(paging.Cursor))
            {
                storeCursor = UnwrapCursor(paging.Cursor, fingerprint);
                if (storeCursor is null)
                {
                    errors["cursor"] = ["'cursor' is not a cursor returned for this query; start again without it."];
                }
            }
        }

        if (errors.Count > 0)
        {
            return new ParsedEventQuery(null, errors);
        }

        return new ParsedEventQuery(new EventQuery
        {
            From = from,
            To = to,
            ActorIds = actorIds,
            Countries = countries,
            Types = types,
            Statuses = statuses,
            Location = location,
            MinSources = minSources,
            Text = text,
            AsOf = asOf,
            Descending = descending,
            Cursor = storeCursor,
            Limit = limit,
        }, errors);
    }

    /// <summary>Wraps the store's cursor with a fingerprint of the query, so a cursor is only accepted for the query that produced it.</summary>
    public static string? WrapCursor(string? storeCursor, EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (storeCursor is null)
        {
            return null;
        }
        var fingerprint = Fingerprint(query.From, query.To, query.ActorIds, query.Countries, query.Types, query.Statuses,
            query.Location, query.MinSources, query.Text, query.AsOf, query.Descending);
        return CursorPrefix + Base64Url(Encoding.UTF8.GetBytes(fingerprint + "|" + storeCursor));
    }

    private static string? UnwrapCursor(string cursor, string fingerprint)
    {
        if (!cursor.StartsWith(CursorPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(FromBase64Url(cursor[CursorPrefix.Length..]));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && text[..bar] == fingerprint && bar < text.Length - 1 ? text[(bar + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Fingerprint(DateOnly? from, DateOnly? to, IEnumerable<string> actorIds, IEnumerable<string> countries,
        IEnumerable<string> types, IEnumerable<string> statuses, string? location, int? minSources, string? text, DateTimeOffset? asOf, bool descending)
    {
        var canonical = string.Join('\u001f',
            from?.ToString("O", CultureInfo.InvariantCulture), to?.ToString("O", CultureInfo.InvariantCulture),
            string.Join(',', actorIds.Order(StringComparer.Ordinal)), string.Join(',', countries.Order(StringComparer.Ordinal)),
            string.Join(',', types.Order(StringComparer.Ordinal)), string.Join(',', statuses.Order(StringComparer.Ordinal)),
            location?.ToUpperInvariant(), minSources?.ToString(CultureInfo.InvariantCulture), text,
            asOf?.ToString("O", CultureInfo.InvariantCulture), descending ? "desc" : "asc");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 8);
    }

    private static DateOnly? ParseDate(string? value, string name, bool endOfPeriod, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        var ci = CultureInfo.InvariantCulture;
        DateOnly? parsed = null;
        if (v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", ci, DateTimeStyles.None, out var day))
        {
            parsed = day;
        }
        else if (v.Length == 7 && DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", ci, DateTimeStyles.None, out var month))
        {
            parsed = endOfPeriod ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }
        else if (v.Length == 4 && DateOnly.TryParseExact(v + "-01-01", "yyyy-MM-dd", ci, DateTimeStyles.None, out var year))
        {
            parsed = endOfPeriod ? new DateOnly(year.Year, 12, 31) : year;
        }
        if (parsed is null)
        {
            errors[name] = [$"'{name}' must be a date as YYYY-MM-DD, YYYY-MM or YYYY; got '{value}'."];
            return null;
        }
        // The stores widen a range by span lengths and step past its end, which the calendar's last year cannot hold.
        if (parsed.Value.Year > MaxYear)
        {
            errors[name] = [$"'{name}' is out of range: dates run up to {MaxYear}-12-31; got '{value}'."];
            return null;
        }
        return parsed;
    }

    /// <summary>Last year a from/to filter may name.</summary>
    public const int MaxYear = 9998;

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
