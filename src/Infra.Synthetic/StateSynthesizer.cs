using Infra.Core.Network;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;

namespace Infra.Synthetic;

// Synthetic test data: a seeded, reproducible System.Random is the point here, not unpredictability.
#pragma warning disable CA5394

/// <summary>
/// Generates a state-sized planning instance without streets (<see cref="StateSynthesisOptions"/>): towns with
/// Zipf-distributed weights, sites around them (Gaussian spread growing with the town) and in the open country, a few
/// pairs of sites at one address, a backbone ring with spokes and Richtfunk masts with fibre. Seeded: the same options
/// give the same inventory, object for object.
/// </summary>
public sealed class StateSynthesizer
{
    private const string Owner = "Landesnetz (synthetisch)";
    private readonly StateSynthesisOptions _options;
    private readonly Random _random;

    public StateSynthesizer(StateSynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _random = new Random(options.Seed);
    }

    public static GeoInventory Generate(StateSynthesisOptions options) => new StateSynthesizer(options).Generate();

    public GeoInventory Generate()
    {
        var towns = Towns();
        var sites = Sites(towns);
        var routes = Backbone(towns);
        var hubs = Hubs(towns, routes);
        return new GeoInventory { Sites = sites, Routes = routes, Hubs = hubs };
    }

    private List<Town> Towns()
    {
        var (x0, y0) = _options.Origin;
        var inset = Math.Min(_options.WidthM, _options.HeightM) * 0.05;
        var minimumSpacing = Math.Sqrt(_options.WidthM * _options.HeightM / _options.TownCount) * 0.45;
        var towns = new List<Town>();
        for (var attempt = 0; towns.Count < _options.TownCount; attempt++)
        {
            var x = x0 + inset + (Next() * (_options.WidthM - (2 * inset)));
            var y = y0 + inset + (Next() * (_options.HeightM - (2 * inset)));
            // After many rejections the spacing is relaxed, so that the loop always ends.
            var spacing = attempt < 50 * _options.TownCount ? minimumSpacing : 0;
            if (towns.All(t => Math.Sqrt(((t.X - x) * (t.X - x)) + ((t.Y - y) * (t.Y - y))) >= spacing))
            {
                var rank = towns.Count;
                var weight = 1.0 / (rank + 1);
                towns.Add(new Town($"Stadt {rank + 1:D2}", x, y, weight, 1_500 + (6_000 * Math.Sqrt(weight))));
            }
        }

        return towns;
    }

    private List<Site> Sites(List<Town> towns)
    {
        var total = towns.Sum(t => t.Weight);
        var sites = new List<Site>(_options.SiteCount);
        var schools = 0;
        var others = 0;
        for (var i = 0; i < _options.SiteCount; i++)
        {
            var (x, y, district) = Place(towns, total);
            if (sites.Count > 0 && Next() < _options.SharedAddressShare)
            {
                var neighbour = sites[_random.Next(sites.Count)];
                (x, y, district) = (neighbour.Location.X, neighbour.Location.Y, neighbour.District);
            }

            var school = Next() < _options.SchoolShare;
            var kind = school ? SiteKind.School : OtherKind();
            var number = school ? ++schools : ++others;
            var id = school ? $"SCH-{number:D5}" : $"{SiteGenerator.Prefix(kind)}-{number:D5}";
            var users = school ? 150 + _random.Next(1_050) : 8 + _random.Next(70);
            var fibreToday = Next() < 0.02;
            sites.Add(new Site
            {
                Id = new SiteId(id),
                Name = $"{(school ? "Schule" : "Liegenschaft")} {number} {district}",
                Kind = kind,
                Location = Precision.Point(x, y),
                District = district,
                Users = users,
                CurrentUplink = fibreToday ? UplinkKind.Fibre : Next() < 0.5 ? UplinkKind.Dsl : UplinkKind.None,
                CurrentUplinkMbps = fibreToday ? 1_000 : 16,
                Priority = 1 + _random.Next(5),
                Synthetic = true,
                Source = $"synthetisch (Infra Land, Seed {_options.Seed})",
            });
        }

        return sites;
    }

    private (double X, double Y, string District) Place(List<Town> towns, double totalWeight)
    {
        var (x0, y0) = _options.Origin;
        if (Next() < _options.RuralShare)
        {
            return (x0 + (Next() * _options.WidthM), y0 + (Next() * _options.HeightM), "ländlicher Raum");
        }

        var pick = Next() * totalWeight;
        var town = towns[^1];
        foreach (var t in towns)
        {
            pick -= t.Weight;
            if (pick <= 0)
            {
                town = t;
                break;
            }
        }

        var (gx, gy) = Gaussian();
        var x = Math.Clamp(town.X + (gx * town.SpreadM), x0, x0 + _options.WidthM);
        var y = Math.Clamp(town.Y + (gy * town.SpreadM), y0, y0 + _options.HeightM);
        return (x, y, town.Name);
    }

    private SiteKind OtherKind() => _random.Next(6) switch
    {
        0 or 1 => SiteKind.Kita,
        2 => SiteKind.Office,
        3 => SiteKind.FireStation,
        4 => SiteKind.Library,
        _ => SiteKind.YouthCentre,
    };

    /// <summary>A ring through the largest towns (ordered by angle around their centre) and a spoke from each next town to the ring.</summary>
    private List<LwlRoute> Backbone(List<Town> towns)
    {
        var ring = towns.Take(_options.RingTowns).ToList();
        var cx = ring.Average(t => t.X);
        var cy = ring.Average(t => t.Y);
        ring = [.. ring.OrderBy(t => Math.Atan2(t.Y - cy, t.X - cx))];
        var routes = new List<LwlRoute>();
        var ringVertices = new List<Coordinate>();
        for (var k = 0; k < ring.Count; k++)
        {
            var (a, b) = (ring[k], ring[(k + 1) % ring.Count]);
            var line = Polyline(a.X, a.Y, b.X, b.Y);
            ringVertices.AddRange(line);
            routes.Add(Route(routes.Count, line, freeDucts: 2, fibres: 288));
        }

        foreach (var town in towns.Skip(_options.RingTowns).Take(_options.SpokeTowns))
        {
            var nearest = ringVertices.MinBy(c => ((c.X - town.X) * (c.X - town.X)) + ((c.Y - town.Y) * (c.Y - town.Y)))!;
            routes.Add(Route(routes.Count, Polyline(nearest.X, nearest.Y, town.X, town.Y), freeDucts: 1, fibres: 96));
        }

        return routes;
    }

    /// <summary>A line from (ax, ay) to (bx, by) with vertices about every <see cref="StateSynthesisOptions.VertexSpacingM"/>, bent sideways a little.</summary>
    private Coordinate[] Polyline(double ax, double ay, double bx, double by)
    {
        var length = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
        var pieces = Math.Max(1, (int)Math.Round(length / _options.VertexSpacingM));
        var (nx, ny) = length > 0 ? (-(by - ay) / length, (bx - ax) / length) : (0.0, 0.0);
        var bend = (Next() - 0.5) * 0.08 * length;
        var result = new Coordinate[pieces + 1];
        for (var p = 0; p <= pieces; p++)
        {
            var t = p / (double)pieces;
            var side = p == 0 || p == pieces ? 0 : (Math.Sin(Math.PI * t) * bend) + ((Next() - 0.5) * 0.1 * _options.VertexSpacingM);
            result[p] = Precision.Coordinate(ax + (t * (bx - ax)) + (side * nx), ay + (t * (by - ay)) + (side * ny));
        }

        return result;
    }

    private static LwlRoute Route(int index, Coordinate[] line, int freeDucts, int fibres) => new()
    {
        Id = new FeatureId($"LWL-L{index + 1:D3}"),
        Geometry = Precision.Factory.CreateLineString(line),
        Owner = Owner,
        FibreCount = fibres,
        FreeDucts = freeDucts,
        Synthetic = true,
    };

    /// <summary>Masts with fibre: at the centres of the largest towns, then at random vertices of the backbone.</summary>
    private List<RadioHub> Hubs(List<Town> towns, List<LwlRoute> routes)
    {
        var hubs = new List<RadioHub>();
        var atTowns = Math.Min(_options.HubCount / 2, towns.Count);
        for (var k = 0; k < _options.HubCount; k++)
        {
            double x, y;
            if (k < atTowns)
            {
                (x, y) = (towns[k].X + ((Next() - 0.5) * 400), towns[k].Y + ((Next() - 0.5) * 400));
            }
            else
            {
                var coordinates = routes[_random.Next(routes.Count)].Geometry.Coordinates;
                var c = coordinates[_random.Next(coordinates.Length)];
                (x, y) = (c.X + ((Next() - 0.5) * 200), c.Y + ((Next() - 0.5) * 200));
            }

            hubs.Add(new RadioHub
            {
                Id = new FeatureId($"FUNK-L{k + 1:D3}"),
                Location = Precision.Point(x, y),
                Name = $"Funkmast {k + 1}",
                HeightM = Math.Round(30 + (Next() * 30), 1),
                MaxLinks = 6,
                HasFibre = true,
                Synthetic = true,
            });
        }

        return hubs;
    }

    private (double, double) Gaussian()
    {
        var u1 = 1.0 - Next();
        var u2 = Next();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        return (r * Math.Cos(2 * Math.PI * u2), r * Math.Sin(2 * Math.PI * u2));
    }

    private double Next() => _random.NextDouble();

    private sealed record Town(string Name, double X, double Y, double Weight, double SpreadM);
}
