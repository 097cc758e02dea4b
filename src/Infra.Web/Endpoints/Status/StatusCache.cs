using System.Collections.Concurrent;
using Infra.Data;
using Infra.Status.Model;
using Infra.Status.Report;
using Infra.Status.Status;

namespace Infra.Web.Endpoints.Status;

/// <summary>
/// The status (and its report) per requested Stichtag, computed at most every <see cref="MaxAge"/>: it reads every plan
/// site and milestone, and moves only when a plan or progress is stored.
/// </summary>
public sealed class StatusCache(InfraDatabase database, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<DateOnly, Entry> _entries = new();

    public Task<ProgrammeStatus?> StatusAsync(DateOnly? stichtag, CancellationToken ct) => Get(stichtag).Status.WaitAsync(ct);

    /// <summary>The Sachstandsbericht of the status, or null when no plan is stored.</summary>
    public Task<byte[]?> ReportAsync(DateOnly? stichtag, CancellationToken ct) => Get(stichtag).Report.Value.WaitAsync(ct);

    private Entry Get(DateOnly? stichtag)
    {
        var now = time.GetUtcNow();
        // DateOnly.MinValue stands for "the Stichtag of the newest Fortschreibung".
        return _entries.AddOrUpdate(
            stichtag ?? DateOnly.MinValue,
            _ => new Entry(LoadAsync(stichtag), now),
            (_, old) => now - old.At > MaxAge || old.Status.IsFaulted ? new Entry(LoadAsync(stichtag), now) : old);
    }

    private Task<ProgrammeStatus?> LoadAsync(DateOnly? stichtag) => StatusLoader.LoadAsync(database, stichtag, time, CancellationToken.None);

    private sealed class Entry(Task<ProgrammeStatus?> status, DateTimeOffset at)
    {
        public Task<ProgrammeStatus?> Status { get; } = status;

        public DateTimeOffset At { get; } = at;

        public Lazy<Task<byte[]?>> Report { get; } = new(async () =>
            await status.ConfigureAwait(false) is { } s ? await Task.Run(() => Sachstandsbericht.Render(s)).ConfigureAwait(false) : null);
    }
}
