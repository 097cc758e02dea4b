using System.Globalization;
using Infra.Core.Inputs;
using Infra.Core.Progress;
using Infra.Core.Codes;

namespace Infra.Data.Progress;

/// <summary>What a report is checked against: known sites, the latest plan's trenches and the recorded milestones.</summary>
internal sealed record ProgressState(
    IReadOnlySet<string> SiteIds,
    IReadOnlySet<string>? TrenchIds,
    long? PlanVersion,
    IReadOnlyDictionary<(string SiteId, Milestone Milestone), SiteMilestone> Milestones);

/// <summary>
/// Row checks that need the database state or the date (docs/progress-reports.md): unknown ids, duplicates, status
/// and actual date, dates in the future, and milestone order on the state the report would leave behind.
/// </summary>
internal static class ProgressValidator
{
    public static void Validate(ParsedReport report, ProgressState state, DateOnly latestAllowed)
    {
        var errors = report.Errors;
        var seenMilestones = new Dictionary<(string, Milestone), int>();
        var clean = new List<MilestoneRow>();
        foreach (var row in report.Milestones)
        {
            var before = errors.Count;
            if (!state.SiteIds.Contains(row.SiteId))
            {
                errors.Add(Error(report, row, row.SiteId, ProgressColumns.SiteId, $"unknown site id '{row.SiteId}': not in the sites layer"));
            }

            if (!seenMilestones.TryAdd((row.SiteId, row.Milestone), row.Row))
            {
                errors.Add(Error(report, row, row.SiteId, ProgressColumns.Milestone, Invariant(
                    $"milestone {Name(row.Milestone)} of site '{row.SiteId}' is reported twice (first at row {seenMilestones[(row.SiteId, row.Milestone)]})")));
            }

            if (row.Status == MilestoneStatus.Erledigt && row.ActualDate is null)
            {
                errors.Add(Error(report, row, row.SiteId, ProgressColumns.Actual, "status erledigt needs the actual date (ist)"));
            }
            else if (row.Status != MilestoneStatus.Erledigt && row.ActualDate is not null)
            {
                errors.Add(Error(report, row, row.SiteId, ProgressColumns.Actual, $"an actual date (ist) needs status erledigt, not {Name(row.Status)}"));
            }

            if (row.ActualDate > latestAllowed)
            {
                errors.Add(Error(report, row, row.SiteId, ProgressColumns.Actual, Future("actual date", row.ActualDate.Value, latestAllowed)));
            }

            if (errors.Count == before)
            {
                clean.Add(row);
            }
        }

        CheckOrder(report, state, clean);

        var seenTrenches = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in report.Trenches)
        {
            if (state.TrenchIds is null)
            {
                errors.Add(Error(report, row, row.TrenchId, ProgressColumns.TrenchId, "no plan is stored yet, so no trench id is known"));
            }
            else if (!state.TrenchIds.Contains(row.TrenchId))
            {
                errors.Add(Error(report, row, row.TrenchId, ProgressColumns.TrenchId, Invariant(
                    $"unknown trench id '{row.TrenchId}': not a trench of the latest plan (version {state.PlanVersion})")));
            }

            if (!seenTrenches.TryAdd(row.TrenchId, row.Row))
            {
                errors.Add(Error(report, row, row.TrenchId, ProgressColumns.TrenchId, Invariant(
                    $"trench '{row.TrenchId}' is reported twice (first at row {seenTrenches[row.TrenchId]})")));
            }

            if (row.ReportedOn > latestAllowed)
            {
                errors.Add(Error(report, row, row.TrenchId, ProgressColumns.ReportedOn, Future("report date", row.ReportedOn, latestAllowed)));
            }
        }
    }

    /// <summary>
    /// A milestone done requires every earlier one done, on or before its date; WLAN of a site without any uplink
    /// milestone (it keeps its uplink) stands alone. Checked on the recorded milestones overlaid with the report's; the
    /// error goes to the report row that breaks the order.
    /// </summary>
    private static void CheckOrder(ParsedReport report, ProgressState state, List<MilestoneRow> rows)
    {
        var order = Enum.GetValues<Milestone>();
        foreach (var site in rows.GroupBy(r => r.SiteId, StringComparer.Ordinal))
        {
            var reported = site.ToDictionary(r => r.Milestone);
            SiteMilestone? At(Milestone m) =>
                reported.TryGetValue(m, out var r) ? r.ToMilestone() : state.Milestones.GetValueOrDefault((site.Key, m));
            var blamed = new HashSet<int>();
            foreach (var later in order)
            {
                if (At(later) is not { Status: MilestoneStatus.Erledigt, ActualDate: { } laterDate })
                {
                    continue;
                }

                // A site keeping its uplink gets WLAN without any uplink milestone: no uplink row at all means no chain.
                if (later == Milestone.Wlan && order.Where(m => m < Milestone.Wlan).All(m => At(m) is null))
                {
                    continue;
                }

                foreach (var earlier in order.Where(m => m < later))
                {
                    var e = At(earlier);
                    var notDone = e is not { Status: MilestoneStatus.Erledigt };
                    if (!notDone && e!.ActualDate <= laterDate)
                    {
                        continue;
                    }

                    if (!reported.ContainsKey(later) && !reported.ContainsKey(earlier))
                    {
                        continue;   // both recorded before; the report does not touch this pair
                    }

                    var (row, field, message) = reported.TryGetValue(later, out var l)
                        ? (l, notDone ? ProgressColumns.Status : ProgressColumns.Actual, notDone
                            ? $"milestone {Name(later)} is done, but the earlier milestone {Name(earlier)} is not"
                            : Invariant($"milestone {Name(later)} done on {laterDate:yyyy-MM-dd}, before the earlier milestone {Name(earlier)} ({e!.ActualDate:yyyy-MM-dd})"))
                        : (reported[earlier], notDone ? ProgressColumns.Status : ProgressColumns.Actual, notDone
                            ? Invariant($"milestone {Name(earlier)} is not done, but the later milestone {Name(later)} is done since {laterDate:yyyy-MM-dd}")
                            : Invariant($"milestone {Name(earlier)} done on {e!.ActualDate:yyyy-MM-dd}, after the later milestone {Name(later)} ({laterDate:yyyy-MM-dd})"));
                    if (blamed.Add(row.Row))
                    {
                        report.Errors.Add(Error(report, row, site.Key, field, message));
                    }
                }
            }
        }
    }

    private static InputError Error(ParsedReport report, MilestoneRow row, string id, string field, string message) =>
        new(report.File, row.Row, id, field, row.Prefix + message);

    private static InputError Error(ParsedReport report, TrenchRow row, string id, string field, string message) =>
        new(report.File, row.Row, id, field, row.Prefix + message);

    private static string Future(string what, DateOnly date, DateOnly latest) => Invariant(
        $"{what} {date:yyyy-MM-dd} lies in the future (latest allowed {latest:yyyy-MM-dd})");

    private static string Name<T>(T value)
        where T : struct, Enum => EnumCodes.Of(value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
