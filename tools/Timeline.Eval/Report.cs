using System.Globalization;
using System.Text.Json;
using Timeline.Eval.Scoring;

namespace Timeline.Eval;

/// <summary>Prints a score report as a table (misses, false positives, duplicates) and writes it as JSON.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the table; the summary line comes last.</summary>
    public static void Print(ScoreReport report, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timeline events: {report.SystemCount}, gold events (after union): {report.GoldCount}, matched: {report.Matches.Count}"));
        w.WriteLine();
        w.WriteLine("MISSES (gold events no timeline event matched)");
        w.WriteLine($"  {"type",-22}{"date",-12}{"actors",-38}summary");
        foreach (var m in report.Misses)
        {
            w.WriteLine($"  {m.Head.Type,-22}{m.Head.Date,-12}{Cut(string.Join(", ", m.Head.Actors), 36),-38}{m.Head.Summary}");
        }
        w.WriteLine();
        w.WriteLine("FALSE POSITIVES (timeline events matching no gold event; * = evidence in an off-topic region)");
        w.WriteLine($"  {"type",-22}{"date",-12}{"actors",-38}summary");
        foreach (var f in report.FalsePositives)
        {
            var mark = report.OffTopic.Contains(f) ? "*" : " ";
            w.WriteLine($" {mark}{f.Type,-22}{f.Date ?? "-",-12}{Cut(string.Join(", ", f.Actors), 36),-38}{f.Summary}");
        }
        w.WriteLine();
        w.WriteLine("DUPLICATES (timeline events matching an already matched gold event)");
        foreach (var d in report.DuplicateEvents)
        {
            w.WriteLine($"  {d.Type,-22}{d.Date ?? "-",-12}{Cut(string.Join(", ", d.Actors), 36),-38}{d.Summary}");
        }
        w.WriteLine();
        w.WriteLine("INEXACT DATES (matched, date not exactly the gold's)");
        foreach (var (s, g, exact) in report.Matches.Where(m => !m.ExactDate))
        {
            w.WriteLine($"  {s.Type,-22}{s.Date ?? "-",-12}gold {g.Head.Date,-12}{s.Summary}");
        }
        w.WriteLine();
        w.WriteLine("SOURCES (gold events reported by several articles: articles cited by the matching timeline event)");
        foreach (var (g, s, cited) in report.MultiSource)
        {
            var mark = cited < g.Files.Count ? "!" : " ";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {mark}{g.Head.Type,-22}{g.Head.Date,-12}{cited} of {g.Files.Count,-3}{s.Summary}"));
        }
        w.WriteLine();
        w.WriteLine(report.Line);
    }

    /// <summary>Writes the report as JSON.</summary>
    public static void WriteJson(ScoreReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var doc = new
        {
            precision = Math.Round(report.Precision, 4),
            recall = Math.Round(report.Recall, 4),
            f1 = Math.Round(report.F1, 4),
            date_exact = Math.Round(report.DateExact, 4),
            duplicates = report.Duplicates,
            timeline_events = report.SystemCount,
            gold_events = report.GoldCount,
            matches = report.Matches.Select(m => new { @event = m.System.Id, type = m.System.Type, date = m.System.Date, gold_date = m.Gold.Head.Date, exact_date = m.ExactDate, summary = m.System.Summary }),
            misses = report.Misses.Select(m => new { type = m.Head.Type, date = m.Head.Date, actors = m.Head.Actors, summary = m.Head.Summary, files = m.Members.Select(x => x.File) }),
            false_positives = report.FalsePositives.Select(f => new { @event = f.Id, type = f.Type, date = f.Date, actors = f.Actors, summary = f.Summary, off_topic = report.OffTopic.Contains(f), evidence = f.Evidence.Select(e => new { source = e.Source, sentence = e.Sentence }) }),
            multi_source = report.MultiSource.Select(m => new { @event = m.System.Id, type = m.Gold.Head.Type, date = m.Gold.Head.Date, reported_by = m.Gold.Files.Order(StringComparer.Ordinal), cited = m.Cited }),
            duplicates_list = report.DuplicateEvents.Select(d => new { @event = d.Id, type = d.Type, date = d.Date, summary = d.Summary }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(doc, Indented));
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
