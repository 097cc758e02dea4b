namespace Infra.Data.Tests.Support;

/// <summary>A clock that stands still.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
