using Infra.Planning.Schedule;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// The three-line curve: the Ausgangsplan's connected share at every quarter end (as stored with it), the Ist recomputed
/// from the recorded actual dates at every quarter end before the Stichtag and on the Stichtag, and the Fortschreibung
/// from the Stichtag (where it starts at the Ist) over its quarters.
/// </summary>
internal static class CurveBuilder
{
    public static IReadOnlyList<CurvePoint> Build(StatusInputs input, IReadOnlyList<SiteFacts> sites)
    {
        var stichtag = input.Stichtag;
        var baseline = input.BaselineQuarters.ToDictionary(q => q.LastDay, q => q.ConnectedShare);
        var replan = input.ReplanQuarters.Where(q => q.LastDay > stichtag).ToDictionary(q => q.LastDay, q => q.ConnectedShare);
        var points = new List<CurvePoint>();
        foreach (var day in baseline.Keys.Union(replan.Keys).Order())
        {
            if (!Quarter.FromDate(day).LastDay.Equals(day))
            {
                continue;
            }

            double? actual = day < stichtag ? Ist(sites, day) : null;
            points.Add(new CurvePoint(Quarter.FromDate(day), day, false, baseline.TryGetValue(day, out var b) ? b : null, actual,
                replan.TryGetValue(day, out var r) ? r : null));
        }

        var ist = Ist(sites, stichtag);
        var planned = sites.Count == 0 ? 0 : (double)sites.Count(s => s.PlannedBy(stichtag)) / sites.Count;
        var at = points.FindIndex(p => p.Date >= stichtag);
        var point = new CurvePoint(Quarter.FromDate(stichtag), stichtag, true, planned, ist, input.Replan is null ? null : ist);
        if (at >= 0 && points[at].Date == stichtag)
        {
            points[at] = point with { Baseline = points[at].Baseline ?? planned, Replan = points[at].Replan ?? point.Replan };
        }
        else
        {
            points.Insert(at < 0 ? points.Count : at, point);
        }

        return points;
    }

    private static double Ist(IReadOnlyList<SiteFacts> sites, DateOnly date) =>
        sites.Count == 0 ? 0 : (double)sites.Count(s => s.ConnectedOn(date)) / sites.Count;
}
