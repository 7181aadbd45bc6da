using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Timeline.Ingestion.Intake;
using Timeline.Ingestion.Parsing;
using Timeline.ServiceDefaults;
using Timeline.ServiceDefaults.Access;
using Timeline.Storage;

namespace Timeline.Ingestion.Endpoints;

/// <summary>POST /api/v1/articles, GET /api/v1/articles/{id}, POST /api/v1/articles/reprocess.</summary>
public static partial class ArticleEndpoints
{
    /// <summary>Maps the article routes onto <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/articles").WithTags("Ingestion").AddEndpointFilter(IngestionRateLimiter.FilterAsync);
        group.MapPost("/", PostAsync).WithName("IngestArticles").RequireAuthorization(ApiScopes.Ingest)
            .WithSummary("Ingests articles: text/plain, text/html, RSS, Atom or JSON; metadata via query string (source, url, title, publishedAt, language). Needs an X-Api-Key with the ingest scope.");
        group.MapPost("/reprocess", ReprocessAsync).WithName("ReprocessArticles").RequireAuthorization(ApiScopes.Admin)
            .WithSummary("Re-publishes every stored article for extraction. Needs an X-Api-Key with the admin scope.");
        group.MapGet("/{id}", GetAsync).WithName("GetArticle").WithSummary("A stored article: metadata and cleaned body.");
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, ArticleIntake intake, IOptions<IngestionOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ArticleEndpoints).FullName!);
        var body = await RequestBody.ReadAsync(http.Request, options.Value.EffectiveMaxBodyBytes, ArticleParser.SupportedMediaTypes, cancellationToken).ConfigureAwait(false);
        if (body.Status != 0)
        {
            LogRefused(logger, body.Status, body.Detail!);
            return Results.Problem(title: body.Title, detail: body.Detail, statusCode: body.Status);
        }
        Activity.Current?.SetTag("timeline.media_type", body.MediaType);

        var metadata = ReadCallerMetadata(http.Request.Query);
        if (metadata.Error is { } metadataError)
        {
            IngestionMetrics.Count(ArticleIntake.Rejected);
            LogRefused(logger, StatusCodes.Status422UnprocessableEntity, metadataError);
            return Results.Problem(title: "Invalid metadata", detail: metadataError, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        var caller = metadata.Metadata!;

        IReadOnlyList<ParseItem> items;
        var started = Stopwatch.GetTimestamp();
        try
        {
            items = ArticleParser.Parse(body.MediaType, body.Text, caller);
        }
        catch (MalformedInputException ex)
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, ex.Message);
            return Results.Problem(title: "Malformed body", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            IngestionMetrics.ParseDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("media_type", body.MediaType));
        }

        var accepted = new List<IngestedArticle>();
        var rejected = new List<RejectedArticle>();
        foreach (var item in items)
        {
            if (item.Article is not { } article)
            {
                IngestionMetrics.Count(ArticleIntake.Rejected);
                rejected.Add(new RejectedArticle(item.Index, item.Error ?? "Rejected."));
                continue;
            }
            var outcome = await intake.IngestAsync(article, cancellationToken).ConfigureAwait(false);
            accepted.Add(new IngestedArticle(outcome.Id, outcome.Status, outcome.DuplicateOf, article.Language, article.PublishedAt, article.Title));
        }

        if (accepted.Count == 0)
        {
            var detail = rejected.Count == 1 ? rejected[0].Reason : $"None of the {rejected.Count} articles could be accepted.";
            LogRefused(logger, StatusCodes.Status422UnprocessableEntity, detail);
            return Results.Problem(title: "No article accepted", detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["rejected"] = rejected });
        }
        var response = new IngestResponse(accepted, rejected);
        return accepted.Count == 1 ? Results.Accepted($"/api/v1/articles/{accepted[0].Id}", response) : Results.Json(response, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> GetAsync(string id, IArticleStore store, CancellationToken cancellationToken)
    {
        var article = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return article is null
            ? Results.Problem(title: "Article not found", detail: $"No article has the id \"{id}\".", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(new ArticleView(article.Id, article.Source, article.Url, article.Title, article.Language, article.PublishedAt, article.PublishedAtSource,
                article.ContentHash, article.Fingerprint.ToString("x16", CultureInfo.InvariantCulture), article.NearDuplicateOf, article.AcceptedAt, article.RawContentType, article.Body));
    }

    private static async Task<IResult> ReprocessAsync(ArticleIntake intake, IBusControl bus, IOptions<IngestionOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        // Without a broker every publish would wait for it: answer at once and let the caller come back.
        if (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            return BrokerUnavailable(http, "The message broker is not reachable; nothing was republished.");
        }
        try
        {
            var count = await intake.ReprocessAllAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.ReprocessPublishTimeoutSeconds)), cancellationToken).ConfigureAwait(false);
            return Results.Json(new ReprocessResponse(count), statusCode: StatusCodes.Status202Accepted);
        }
        catch (BrokerUnavailableException ex)
        {
            return BrokerUnavailable(http, $"The message broker stopped taking messages after {ex.Republished} articles; retry later (extraction and merging are idempotent, so articles sent twice are not duplicated).");
        }
    }

    private static IResult BrokerUnavailable(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = BrokerRetryAfterSeconds;
        return Results.Problem(title: "Broker unavailable", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private const string BrokerRetryAfterSeconds = "30";

    private sealed record MetadataResult(CallerMetadata? Metadata, string? Error);

    private static MetadataResult ReadCallerMetadata(IQueryCollection query)
    {
        string? Value(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        DateTimeOffset? published = null;
        if (Value("publishedAt") is { } publishedText)
        {
            published = PublicationDateParser.ParseTimestamp(publishedText);
            if (published is null)
            {
                return new MetadataResult(null, $"publishedAt is not a valid date: \"{publishedText}\" (use ISO 8601, e.g. 2023-10-19 or 2023-10-19T08:00:00Z).");
            }
        }
        var language = Value("language");
        if (language is not null && LanguageDetector.PrimaryTag(language) is null)
        {
            return new MetadataResult(null, $"language is not a language code: \"{language}\" (use e.g. ar or en).");
        }
        var url = Value("url");
        if (url is not null && !ArticleUrl.IsAccepted(url))
        {
            return new MetadataResult(null, ArticleUrl.Refusal("url", url));
        }
        return new MetadataResult(new CallerMetadata(Value("source"), url, Value("title"), published, language), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion request refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);
}
