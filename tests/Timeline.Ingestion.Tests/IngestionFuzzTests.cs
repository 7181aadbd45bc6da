using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Timeline.Ingestion.Tests;

/// <summary>Seeded random bodies, content types, charsets and metadata: ingestion never answers 500, and refuses with problem+json.</summary>
public class IngestionFuzzTests
{
    private static readonly string[] MediaTypes =
    [
        "text/plain", "text/html", "application/json", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
        "application/xhtml+xml", "application/pdf", "text/plain; charset=utf-7", "text/plain; charset=utf-16", "text/plain; charset=utf-32",
        "text/plain; charset=windows-1256", "text/plain; charset=iso-8859-6", "text/plain; charset=\"\"", "text/plain; charset=x-nope",
        "application/json; charset=utf-16be", "text/html; charset=shift_jis", "text/plain; charset=utf-8; boundary=x", "*/*", "text/", "application/json;;;",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"body\":", "\"url\":", "\"publishedAt\":", "\"language\":", "\"html\":", "null", "true", "1e999", "-0", "\"\\u0000\"",
        "<rss>", "</rss>", "<channel>", "<item>", "<link>", "javascript:alert(1)", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<html>", "<script>", "لافروف", "Pyongyang", "\u202E", "\uFEFF", "\r\n", "\0",
        "9999-12-31", "0000-00-00", "+ADw-", "%00", "\\", "\"", "'", " ", new string('a', 300), new string('[', 40),
    ];

    private static readonly string[] Queries =
    [
        "", "?url=javascript:alert(1)", "?url=http://", "?url=https://example.org/a", "?publishedAt=9999-99-99", "?publishedAt=2024-06-19",
        "?language=xx-%00", "?language=ar", "?source=%E2%80%AE", "?title=" + new string('t', 2000), "?url=%zz", "?publishedAt=-1",
    ];

    [Fact(Timeout = 240_000)]
    public async Task Fuzzed_bodies_content_types_and_metadata_never_get_a_500_and_every_refusal_is_problem_json()
    {
        await using var host = await IngestionHost.StartAsync(maxBodyBytes: 64 * 1024);
        var random = new Random(20261203);
        var failures = new List<string>();

        for (var i = 0; i < 400; i++)
        {
            var body = Body(random);
            var mediaType = MediaTypes[random.Next(MediaTypes.Length)];
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles" + Queries[random.Next(Queries.Length)]) { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
            using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status >= 400 && !problem) || (status < 400 && status != 202))
            {
                failures.Add($"case {i}: {status} for {mediaType} body {Convert.ToBase64String(body.AsSpan(0, Math.Min(body.Length, 120)))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static byte[] Body(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var bytes = new byte[random.Next(0, 2048)];
                random.NextBytes(bytes);
                return bytes;
            case 1:
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Fragments[random.Next(Fragments.Length)])));
            case 2:
                // A valid article with one field swapped for a fragment.
                var field = new[] { "body", "url", "publishedAt", "language", "html", "title", "source" }[random.Next(7)];
                return Encoding.UTF8.GetBytes($$"""{"body": "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang.", "{{field}}": {{Fragments[random.Next(Fragments.Length)]}}}""");
            default:
                var text = Encoding.UTF8.GetBytes("Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Thursday.");
                // Flip a few bytes of readable text.
                for (var k = 0; k < random.Next(1, 6); k++)
                {
                    text[random.Next(text.Length)] = (byte)random.Next(256);
                }
                return text;
        }
    }
}
