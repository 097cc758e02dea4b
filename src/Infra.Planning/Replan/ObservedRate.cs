using Infra.Core.Progress;

namespace Infra.Planning.Replan;

/// <summary>The civil-works rate reached so far, from the trench reports (no I/O).</summary>
public static class ObservedRate
{
    private const double DaysPerQuarter = 365.25 / 4;

    /// <summary>
    /// Trench metres dug by <paramref name="stichtag"/> (newest report per trench on or before it, capped at the trench's
    /// metres) per quarter since <paramref name="projectStart"/>; null before the start or when nothing was dug.
    /// </summary>
    public static double? TrenchMetresPerQuarter(
        IReadOnlyList<BaselineTrench> trenches, IReadOnlyList<TrenchProgress> progress, DateOnly projectStart, DateOnly stichtag)
    {
        ArgumentNullException.ThrowIfNull(trenches);
        ArgumentNullException.ThrowIfNull(progress);
        var newest = progress.Where(p => p.ReportedOn <= stichtag)
            .GroupBy(p => p.TrenchId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.ReportedOn)!.MetresBuilt, StringComparer.Ordinal);
        var dug = trenches.Sum(t => Math.Clamp(newest.GetValueOrDefault(t.TrenchId), 0, t.TrenchMetres));
        var days = stichtag.DayNumber - projectStart.DayNumber + 1;
        return days <= 0 || dug <= 0 ? null : dug / (days / DaysPerQuarter);
    }
}
