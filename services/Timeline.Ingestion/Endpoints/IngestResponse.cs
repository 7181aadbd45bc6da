namespace Timeline.Ingestion.Endpoints;

/// <summary>Answer to POST /api/v1/articles.</summary>
/// <param name="Articles">One entry per article that was read.</param>
/// <param name="Rejected">One entry per article that could not be accepted.</param>
public sealed record IngestResponse(IReadOnlyList<IngestedArticle> Articles, IReadOnlyList<RejectedArticle> Rejected);

/// <summary>An article of the request and what happened to it.</summary>
/// <param name="Id">Stored id (for a duplicate: the earlier article's id).</param>
/// <param name="Status">"accepted", "duplicate" or "near_duplicate".</param>
/// <param name="DuplicateOf">Id of the earlier article it duplicates or nearly duplicates.</param>
/// <param name="Language">Language of the story.</param>
/// <param name="PublishedAt">Publication time, when known.</param>
/// <param name="Title">Headline, when known.</param>
public sealed record IngestedArticle(string Id, string Status, string? DuplicateOf, string Language, DateTimeOffset? PublishedAt, string? Title);

/// <summary>An article of the request that was not accepted.</summary>
/// <param name="Index">Its position in the request (feed item or array element; 0 for a single article).</param>
/// <param name="Reason">Why.</param>
public sealed record RejectedArticle(int Index, string Reason);

/// <summary>A stored article as GET /api/v1/articles/{id} returns it.</summary>
/// <param name="Id">Id.</param>
/// <param name="Source">Outlet.</param>
/// <param name="Url">URL.</param>
/// <param name="Title">Headline.</param>
/// <param name="Language">Language code.</param>
/// <param name="PublishedAt">Publication time.</param>
/// <param name="PublishedAtSource">Where the publication time came from.</param>
/// <param name="ContentHash">SHA-256 of the normalised story.</param>
/// <param name="Fingerprint">SimHash, 16 hex digits.</param>
/// <param name="NearDuplicateOf">Article this one nearly duplicates.</param>
/// <param name="AcceptedAt">When it was accepted.</param>
/// <param name="RawContentType">Media type of the stored raw input.</param>
/// <param name="Body">The cleaned story.</param>
public sealed record ArticleView(
    string Id, string Source, string? Url, string? Title, string Language, DateTimeOffset? PublishedAt, string? PublishedAtSource,
    string ContentHash, string Fingerprint, string? NearDuplicateOf, DateTimeOffset AcceptedAt, string RawContentType, string Body);

/// <summary>Answer to POST /api/v1/articles/reprocess.</summary>
/// <param name="Republished">How many stored articles were published again.</param>
public sealed record ReprocessResponse(long Republished);
