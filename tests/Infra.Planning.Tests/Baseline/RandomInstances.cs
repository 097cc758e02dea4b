using Infra.Core.Network;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Evaluation;
using Infra.Planning.Costs;

namespace Infra.Planning.Tests.Baseline;

/// <summary>
/// Seeded random small instances: a 4 × 4 street grid with random trench costs, two taps, eight sites with drops,
/// random fibre / Richtfunk / leased costs (every site has a leased line), three site hubs and one extra hub with
/// fibre. Every third seed has a CAPEX budget and trench capacity that bind.
/// </summary>
internal static class RandomInstances
{
    public const int Sites = 8;

    public static PlanningInstance Create(int seed)
    {
        var random = new Random(seed);
        var nodes = new List<CandidateNode>();
        var edges = new List<CandidateEdge>();
        for (var i = 0; i < 16; i++)
        {
            nodes.Add(HandInstance.Node(i, CandidateNodeKind.Street));
        }

        void Connect(int a, int b, double capex) => edges.Add(HandInstance.Edge(edges.Count, a, b, capex, capex / 114));

        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                if (c < 3)
                {
                    Connect((r * 4) + c, (r * 4) + c + 1, random.Next(2_000, 20_000));
                }

                if (r < 3)
                {
                    Connect((r * 4) + c, ((r + 1) * 4) + c, random.Next(2_000, 20_000));
                }
            }
        }

        for (var t = 0; t < 2; t++)
        {
            var tap = nodes.Count;
            nodes.Add(HandInstance.Node(tap, CandidateNodeKind.Tap, tapCost: 2500));
            Connect(tap, random.Next(16), 500);
        }

        var specs = new List<SiteSpec>();
        for (var s = 0; s < Sites; s++)
        {
            var node = nodes.Count;
            nodes.Add(HandInstance.Node(node, CandidateNodeKind.Site, site: s));
            Connect(node, random.Next(16), random.Next(500, 3_000));
            var options = new List<SiteOption> { HandInstance.Fibre(random.Next(9_000, 12_000)), HandInstance.Leased(random.Next(15_000, 40_000)) };
            if (random.NextDouble() < 0.6)
            {
                options.Insert(1, HandInstance.Radio(random.Next(20_000, 45_000)));
            }

            specs.Add(HandInstance.Spec(s, [.. options]));
        }

        var hubs = new List<HubSpec> { new(0, "S00", 0, 0, 0, 2, false), new(1, "S01", 1, 0, 0, 2, false), new(2, "S02", 2, 0, 0, 1, false), new(3, "H", -1, 0, 0, 2, true) };
        var radio = new List<RadioCandidate>();
        foreach (var spec in specs.Where(s => s.Option(Core.Sites.Technology.Radio) is not null))
        {
            foreach (var hub in hubs.Where(h => h.SiteIndex != spec.Index && random.NextDouble() < 0.6))
            {
                radio.Add(new RadioCandidate(spec.Index, hub.Index, 100 * (hub.Index + 1), LineOfSight.NotVerified));
            }
        }

        var binding = seed % 3 == 0;
        return HandInstance.Instance(specs, HandInstance.Graph(nodes, edges), hubs, radio, null, 1.2,
            binding ? 300 : 1e9, binding ? 90_000 : 1e12, binding ? 2 : 1000);
    }
}
