using System.Text.RegularExpressions;
using Timeline.EndToEnd.Tests.Infrastructure;

namespace Timeline.EndToEnd.Tests;

/// <summary>The README's shell examples, held to what works when copied as written.</summary>
public sealed partial class ReadmeExamplesTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static IEnumerable<string> ShellLines() =>
        ShellBlock().Matches(Readme).SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.Trim());

    [Fact]
    public void No_request_line_in_an_example_carries_raw_non_ascii_text()
    {
        // Kestrel refuses raw UTF-8 in the request line with an empty 400; such values must go through --data-urlencode.
        var urls = ShellLines().Where(l => l.StartsWith("curl", StringComparison.Ordinal))
            .SelectMany(l => QuotedOrBareUrl().Matches(l).Select(m => m.Value))
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(url.All(char.IsAscii), $"README example sends raw non-ASCII in a URL: {url}"));
    }

    [Fact]
    public void Ingestion_examples_name_the_ingestion_address_once_for_both_modes()
    {
        var section = Readme[Readme.IndexOf("## Feeding it articles", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];

        Assert.Contains("INGEST=http://localhost:8080", section, StringComparison.Ordinal);
        Assert.Contains("http://localhost:8081 when the services run separately", section, StringComparison.Ordinal);
        Assert.DoesNotContain("curl -X POST http://localhost:", section, StringComparison.Ordinal);
        Assert.DoesNotContain("curl -X POST 'http://localhost:", section, StringComparison.Ordinal);
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"https?://[^\s'""]+")]
    private static partial Regex QuotedOrBareUrl();
}
