using Timeline.Eval;
using Timeline.Eval.Scoring;

namespace Timeline.Extraction.Tests.Eval;

/// <summary>The eval refuses to score what it could not read or ingest, and says what it was.</summary>
public sealed class EvalRunTests : IDisposable
{
    private readonly DirectoryInfo _corpus = Directory.CreateTempSubdirectory("timeline-eval-tests-");

    [Fact]
    public void A_missing_corpus_folder_or_gold_file_is_named_by_its_full_path()
    {
        var gold = Path.Combine(_corpus.FullName, "gold.json");
        File.WriteAllText(gold, "[]");
        var missing = Path.Combine(_corpus.FullName, "no-such-corpus");

        Assert.Equal($"corpus folder not found: {missing} (--corpus {missing})", EvalInputs.Problem(missing, gold));
        Assert.Equal($"gold file not found: {missing}.json (--gold {missing}.json)", EvalInputs.Problem(_corpus.FullName, missing + ".json"));
        Assert.Equal(EvalInputs.Usage, EvalInputs.Problem(null, gold));
        Assert.Null(EvalInputs.Problem(_corpus.FullName, gold));
    }

    [Fact]
    public async Task An_article_ingestion_does_not_accept_fails_the_run_naming_the_file_and_status()
    {
        File.WriteAllText(Path.Combine(_corpus.FullName, "boilerplate.txt"), "[ad_1]\nspot_img\nShare this\nSource link");
        GoldArticle[] gold = [new() { File = "boilerplate.txt", Published = "2024-06-19" }];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EvalRun.RunAsync(_corpus.FullName, gold, TextWriter.Null, TestContext.Current.CancellationToken));

        Assert.StartsWith("ingesting boilerplate.txt answered 422, not 202", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _corpus.Delete(recursive: true);
}
