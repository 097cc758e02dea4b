using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Instance;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Radio;

/// <summary>
/// Finds feasible Richtfunk pairs (site → hub), EPSG:25832 metres. Range by the site's demand: up to 1,000 Mbit/s
/// <see cref="CostParameters.RadioRange1GbpsM"/>, up to 10,000 Mbit/s <see cref="CostParameters.RadioRange10GbpsM"/>,
/// above that no radio. Per site the nearest hubs within range are checked in order of distance (ties by hub index)
/// until <c>maxCandidatesPerSite</c> unblocked ones are found. With obstacles, line of sight (with 60 % first Fresnel
/// zone clearance at 18 GHz) is checked and blocked pairs are left out; without obstacles every pair is
/// <see cref="LineOfSight.NotVerified"/>. Antenna heights: <c>siteAntennaHeightM</c> at sites and site hubs,
/// 20 m at extra hubs, unless given per hub.
/// </summary>
public sealed class RadioCandidateFinder
{
    /// <summary>Antenna height assumed for an extra hub (mast or roof) when none is given, metres.</summary>
    public const double ExtraHubHeightM = 20;

    private readonly CostParameters _costs;
    private readonly int _maxCandidatesPerSite;
    private readonly double _siteAntennaHeightM;

    public RadioCandidateFinder(CostParameters costs, int maxCandidatesPerSite = 12, double siteAntennaHeightM = 12)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCandidatesPerSite);
        ArgumentOutOfRangeException.ThrowIfNegative(siteAntennaHeightM);
        _costs = costs;
        _maxCandidatesPerSite = maxCandidatesPerSite;
        _siteAntennaHeightM = siteAntennaHeightM;
    }

    /// <summary>Range in metres for a demand in Mbit/s; 0 when radio cannot carry it.</summary>
    /// <summary>The most a Richtfunk link carries, Mbit/s: above it no range.</summary>
    public const int MaxMbps = 10_000;

    /// <summary>The capacity tier a demand needs: 1 Gbit/s or 10 Gbit/s.</summary>
    public static int TierMbps(int demandMbps) => demandMbps <= 1_000 ? 1_000 : MaxMbps;

    public double RangeFor(int demandMbps) =>
        demandMbps <= 1_000 ? _costs.RadioRange1GbpsM : demandMbps <= MaxMbps ? _costs.RadioRange10GbpsM : 0;

    /// <summary>Candidates ordered by site index, then distance, then hub index; a site is never its own hub.</summary>
    /// <param name="sites">Site index = position in the list.</param>
    /// <param name="demandMbps">Demand per site index, Mbit/s.</param>
    /// <param name="hubs">Possible hubs (site hubs and extra hubs), hub index = position.</param>
    /// <param name="obstacles">Buildings with heights; empty: line of sight not verified.</param>
    /// <param name="sitesNeedingRadio">Only these sites get candidates.</param>
    /// <param name="cancellationToken">Checked per site.</param>
    public IReadOnlyList<RadioCandidate> Find(IReadOnlyList<Site> sites, IReadOnlyList<int> demandMbps, IReadOnlyList<HubSpec> hubs,
        IReadOnlyList<Obstacle> obstacles, IReadOnlySet<int> sitesNeedingRadio, CancellationToken cancellationToken = default) =>
        Find(sites, demandMbps, hubs, obstacles, sitesNeedingRadio, null, cancellationToken);

    /// <summary>As the other overload, with <c>hubHeightsM</c>: antenna height per hub index in metres (null: the defaults).</summary>
    public IReadOnlyList<RadioCandidate> Find(IReadOnlyList<Site> sites, IReadOnlyList<int> demandMbps, IReadOnlyList<HubSpec> hubs,
        IReadOnlyList<Obstacle> obstacles, IReadOnlySet<int> sitesNeedingRadio, IReadOnlyList<double>? hubHeightsM,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(demandMbps);
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(obstacles);
        ArgumentNullException.ThrowIfNull(sitesNeedingRadio);
        if (demandMbps.Count != sites.Count)
        {
            throw new ArgumentException($"{demandMbps.Count} demands for {sites.Count} sites", nameof(demandMbps));
        }

        if (hubHeightsM is not null && hubHeightsM.Count != hubs.Count)
        {
            throw new ArgumentException($"{hubHeightsM.Count} hub heights for {hubs.Count} hubs", nameof(hubHeightsM));
        }

        var checker = obstacles.Count > 0 ? new LineOfSightChecker(obstacles) : null;
        var result = new List<RadioCandidate>();
        var inRange = new PriorityQueue<int, (double, int)>();
        foreach (var site in sitesNeedingRadio.Where(i => i >= 0 && i < sites.Count).Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = RangeFor(demandMbps[site]);
            var location = sites[site].Location.Coordinate;
            inRange.Clear();
            for (var h = 0; h < hubs.Count; h++)
            {
                var (dx, dy) = (hubs[h].X - location.X, hubs[h].Y - location.Y);
                var distance = Math.Sqrt((dx * dx) + (dy * dy));
                if (hubs[h].SiteIndex != site && distance <= range)
                {
                    inRange.Enqueue(h, (distance, h));
                }
            }

            var found = 0;
            while (found < _maxCandidatesPerSite && inRange.TryDequeue(out var hub, out var key))
            {
                var sight = LineOfSight.NotVerified;
                if (checker is not null)
                {
                    var hubHeight = hubHeightsM?[hub] ?? (hubs[hub].SiteIndex < 0 ? ExtraHubHeightM : _siteAntennaHeightM);
                    sight = checker.Check(location, _siteAntennaHeightM, new Coordinate(hubs[hub].X, hubs[hub].Y), hubHeight);
                }

                if (sight != LineOfSight.Blocked)
                {
                    result.Add(new RadioCandidate(site, hub, key.Item1, sight));
                    found++;
                }
            }
        }

        return result;
    }
}
