using Spectre.Console;
using Timeline.Loader;

LoaderOptions options;
IReadOnlyList<LoadItem> items;
try
{
    options = LoaderOptions.Parse(args);
    items = InputCollector.Collect(options.Input);
}
catch (Exception ex) when (ex is ArgumentException or IOException)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
    return 2;
}

using var http = new HttpClient { BaseAddress = options.ApiUrl, Timeout = TimeSpan.FromSeconds(60) };
var state = LoaderState.Load(options.StatePath);
var loader = new BulkLoader(new IngestionClient(http, options.ApiKey), state, options.Source);
AnsiConsole.MarkupLineInterpolated($"Loading [bold]{items.Count}[/] items from {options.Input} into {options.ApiUrl} ({state.Count} finished before, state in {options.StatePath})");

LoadSummary summary = null!;
await AnsiConsole.Progress()
    .AutoClear(false)
    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
    .StartAsync(async context =>
    {
        var task = context.AddTask("starting", maxValue: Math.Max(1, items.Count));
        summary = await loader.RunAsync(items, (_, s) =>
        {
            task.Increment(1);
            task.Description = $"accepted {s.Accepted}  near-dup {s.NearDuplicates}  dup {s.Duplicates}  rejected {s.Rejected.Count}  failed {s.Failed.Count}  skipped {s.Skipped}  {s.Rate:F1}/s";
        }, CancellationToken.None);
    });

var table = new Table().AddColumn("outcome").AddColumn(new TableColumn("count").RightAligned());
table.AddRow("accepted", summary.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
table.AddRow("near duplicates (stored, linked)", summary.NearDuplicates.ToString(System.Globalization.CultureInfo.InvariantCulture));
table.AddRow("duplicates", summary.Duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture));
table.AddRow("rejected", summary.Rejected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
table.AddRow("failed (retried next run)", summary.Failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
table.AddRow("skipped (finished before)", summary.Skipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
AnsiConsole.Write(table);
foreach (var (item, reason) in summary.Rejected.Concat(summary.Failed))
{
    AnsiConsole.MarkupLineInterpolated($"[yellow]{item}[/]: {reason}");
}
AnsiConsole.MarkupLineInterpolated($"{summary.Sent} items in {summary.Elapsed.TotalSeconds:F1} s ({summary.Rate:F1}/s)");
return summary.Failed.Count > 0 ? 1 : 0;
