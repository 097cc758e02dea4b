using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Infra.Planning.Replan;

/// <summary>
/// Fixes what a re-plan as of a Stichtag must keep (rolling horizon; no I/O):
/// <list type="bullet">
/// <item>sites whose Inbetriebnahme is done by the Stichtag are built: their current uplink becomes the technology they
/// were built with, at their demand, so the planner keeps them (and a built fibre site serves as a Richtfunk hub);</item>
/// <item>sites under construction (Tiefbau or a later milestone started or done by the Stichtag) keep the base plan's
/// technology (pinned; exclusions lifted);</item>
/// <item>trenches of the base plan fully dug by the Stichtag (newest report on or before it at least 99 % of the trench
/// metres) turn the streets they cover into free ducts: the re-plan reuses them without trench work; a street only partly
/// covered is cut where the dug trenches (within 1 m) end, its covered pieces ducted; a dug trench off the streets (a house
/// drop) becomes a free duct of its own, joined to its street by a vertex where it meets it;</item>
/// <item>sites whose WLAN milestone is done by the Stichtag have complete WLAN;</item>
/// <item>sites not started whose permit (Genehmigung) is recorded but not granted may start no earlier than
/// <see cref="PermitPendingQuarters"/> quarters after the re-plan's first quarter, those whose Planung is not done either
/// no earlier than <see cref="PlanningPendingQuarters"/> (<see cref="ReplanFixes.EarliestStart"/>, an assumption written
/// in docs/status.md); sites without milestones may start at once.</item>
/// </list>
/// The re-plan needs the scenario's keep policy on (<see cref="ScenarioFor"/>), or built sites would be planned again.
/// </summary>
public static class ReplanInputs
{
    /// <summary>How close a street's ends must lie to a dug trench to count as covered by it (metres).</summary>
    private const double CoverToleranceM = 1.0;

    /// <summary>Metres beyond the tolerance from every street that make a dug trench a drop of its own (street trenches follow their street: 0).</summary>
    private const double OffStreetM = 0.1;

    /// <summary>Distance from its street within which a trench's end lies on it (metres; coordinates are stored rounded).</summary>
    private const double EndOnStreetM = 0.1;

    /// <summary>Street length below which a covered or open part does not count (metres).</summary>
    private const double MinPieceM = 2.0;

    /// <summary>Share of a trench's metres that counts as fully dug (reports round).</summary>
    private const double DugShare = 0.99;

    /// <summary>Quarters after the re-plan's first one before a site whose permit is outstanding may start.</summary>
    public const int PermitPendingQuarters = 1;

    /// <summary>Quarters after the re-plan's first one before a site whose Planung is not done may start.</summary>
    public const int PlanningPendingQuarters = 2;

    public static ReplanFixes Apply(
        GeoInventory inventory,
        Policies policies,
        IReadOnlyList<BaselineSite> baseSites,
        IReadOnlyList<BaselineTrench> baseTrenches,
        IReadOnlyList<SiteMilestone> milestones,
        IReadOnlyList<TrenchProgress> trenchProgress,
        DateOnly stichtag)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(baseSites);
        ArgumentNullException.ThrowIfNull(baseTrenches);
        ArgumentNullException.ThrowIfNull(milestones);
        ArgumentNullException.ThrowIfNull(trenchProgress);
        var known = milestones.Where(m => m.Status != MilestoneStatus.Offen && (m.ActualDate ?? stichtag) <= stichtag).ToList();
        var live = known.Where(m => m.Milestone == Milestone.Inbetriebnahme && m.Status == MilestoneStatus.Erledigt)
            .Select(m => m.SiteId).ToHashSet(StringComparer.Ordinal);
        var started = known.Where(m => m.Milestone >= Milestone.Tiefbau && m.Milestone != Milestone.Wlan)
            .Select(m => m.SiteId).ToHashSet(StringComparer.Ordinal);
        var wlan = known.Where(m => m.Milestone == Milestone.Wlan && m.Status == MilestoneStatus.Erledigt)
            .Select(m => m.SiteId).ToHashSet(StringComparer.Ordinal);
        var done = known.Where(m => m.Status == MilestoneStatus.Erledigt).Select(m => (m.SiteId, m.Milestone)).ToHashSet();
        var recorded = milestones.Select(m => (m.SiteId, m.Milestone)).ToHashSet();
        var first = Schedule.Quarter.FromDate(stichtag) + 1;
        var earliest = new SortedDictionary<string, DateOnly>(StringComparer.Ordinal);

        var technology = baseSites
            .Select(s => (s.SiteId, Technology: TechnologyOf(s.Technology)))
            .Where(p => p.Technology is not null)
            .ToDictionary(p => p.SiteId, p => p.Technology!.Value, StringComparer.Ordinal);
        var built = new SortedDictionary<string, PlanTechnology>(StringComparer.Ordinal);
        var pinned = new List<string>();
        var wlanDone = 0;
        var sites = inventory.Sites.Select(site =>
        {
            var id = site.Id.Value;
            var result = site;
            if (technology.TryGetValue(id, out var t) && live.Contains(id))
            {
                built[id] = CodeOf(t);
                result = result with
                {
                    CurrentUplink = UplinkOf(t),
                    CurrentUplinkMbps = Math.Max(site.CurrentUplinkMbps, policies.DemandOf(site)),
                    PinnedTechnology = null,
                    ExcludedTechnologies = new HashSet<Technology>(),
                };
            }
            else if (technology.TryGetValue(id, out var pin) && started.Contains(id))
            {
                pinned.Add(id);
                result = result with { PinnedTechnology = pin, ExcludedTechnologies = new HashSet<Technology>() };
            }
            else if (recorded.Contains((id, Milestone.Planung)) && !done.Contains((id, Milestone.Planung)))
            {
                earliest[id] = (first + PlanningPendingQuarters).FirstDay;
            }
            else if (recorded.Contains((id, Milestone.Genehmigung)) && !done.Contains((id, Milestone.Genehmigung)))
            {
                earliest[id] = (first + PermitPendingQuarters).FirstDay;
            }

            if (wlan.Contains(id) && result.Wlan != WlanState.Full)
            {
                wlanDone++;
                result = result with { Wlan = WlanState.Full };
            }

            return result;
        }).ToList();

        var (streets, dug, ducted) = DuctStreets(inventory.Streets, baseTrenches, trenchProgress, stichtag);
        return new ReplanFixes(inventory with { Sites = sites, Streets = streets }, built, pinned, earliest, dug, ducted, wlanDone);
    }

    /// <summary>
    /// The scenario of a re-plan from <paramref name="start"/>: the planning start moved there and the keep policy on,
    /// so that built sites keep their uplink whatever the base scenario said about adequate uplinks.
    /// </summary>
    public static Scenario ScenarioFor(Scenario scenario, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { PlanningStart = start, Policies = scenario.Policies with { KeepAdequateUplinks = true } };
    }

    private static (List<StreetSegment> Streets, int Dug, int Ducted) DuctStreets(
        IReadOnlyList<StreetSegment> streets, IReadOnlyList<BaselineTrench> trenches, IReadOnlyList<TrenchProgress> progress, DateOnly stichtag)
    {
        var reported = progress.Where(p => p.ReportedOn <= stichtag)
            .GroupBy(p => p.TrenchId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.ReportedOn)!.MetresBuilt, StringComparer.Ordinal);
        var dug = trenches.Where(t => t.TrenchMetres > 0 && reported.GetValueOrDefault(t.TrenchId) >= t.TrenchMetres * DugShare).ToList();
        if (dug.Count == 0)
        {
            return (streets.ToList(), 0, 0);
        }

        // Trenches that leave the streets (house drops) are ducted on their own; only those along streets cut streets.
        var streetIndex = new STRtree<LineString>();
        foreach (var street in streets)
        {
            streetIndex.Insert(street.Geometry.EnvelopeInternal, street.Geometry);
        }

        var drops = dug.Where(t => OffStreetLength(t.Geometry, streetIndex) >= OffStreetM || EndsOffStreet(t.Geometry, streetIndex)).ToList();
        var index = new STRtree<Geometry>();
        foreach (var t in dug.Except(drops))
        {
            // Flat ends: a trench covers its own stretch, not a metre of the street beyond where it ends.
            var area = t.Geometry.Buffer(CoverToleranceM, NetTopologySuite.Operation.Buffer.EndCapStyle.Flat);
            index.Insert(area.EnvelopeInternal, area);
        }

        var ducted = 0;
        var result = new List<StreetSegment>(streets.Count);
        foreach (var street in streets)
        {
            var pieces = street.FreeDuct ? null : Split(street, index);
            if (pieces is null)
            {
                result.Add(street);
                continue;
            }

            ducted++;
            result.AddRange(pieces);
        }

        foreach (var drop in drops)
        {
            JoinAt(result, drop.Geometry.StartPoint.Coordinate);
            JoinAt(result, drop.Geometry.EndPoint.Coordinate);
            result.Add(new StreetSegment { Id = new FeatureId("gegraben-" + drop.TrenchId), Geometry = drop.Geometry, FreeDuct = true });
        }

        return (result, dug.Count, ducted + drops.Count);
    }

    /// <summary>Metres of <paramref name="trench"/> farther than the tolerance from every street.</summary>
    private static double OffStreetLength(LineString trench, STRtree<LineString> streets)
    {
        var envelope = trench.EnvelopeInternal.Copy();
        envelope.ExpandBy(CoverToleranceM);
        var near = streets.Query(envelope);
        if (near.Count == 0)
        {
            return trench.Length;
        }

        var area = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(
            near.Select(st => st.Buffer(CoverToleranceM, NetTopologySuite.Operation.Buffer.EndCapStyle.Flat)).ToList());
        return Lines(trench.Difference(area)).Sum(l => l.Length);
    }

    /// <summary>
    /// Whether an end of <paramref name="trench"/> lies off every street: a house drop shorter than the tolerance, which
    /// <see cref="OffStreetLength"/> cannot tell from a street trench (trenches along streets end on their street's
    /// vertices). Ducting it on its own spares the re-plan a new drop of a metre beside it.
    /// </summary>
    private static bool EndsOffStreet(LineString trench, STRtree<LineString> streets)
    {
        bool Off(Point end)
        {
            var envelope = end.EnvelopeInternal.Copy();
            envelope.ExpandBy(CoverToleranceM);
            return streets.Query(envelope).All(st => st.Distance(end) > EndOnStreetM);
        }

        return Off(trench.StartPoint) || Off(trench.EndPoint);
    }

    /// <summary>Cuts the street passing within the tolerance of <paramref name="point"/> there, unless a vertex is already there.</summary>
    private static void JoinAt(List<StreetSegment> streets, Coordinate point)
    {
        for (var i = 0; i < streets.Count; i++)
        {
            var line = streets[i].Geometry;
            if (!Near(line.EnvelopeInternal, new Envelope(point)) || line.Distance(line.Factory.CreatePoint(point)) > CoverToleranceM)
            {
                continue;
            }

            if (line.Coordinates.Any(c => c.Distance(point) <= CoverToleranceM))
            {
                return;
            }

            var indexed = new NetTopologySuite.LinearReferencing.LocationIndexedLine(line);
            var at = indexed.Project(point);
            var first = (LineString)indexed.ExtractLine(indexed.StartIndex, at);
            var second = (LineString)indexed.ExtractLine(at, indexed.EndIndex);
            var street = streets[i];
            streets[i] = street with { Id = new FeatureId(street.Id.Value + "^1"), Geometry = first };
            streets.Add(street with { Id = new FeatureId(street.Id.Value + "^2"), Geometry = second });
            return;
        }
    }

    private static bool Near(Envelope a, Envelope b)
    {
        var grown = a.Copy();
        grown.ExpandBy(CoverToleranceM);
        return grown.Intersects(b);
    }

    /// <summary>
    /// The street cut where dug trenches (buffered by the tolerance) cover it: covered parts become free ducts, the rest
    /// stays street; null when less than <see cref="MinPieceM"/> of it is covered. A whole covered street keeps its id, the
    /// pieces of a split one get "id~n".
    /// </summary>
    private static List<StreetSegment>? Split(StreetSegment street, STRtree<Geometry> dugAreas)
    {
        var near = dugAreas.Query(street.Geometry.EnvelopeInternal).Where(a => a.Intersects(street.Geometry)).ToList();
        if (near.Count == 0)
        {
            return null;
        }

        var area = near.Count == 1 ? near[0] : NetTopologySuite.Operation.Union.UnaryUnionOp.Union(near);
        // Open part first: a short street inside a dug trench is ducted whole, however short.
        var open = Lines(street.Geometry.Difference(area));
        if (open.Sum(l => l.Length) < Math.Min(MinPieceM, street.Geometry.Length / 2))
        {
            return [street with { FreeDuct = true }];
        }

        var covered = Lines(street.Geometry.Intersection(area));
        if (covered.Sum(l => l.Length) < MinPieceM)
        {
            return null;
        }

        var n = 0;
        return covered.Select(l => (Line: l, Duct: true)).Concat(open.Select(l => (Line: l, Duct: false)))
            .Where(p => p.Line.Length >= 0.01)
            .Select(p => street with { Id = new FeatureId($"{street.Id.Value}~{++n}"), Geometry = p.Line, FreeDuct = p.Duct })
            .ToList();
    }

    private static List<LineString> Lines(Geometry geometry)
    {
        var merged = new NetTopologySuite.Operation.Linemerge.LineMerger();
        merged.Add(geometry);
        return merged.GetMergedLineStrings().OfType<LineString>().ToList();
    }

    private static Technology? TechnologyOf(PlanTechnology technology) => technology switch
    {
        PlanTechnology.Fibre => Technology.Fibre,
        PlanTechnology.Radio => Technology.Radio,
        PlanTechnology.Leased => Technology.Leased,
        _ => null,
    };

    private static PlanTechnology CodeOf(Technology technology) => technology switch
    {
        Technology.Fibre => PlanTechnology.Fibre,
        Technology.Radio => PlanTechnology.Radio,
        _ => PlanTechnology.Leased,
    };

    private static UplinkKind UplinkOf(Technology technology) => technology switch
    {
        Technology.Fibre => UplinkKind.Fibre,
        Technology.Radio => UplinkKind.Radio,
        _ => UplinkKind.Leased,
    };
}
