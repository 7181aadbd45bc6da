namespace Timeline.Loader;

/// <summary>One thing to post: a file, or one item of a feed file.</summary>
/// <param name="Key">Stable key recorded in the state file once the item is finished.</param>
/// <param name="Label">What to call it in the summary.</param>
/// <param name="Content">The body to send.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Url">The article's URL, when a list file named one.</param>
public sealed record LoadItem(string Key, string Label, string Content, string ContentType, string? Url = null);
