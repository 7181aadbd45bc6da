namespace Timeline.Storage;

/// <summary>The articles collection, owned by ingestion: raw input, cleaned story and metadata.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Stores the article unless one with the same content hash or the same URL exists; never overwrites. The
    /// <paramref name="messages"/> announcing it are stored in the same transaction, only when it is inserted.
    /// </summary>
    Task<ArticleSaveResult> SaveAsync(StoredArticle article, IReadOnlyList<Outbox.OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>The article with this id, or null.</summary>
    Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Articles whose 64-bit fingerprint shares at least one 16-bit band with <paramref name="fingerprint"/> (near-duplicate
    /// candidates), the earliest accepted first: only what comparing needs, not the documents.
    /// </summary>
    Task<IReadOnlyList<FingerprintCandidate>> FindFingerprintCandidatesAsync(ulong fingerprint, int limit, CancellationToken cancellationToken);

    /// <summary>All stored articles in acceptance order, for reprocessing.</summary>
    IAsyncEnumerable<StoredArticle> ListAsync(CancellationToken cancellationToken);

    /// <summary>Number of stored articles.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}

/// <summary>Outcome of <see cref="IArticleStore.SaveAsync"/>.</summary>
/// <param name="Inserted">True when the article was new and is now stored.</param>
/// <param name="ArticleId">The stored article's id: the new one, or the existing duplicate's.</param>
/// <param name="DuplicateOf">"content" or "url" when an existing article matched; null when inserted.</param>
public sealed record ArticleSaveResult(bool Inserted, string ArticleId, string? DuplicateOf);

/// <summary>A stored article as near-duplicate search compares it.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="ContentHash">SHA-256 of its normalised story.</param>
/// <param name="Fingerprint">Its 64-bit SimHash.</param>
public sealed record FingerprintCandidate(string Id, string ContentHash, ulong Fingerprint);

/// <summary>An article as ingestion stores it.</summary>
public sealed record StoredArticle
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }
    /// <summary>Outlet.</summary>
    public required string Source { get; init; }
    /// <summary>URL, when known (unique when present).</summary>
    public string? Url { get; init; }
    /// <summary>Headline.</summary>
    public string? Title { get; init; }
    /// <summary>Language code.</summary>
    public required string Language { get; init; }
    /// <summary>The cleaned story, as written.</summary>
    public required string Body { get; init; }
    /// <summary>The input exactly as received, so the article can be re-parsed later.</summary>
    public required string Raw { get; init; }
    /// <summary>Media type of <see cref="Raw"/>.</summary>
    public required string RawContentType { get; init; }
    /// <summary>Publication time, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>Where the publication time came from.</summary>
    public string? PublishedAtSource { get; init; }
    /// <summary>SHA-256 of the normalised story (unique).</summary>
    public required string ContentHash { get; init; }
    /// <summary>64-bit SimHash of the normalised story, for near-duplicate search.</summary>
    public required ulong Fingerprint { get; init; }
    /// <summary>Id of the article this one nearly duplicates.</summary>
    public string? NearDuplicateOf { get; init; }
    /// <summary>When it was accepted.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }
}
