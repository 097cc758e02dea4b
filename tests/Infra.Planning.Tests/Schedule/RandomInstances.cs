using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Tests.Schedule;

/// <summary>Seeded random tree designs for the scheduler: streets hanging off one or two taps, fibre, radio and leased sites.</summary>
internal static class RandomInstances
{
    private static readonly SiteKind[] Kinds = [SiteKind.School, SiteKind.Kita, SiteKind.Office, SiteKind.Library];
    private static readonly string[] Districts = ["Innenstadt-West", "Hörde", "Eving", "Scharnhorst"];

    public static (PlanningInstance Instance, NetworkDesign Design) Tree(int seed, int sites, double trench = 400, double budget = 250_000,
        int streets = -1, string deadline = "2027-12-31", int horizonYears = 3, string start = "2027-01-01", int radio = -1)
    {
        var random = new Random(seed);
        var draft = new ScheduleDraft(ScheduleDraft.MakeScenario(trench: trench, budget: budget, radio: radio >= 0 ? radio : 1 + random.Next(2),
            wlan: radio >= 0 ? 30 : 2, bridging: seed % 2 == 0, deadline: deadline, horizonYears: horizonYears, start: start));
        var attach = new List<int> { draft.Tap(2500) };
        if (random.Next(2) == 0)
        {
            attach.Add(draft.Tap(2500));
        }

        var streetCount = streets >= 0 ? streets : sites / 2;
        for (var i = 0; i < streetCount; i++)
        {
            var node = draft.Street();
            draft.Edge(attach[random.Next(attach.Count)], node, 40 + random.Next(300), -1);
            attach.Add(node);
        }

        var fibre = new List<int>();
        var mast = draft.Hub(-1, hasFibre: true);
        var hubs = new List<int>();
        for (var i = 0; i < sites; i++)
        {
            var roll = random.Next(10);
            var tech = roll < 6 || fibre.Count == 0 ? Technology.Fibre : roll < 8 ? Technology.Radio : Technology.Leased;
            var kind = Kinds[random.Next(Kinds.Length)];
            var wlan = (WlanState)random.Next(3);
            var priority = 1 + random.Next(5);
            var district = Districts[random.Next(Districts.Length)];
            var users = 10 + random.Next(400);
            if (tech == Technology.Fibre)
            {
                var (site, node) = draft.Site(tech, priority, 7000, kind, district, users, wlan);
                draft.Edge(attach[random.Next(attach.Count)], node, 20 + random.Next(150), -1);
                fibre.Add(site);
                if (random.Next(3) == 0)
                {
                    attach.Add(node);
                }

                if (random.Next(3) == 0)
                {
                    hubs.Add(draft.Hub(site, hasFibre: false));
                }
            }
            else if (tech == Technology.Radio)
            {
                var hub = hubs.Count > 0 && random.Next(2) == 0 ? hubs[random.Next(hubs.Count)] : mast;
                draft.Site(tech, priority, 28000, kind, district, users, wlan, hub);
            }
            else
            {
                draft.Site(tech, priority, 1500, kind, district, users, wlan);
            }
        }

        return (draft.Instance(), draft.Design());
    }
}
