namespace Timeline.ServiceDefaults.Access;

/// <summary>What an API key allows; also the names of the authorization policies that require them.</summary>
public static class ApiScopes
{
    /// <summary>Posting articles.</summary>
    public const string Ingest = "ingest";

    /// <summary>Administrative actions (reprocessing) and the health details.</summary>
    public const string Admin = "admin";

    /// <summary>Claim type carrying one scope of the caller's key.</summary>
    public const string ClaimType = "scope";

    /// <summary>Every scope a key can hold.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Ingest, Admin };
}
