
using Timeline.Eval;
using Timeline.Eval.Scoring;

// dotnet run --project tools/Timeline.Eval -- --corpus DIR --gold FILE [--json OUT] [--events OUT] [--explain]
string? corpus = null, goldPath = null, jsonOut = null, eventsOut = null;
var explain = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
        case "--gold" when i + 1 < args.Length: goldPath = args[++i]; break;
        case "--json" when i + 1 < args.Length: jsonOut = args[++i]; break;
        case "--events" when i + 1 < args.Length: eventsOut = args[++i]; break;
        case "--explain": explain = true; break;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}");
            return 2;
    }
}
if (EvalInputs.Problem(corpus, goldPath) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}
var (corpusDir, goldFile) = (corpus!, goldPath!);

var gold = GoldFile.Load(goldFile);
var events = await EvalRun.RunAsync(corpusDir, gold, Console.Out, CancellationToken.None);

var system = events
    .Where(e => e.Status is not "retired" && e.MergedInto is null)
    .Select(e => new SystemEvent(
        e.Id,
        e.Type,
        e.Date?.Value,
        [.. e.Participants.Select(p => p.Name)],
        e.Countries,
        e.Summary,
        [.. e.Mentions.Select(m => (m.Source, m.Sentence))]))
    .ToList();
var regions = new OffTopicRegions(gold, f => File.Exists(Path.Combine(corpusDir, f)) ? File.ReadAllText(Path.Combine(corpusDir, f)) : null);
var report = Scorer.Score(gold, system, regions.IsOffTopic);
Console.WriteLine();
if (explain)
{
    MissExplainer.Print(MissExplainer.Explain(report, system), Console.Out);
}
Report.Print(report, Console.Out);
if (jsonOut is not null)
{
    Report.WriteJson(report, jsonOut);
}
if (eventsOut is not null)
{
    // The whole timeline as the gateway serves it, mentions included, for looking into a score.
    await File.WriteAllTextAsync(eventsOut, System.Text.Json.JsonSerializer.Serialize(events, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true }));
}


return 0;
