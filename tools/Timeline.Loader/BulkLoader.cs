using System.Diagnostics;

namespace Timeline.Loader;

/// <summary>Counts after a load.</summary>
public sealed class LoadSummary
{
    /// <summary>Articles stored as new.</summary>
    public int Accepted { get; set; }
    /// <summary>Articles stored and linked to the same story from elsewhere.</summary>
    public int NearDuplicates { get; set; }
    /// <summary>Articles already stored (same URL or text).</summary>
    public int Duplicates { get; set; }
    /// <summary>Items finished in an earlier run and not sent again.</summary>
    public int Skipped { get; set; }
    /// <summary>Refused articles with the reason, per item.</summary>
    public List<(string Item, string Reason)> Rejected { get; } = [];
    /// <summary>Items whose call failed; they stay unfinished and are retried on the next run.</summary>
    public List<(string Item, string Reason)> Failed { get; } = [];
    /// <summary>Items sent in this run.</summary>
    public int Sent { get; set; }
    /// <summary>Wall time of the run.</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Items per second sent in this run.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Sent / Elapsed.TotalSeconds : 0;
}

/// <summary>Posts items one after another, skipping those finished before, recording each finished one.</summary>
public sealed class BulkLoader(IngestionClient client, LoaderState state, string? source = null)
{
    /// <summary>Loads <paramref name="items"/>; <paramref name="onItem"/> sees the summary after every item (for a progress display).</summary>
    public async Task<LoadSummary> RunAsync(IReadOnlyList<LoadItem> items, Action<LoadItem, LoadSummary>? onItem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = new LoadSummary();
        var clock = Stopwatch.StartNew();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (state.IsDone(item.Key))
            {
                summary.Skipped++;
                onItem?.Invoke(item, summary);
                continue;
            }

            var result = await client.PostAsync(item, source, cancellationToken).ConfigureAwait(false);
            summary.Sent++;
            if (result.Failure is { } failure)
            {
                summary.Failed.Add((item.Label, failure));
            }
            else
            {
                foreach (var status in result.Statuses)
                {
                    switch (status)
                    {
                        case "accepted": summary.Accepted++; break;
                        case "near_duplicate": summary.NearDuplicates++; break;
                        default: summary.Duplicates++; break;
                    }
                }
                summary.Rejected.AddRange(result.Rejections.Select(r => (item.Label, r)));
                state.MarkDone(item.Key);
            }
            summary.Elapsed = clock.Elapsed;
            onItem?.Invoke(item, summary);
        }
        summary.Elapsed = clock.Elapsed;
        return summary;
    }
}
