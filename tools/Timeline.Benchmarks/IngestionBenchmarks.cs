using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Timeline.Ingestion.Parsing;

namespace Timeline.Benchmarks;

/// <summary>Parse + clean + date + fingerprint per article: the five seed pages as text, and a 10 KB HTML page.</summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    /// <summary>A short run inside this process: building a separate benchmark project takes minutes on a busy machine.</summary>
    internal sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private string _seedText = string.Empty;

    [Params("000", "001", "002", "003", "004")]
    public string Seed { get; set; } = "000";

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(RepoRoot(), "..", "shared", "corpus", "seeds");
        _seedText = File.ReadAllText(Directory.GetFiles(seeds, Seed + "_*.txt").Single());
    }

    [Benchmark(Description = "seed page, text/plain")]
    public IReadOnlyList<ParseItem> SeedPage() => ArticleParser.Parse("text/plain", _seedText, CallerMetadata.None);

    /// <summary>A news page of just over 10 KB (UTF-8): head meta, navigation, the story, related links, footer.</summary>
    public static string TenKilobytePage()
    {
        string[] paragraphs =
        [
            "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit, the ministry said in a statement.",
            "He met North Korean Foreign Minister Choe Son Hui on Thursday, and the two sides discussed the agreements reached at the September summit.",
            "وصل وزير الخارجية الروسي إلى بيونغ يانغ مساء الأربعاء في زيارة تستغرق يومين، وفق ما أعلنت وزارة الخارجية في بيان.",
            "وبحث الجانبان تنفيذ الاتفاقات التي توصل إليها الزعيمان خلال قمتهما في سبتمبر الماضي، وفق وسائل إعلام رسمية.",
            "The ministry said the talks covered trade, energy and regional security, and that further meetings were planned before the end of the year.",
        ];
        var sb = new StringBuilder();
        sb.Append("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lavrov visits Pyongyang | Example</title>
            <meta property="og:title" content="Lavrov visits Pyongyang"><meta property="og:site_name" content="Example">
            <meta property="article:published_time" content="2023-10-19T08:00:00Z"><link rel="canonical" href="https://example.org/lavrov">
            <script>var x = 1;</script><style>body{font-family:sans-serif}</style></head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
            <main><article><h1>Lavrov visits Pyongyang</h1><time datetime="2023-10-19">19 October 2023</time>
            """);
        var i = 0;
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 9_600)
        {
            sb.Append("<p>").Append(paragraphs[i % paragraphs.Length]).Append(' ').Append("(paragraph ").Append(i).Append(")</p>\n");
            if (i % 4 == 3)
            {
                sb.Append("<div class=\"ad-slot\">Advertisement</div><figure><img src=\"a.jpg\"><figcaption>Lavrov in Pyongyang (Reuters)</figcaption></figure>\n");
            }
            i++;
        }
        sb.Append("""
            </article><aside class="related"><h3>Related</h3><ul><li><a href="/1">Markets close higher</a></li><li><a href="/2">Weather warning issued</a></li></ul></aside></main>
            <footer><p>© 2023 Example. All rights reserved.</p></footer></body></html>
            """);
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 10_240)
        {
            sb.Append("<!-- padding -->");
        }
        return sb.ToString();
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Parse + clean + date + fingerprint of one 10 KB HTML news page (target: under 1 ms).</summary>
[Config(typeof(IngestionBenchmarks.ShortInProcess))]
[MemoryDiagnoser]
public class IngestionHtmlBenchmarks
{
    private readonly string _html = IngestionBenchmarks.TenKilobytePage();

    [Benchmark(Description = "10 KB HTML page")]
    public IReadOnlyList<ParseItem> HtmlPage() => ArticleParser.Parse("text/html", _html, CallerMetadata.None);
}
