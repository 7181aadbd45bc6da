namespace Timeline.Ingestion.Intake;

/// <summary>
/// The SimHashes of the articles this instance stored most recently, kept in memory so the copies of a wire story that
/// arrive together (the normal case with syndication) find their original without a store query. A scan of the whole
/// ring is a few tens of microseconds; reading candidate articles from the store costs milliseconds each. A miss still
/// asks the store, which knows older articles and those stored by other instances.
/// </summary>
public sealed class RecentFingerprints
{
    /// <summary>How many fingerprints are kept (the oldest go first): 16 bytes each plus the id.</summary>
    public const int Capacity = 65_536;

    private readonly ulong[] _hashes = new ulong[Capacity];
    private readonly string[] _ids = new string[Capacity];
    private readonly Lock _gate = new();
    private long _added;

    /// <summary>Remembers a stored article's SimHash.</summary>
    public void Add(string articleId, ulong simHash)
    {
        lock (_gate)
        {
            var slot = (int)(_added % Capacity);
            _hashes[slot] = simHash;
            _ids[slot] = articleId;
            _added++;
        }
    }

    /// <summary>
    /// The remembered article closest to <paramref name="simHash"/> within <paramref name="maxDistance"/> bits (the
    /// earliest stored among equally close ones), other than <paramref name="excludeId"/>; null when none is that close.
    /// </summary>
    public string? FindNear(ulong simHash, int maxDistance, string excludeId)
    {
        lock (_gate)
        {
            var count = (int)Math.Min(_added, Capacity);
            var oldest = _added - count;
            string? best = null;
            var bestDistance = int.MaxValue;
            for (var n = oldest; n < _added; n++)
            {
                var slot = (int)(n % Capacity);
                var distance = Parsing.StoryFingerprint.Distance(_hashes[slot], simHash);
                if (distance <= maxDistance && distance < bestDistance && _ids[slot] != excludeId)
                {
                    best = _ids[slot];
                    bestDistance = distance;
                }
            }
            return best;
        }
    }
}
