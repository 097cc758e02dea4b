using Infra.Core.Plans;

namespace Infra.Data.Progress.Synthetic;

/// <summary>
/// Civil works as they actually go: the baseline's trenches are dug in their planned order at a fraction of the
/// baseline's mean trench metres per quarter (<see cref="LagAssumptions"/>), quarter by quarter from the project
/// start. Maps a cumulative number of metres to the day it is reached, and a planned date to the day the work the
/// baseline planned up to it is actually done (the time warp every fibre site's dates follow).
/// </summary>
internal sealed class TrenchTimeline
{
    private const int MaxQuarters = 400;

    private readonly DateOnly _start;
    private readonly List<double> _cumulative = [0];
    private readonly (PlanTrench Trench, double End)[] _trenches;
    private readonly double[] _plannedEnds;
    private readonly DateOnly[] _plannedDone;

    public TrenchTimeline(IReadOnlyList<PlanTrench> trenches, DateOnly projectStart, LagAssumptions lag, int seed)
    {
        _start = QuarterStart(projectStart);
        var ordered = trenches.Where(t => t.TrenchM > 0 && t.DugDate is not null)
            .OrderBy(t => t.DugDate).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var end = 0.0;
        _trenches = ordered.Select(t => (t, end += t.TrenchM)).ToArray();
        _plannedEnds = _trenches.Select(t => t.End).ToArray();
        _plannedDone = ordered.Select(t => t.DugDate!.Value).ToArray();
        Total = end;
        if (ordered.Length == 0)
        {
            return;
        }

        var quarters = QuarterIndex(ordered[^1].DugDate!.Value) + 1;
        var pace = Total / Math.Max(1, quarters);
        for (var k = 0; _cumulative[^1] < Total && k < MaxQuarters; k++)
        {
            var random = new Random(SeedHash.Of(seed, "tiefbau-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var share = k < 4 ? lag.FirstYearTrenchShare : k < 8 ? lag.SecondYearTrenchShare : lag.SteadyTrenchShare;
            if (QuarterStartOf(k).Month == 1)
            {
                share *= lag.WinterFactor;
            }

            share *= 1 + (lag.QuarterNoise * ((2 * random.NextDouble()) - 1));
            _cumulative.Add(_cumulative[^1] + Math.Max(0.01, share) * pace);
        }
    }

    /// <summary>Trench metres of the baseline.</summary>
    public double Total { get; }

    /// <summary>The trenches in digging order with the cumulative metres at their end.</summary>
    public IReadOnlyList<(PlanTrench Trench, double End)> Trenches => _trenches;

    /// <summary>Metres dug by the end of <paramref name="date"/>.</summary>
    public double DugBy(DateOnly date)
    {
        if (date < _start || Total == 0)
        {
            return 0;
        }

        var k = QuarterIndex(date);
        if (k + 1 >= _cumulative.Count)
        {
            return _cumulative[^1];
        }

        var (from, to) = (QuarterStartOf(k), QuarterStartOf(k + 1));
        var share = (date.DayNumber - from.DayNumber + 1) / (double)(to.DayNumber - from.DayNumber);
        return _cumulative[k] + (share * (_cumulative[k + 1] - _cumulative[k]));
    }

    /// <summary>The day the cumulative metres reach <paramref name="metres"/> (the project start for 0).</summary>
    public DateOnly DayReaching(double metres)
    {
        if (metres <= 0 || _cumulative.Count < 2)
        {
            return _start;
        }

        var k = 0;
        while (k + 1 < _cumulative.Count - 1 && _cumulative[k + 1] < metres)
        {
            k++;
        }

        var (from, to) = (QuarterStartOf(k), QuarterStartOf(k + 1));
        var span = _cumulative[k + 1] - _cumulative[k];
        var share = span <= 0 ? 1 : Math.Clamp((metres - _cumulative[k]) / span, 0, 1);
        return from.AddDays((int)Math.Ceiling(share * (to.DayNumber - from.DayNumber)) - 1);
    }

    /// <summary>
    /// The day the work the baseline planned up to <paramref name="planned"/> is actually done: when the metres of
    /// every trench planned by then are dug; never before <paramref name="planned"/> itself.
    /// </summary>
    public DateOnly Warp(DateOnly planned)
    {
        var count = UpperBound(planned);
        var actual = count == 0 ? _start : DayReaching(_plannedEnds[count - 1]);
        return actual < planned ? planned : actual;
    }

    private int UpperBound(DateOnly date)
    {
        var (lo, hi) = (0, _plannedDone.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_plannedDone[mid] <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int QuarterIndex(DateOnly date) => (((date.Year - _start.Year) * 12) + date.Month - _start.Month) / 3;

    private DateOnly QuarterStartOf(int k) => _start.AddMonths(3 * k);

    private static DateOnly QuarterStart(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);
}
