using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Timeline.Gateway.Querying;

/// <summary>Query-string filters shared by the events, actor events, stats and export endpoints; validated by <see cref="EventQueryParser"/>.</summary>
public sealed class EventFilterParameters
{
    /// <summary>Earliest occurred date.</summary>
    [FromQuery(Name = "from"), Description("Earliest occurred date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (start of that month or year).")]
    public string? From { get; set; }

    /// <summary>Latest occurred date.</summary>
    [FromQuery(Name = "to"), Description("Latest occurred date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (end of that month or year).")]
    public string? To { get; set; }

    /// <summary>Actor ids or aliases.</summary>
    [FromQuery(Name = "actor"), Description("Actor id or any alias, Arabic or English (see /api/v1/actors). Repeat for a pair: every actor given must take part. Unknown actors are a 400.")]
    public string[]? Actor { get; set; }

    /// <summary>Country codes.</summary>
    [FromQuery(Name = "country"), Description("ISO 3166-1 alpha-2 code; repeat or comma-separate: every country given must be involved.")]
    public string[]? Country { get; set; }

    /// <summary>Event types.</summary>
    [FromQuery(Name = "type"), Description("Event type (meeting, visit, agreement, statement, accusation, military_cooperation, invitation, other); repeat or comma-separate for any of several.")]
    public string[]? Type { get; set; }

    /// <summary>Statuses.</summary>
    [FromQuery(Name = "status"), Description("planned, occurred, denied or retired; repeat or comma-separate. Default: every status except retired.")]
    public string[]? Status { get; set; }

    /// <summary>Location name.</summary>
    [FromQuery(Name = "location"), Description("Canonical English place name, case-insensitive, e.g. Pyongyang.")]
    public string? Location { get; set; }

    /// <summary>Minimum distinct sources.</summary>
    [FromQuery(Name = "minSources"), Description("Only events reported by at least this many distinct outlets (1 or more).")]
    public string? MinSources { get; set; }

    /// <summary>Free text.</summary>
    [FromQuery(Name = "q"), Description("Free text over summaries and evidence; Arabic spelling variants and diacritics are folded.")]
    public string? Q { get; set; }

    /// <summary>As-of time.</summary>
    [FromQuery(Name = "asOf"), Description("ISO 8601 time: answer as the timeline stood then.")]
    public string? AsOf { get; set; }

    /// <summary>Ordering.</summary>
    [FromQuery(Name = "sort"), Description("date (oldest first, default) or -date (newest first); ties are ordered by id.")]
    public string? Sort { get; set; }
}

/// <summary>Paging parameters of list endpoints.</summary>
public sealed class PagingParameters
{
    /// <summary>Page size.</summary>
    [FromQuery(Name = "limit"), Description("Page size, 1 to 500; default 50.")]
    public string? Limit { get; set; }

    /// <summary>Continuation cursor.</summary>
    [FromQuery(Name = "cursor"), Description("nextCursor of the previous page, with the same filters.")]
    public string? Cursor { get; set; }
}
