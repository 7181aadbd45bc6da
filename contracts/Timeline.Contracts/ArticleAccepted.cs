namespace Timeline.Contracts;

/// <summary>Published by ingestion when an article has been parsed, cleaned and stored, ready for event extraction.</summary>
public sealed record ArticleAccepted
{
    /// <summary>Stable id of the stored article (derived from its content hash).</summary>
    public required string ArticleId { get; init; }

    /// <summary>Outlet or feed the article came from, e.g. "aljazeera.net"; "unknown" when nobody said.</summary>
    public required string Source { get; init; }

    /// <summary>Canonical URL of the article, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Headline, when one was found.</summary>
    public string? Title { get; init; }

    /// <summary>ISO 639-1 language code of the story: "ar", "en", or another code.</summary>
    public required string Language { get; init; }

    /// <summary>The cleaned main story exactly as written (not normalised); evidence offsets point into this text.</summary>
    public required string Body { get; init; }

    /// <summary>Publication time given by the caller or found on the page; null when neither says.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Where <see cref="PublishedAt"/> came from: "caller", "page", "feed", "meta", or null when unknown.</summary>
    public string? PublishedAtSource { get; init; }

    /// <summary>SHA-256 (hex) of the normalised story text; equal hashes mean the same article.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Id of an earlier article this one is a near-duplicate of (the same wire story elsewhere), if any.</summary>
    public string? NearDuplicateOf { get; init; }

    /// <summary>When ingestion accepted the article.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>True when a stored article is being re-published for extraction again.</summary>
    public bool IsReprocess { get; init; }
}
