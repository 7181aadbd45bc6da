using MassTransit;
using Timeline.Contracts;
using Timeline.Storage;

namespace Timeline.Ingestion.Publishing;

/// <summary>Publishes <see cref="ArticleAccepted"/> for a stored article, so extraction picks it up.</summary>
public sealed class ArticlePublisher(IPublishEndpoint publishEndpoint)
{
    /// <summary>Publishes the stored article; <paramref name="isReprocess"/> marks a re-publication of an older one.</summary>
    public Task PublishAsync(StoredArticle article, bool isReprocess, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return publishEndpoint.Publish(ToMessage(article, isReprocess), cancellationToken);
    }

    /// <summary>The message for a stored article.</summary>
    public static ArticleAccepted ToMessage(StoredArticle article, bool isReprocess)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleAccepted
        {
            ArticleId = article.Id,
            Source = article.Source,
            Url = article.Url,
            Title = article.Title,
            Language = article.Language,
            Body = article.Body,
            PublishedAt = article.PublishedAt,
            PublishedAtSource = article.PublishedAtSource,
            ContentHash = article.ContentHash,
            NearDuplicateOf = article.NearDuplicateOf,
            AcceptedAt = article.AcceptedAt,
            IsReprocess = isReprocess,
        };
    }
}
