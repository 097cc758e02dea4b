namespace Infra.Planning.Solver;

/// <summary>
/// Calls an interrupt (OR-Tools' <c>InterruptSolve</c>) once a deadline has passed, unless disposed first. Disposing
/// waits for a running interrupt, so the solver it interrupts may be disposed right after.
/// </summary>
internal sealed class SolveWatchdog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private bool _done;

    /// <param name="interrupt">What to call at the deadline.</param>
    /// <param name="milliseconds">Time to the deadline; <see cref="Timeout.Infinite"/> for none.</param>
    public SolveWatchdog(Action interrupt, long milliseconds)
    {
        if (milliseconds != Timeout.Infinite)
        {
            _timer = new Timer(_ =>
            {
                lock (_gate)
                {
                    if (!_done)
                    {
                        interrupt();
                    }
                }
            }, null, milliseconds, Timeout.Infinite);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _done = true;
        }

        _timer?.Dispose();
    }
}
