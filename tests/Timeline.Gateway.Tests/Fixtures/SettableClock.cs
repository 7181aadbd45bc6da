namespace Timeline.Gateway.Tests.Fixtures;

/// <summary>The system clock, except while a test pins it (the store records each version at the clock's time; as-of queries read that).</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset? Pinned { get; set; }

    public override DateTimeOffset GetUtcNow() => Pinned ?? base.GetUtcNow();
}
