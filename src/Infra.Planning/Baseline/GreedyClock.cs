namespace Infra.Planning.Baseline;

/// <summary>The greedy's time share: started on construction, expired once the share has passed on the given clock.</summary>
internal sealed class GreedyClock
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly double _limitSeconds;

    public GreedyClock(TimeProvider time, double limitSeconds)
    {
        _time = time;
        _limitSeconds = limitSeconds;
        _start = time.GetTimestamp();
    }

    /// <summary>Set once <see cref="Expired"/> has found the share used up; stays set.</summary>
    public bool Stopped { get; private set; }

    public double ElapsedSeconds => _time.GetElapsedTime(_start).TotalSeconds;

    /// <summary>Whether the share is used up (reads the clock; unlimited shares never expire).</summary>
    public bool Expired
    {
        get
        {
            if (!Stopped && !double.IsPositiveInfinity(_limitSeconds) && ElapsedSeconds >= _limitSeconds)
            {
                Stopped = true;
            }

            return Stopped;
        }
    }
}
