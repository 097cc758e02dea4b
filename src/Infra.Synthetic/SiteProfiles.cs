using Bogus;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// Plausible ranges per kind of site: staff, gross floor area, rooms, priority (1 highest), public WLAN, and today's
/// uplink (mostly DSL, some 100 Mbit/s leased lines, a few radio links, about one in ten already on fibre).
/// A "major" site is the district's main one of its kind (Bürgeramt, Berufsfeuerwache, Stadtteilbibliothek).
/// </summary>
internal static class SiteProfiles
{
    private static readonly int[] DslMbps = [16, 50, 100, 250];

    public static SiteDetails Draw(SiteKind kind, bool major, Randomizer r)
    {
        var (users, area, rooms, priority, publicWlan) = kind switch
        {
            SiteKind.Kita => (r.Int(6, 25), r.Int(350, 1_200), r.Int(3, 10), 3, false),
            SiteKind.Office when major => (r.Int(15, 60), r.Int(600, 2_500), r.Int(10, 40), 2, true),
            SiteKind.Office => (r.Int(20, 400), r.Int(800, 12_000), r.Int(15, 300), 2, r.Double() < 0.15),
            SiteKind.FireStation when major => (r.Int(60, 140), r.Int(2_500, 7_000), r.Int(25, 70), 1, false),
            SiteKind.FireStation => (r.Int(20, 60), r.Int(400, 1_500), r.Int(4, 12), 1, false),
            SiteKind.Library when major => (r.Int(5, 20), r.Int(400, 1_500), r.Int(3, 12), 3, true),
            SiteKind.Library => (r.Int(2, 10), r.Int(150, 700), r.Int(2, 6), 3, true),
            SiteKind.YouthCentre => (r.Int(3, 12), r.Int(250, 1_200), r.Int(4, 15), 4, r.Double() < 0.6),
            SiteKind.SportsFacility => (r.Int(1, 8), r.Int(800, 6_000), r.Int(2, 12), 5, r.Double() < 0.1),
            _ => (r.Int(5, 80), r.Int(300, 5_000), r.Int(5, 60), 4, r.Double() < 0.3),
        };

        var (uplink, mbps) = Uplink(kind, r);
        var wlan = r.WeightedRandom([WlanState.None, WlanState.Partial, WlanState.Full],
            uplink == UplinkKind.Fibre ? [0.2f, 0.4f, 0.4f] : [0.45f, 0.35f, 0.2f]);
        return new SiteDetails(users, area, rooms, priority, publicWlan, uplink, mbps, wlan);
    }

    private static (UplinkKind Uplink, int Mbps) Uplink(SiteKind kind, Randomizer r)
    {
        var roll = r.Double();
        var fibreShare = kind is SiteKind.FireStation or SiteKind.Office ? 0.15 : 0.08;
        if (roll < fibreShare)
        {
            return (UplinkKind.Fibre, 1_000);
        }

        if (roll < fibreShare + 0.04)
        {
            return (UplinkKind.Radio, r.ArrayElement([100, 155, 300]));
        }

        if (roll < fibreShare + 0.22)
        {
            return (UplinkKind.Leased, 100);
        }

        return roll < 0.97 ? (UplinkKind.Dsl, r.ArrayElement(DslMbps)) : (UplinkKind.None, 0);
    }
}
