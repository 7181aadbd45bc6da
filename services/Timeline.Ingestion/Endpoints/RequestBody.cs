using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Timeline.Ingestion.Endpoints;

/// <summary>Reads a request body as text within the size limit, or says which 4xx it deserves.</summary>
internal static class RequestBody
{
    private const int Utf7CodePage = 65000;

    static RequestBody() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The body's text, or an error status with a detail.</summary>
    /// <param name="MediaType">The request's media type, lower case.</param>
    /// <param name="Text">The decoded body.</param>
    /// <param name="Status">An error status, or 0.</param>
    /// <param name="Title">Short error title.</param>
    /// <param name="Detail">Error detail.</param>
    internal sealed record Result(string MediaType, string Text, int Status, string? Title, string? Detail);

    public static async Task<Result> ReadAsync(HttpRequest request, long maxBytes, IReadOnlySet<string> supported, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType) || !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Send a Content-Type header: one of {string.Join(", ", supported)}.");
        }
        mediaType = mediaType.ToLowerInvariant();
        if (!supported.Contains(mediaType))
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"{mediaType} is not accepted; use one of {string.Join(", ", supported)}.");
        }
        if (request.ContentLength > maxBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is {request.ContentLength} bytes; the limit is {maxBytes}.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return Error(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.");
                }
            }
        }
        catch (BadHttpRequestException ex)
        {
            // The server refuses a chunked body past the limit (413) or a malformed chunk (400) while it is read.
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Error(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {maxBytes} bytes.")
                : Error(StatusCodes.Status400BadRequest, "Malformed body", $"The request body could not be read: {ex.Message}");
        }
        if (buffer.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "Empty body", "The request body is empty.");
        }

        Encoding encoding;
        var charset = contentType.Charset.HasValue ? contentType.Charset.Value!.Trim('"') : "utf-8";
        try
        {
            encoding = Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported charset", $"The charset \"{charset}\" is not known.");
        }
        if (encoding.CodePage == Utf7CodePage)
        {
            // UTF-7 hides markup from filters that read the bytes as ASCII, and browsers no longer support it.
            return Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported charset", "UTF-7 is not accepted; send UTF-8.");
        }

        string text;
        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            text = encoding.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Error(StatusCodes.Status400BadRequest, "Undecodable body", $"The body is not valid {encoding.WebName} text.");
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Error(StatusCodes.Status400BadRequest, "Binary body", "The body holds binary data, not text.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Error(StatusCodes.Status400BadRequest, "Empty body", "The request body holds only whitespace.");
        }
        return new Result(mediaType, text, 0, null, null);

        static Result Error(int status, string title, string detail) => new(string.Empty, string.Empty, status, title, detail);
    }
}
