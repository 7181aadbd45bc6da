namespace Timeline.Eval;

/// <summary>Checks the eval's --corpus and --gold before a run, so a missing input is named rather than met as a usage line.</summary>
public static class EvalInputs
{
    /// <summary>The usage line.</summary>
    public const string Usage = "usage: Timeline.Eval --corpus DIR --gold FILE [--json OUT] [--events OUT] [--explain]";

    /// <summary>What is wrong with the inputs, naming the missing folder or file by its full path; null when both exist.</summary>
    public static string? Problem(string? corpus, string? gold)
    {
        if (corpus is null || gold is null)
        {
            return Usage;
        }
        if (!Directory.Exists(corpus))
        {
            return $"corpus folder not found: {Path.GetFullPath(corpus)} (--corpus {corpus})";
        }
        return File.Exists(gold) ? null : $"gold file not found: {Path.GetFullPath(gold)} (--gold {gold})";
    }
}
