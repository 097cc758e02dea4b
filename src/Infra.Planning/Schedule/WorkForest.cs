namespace Infra.Planning.Schedule;

/// <summary>
/// The uplink work of a schedule as one forest: taps → work packages → fibre sites at their package's end node → radio
/// sites at their hub site; radio sites with a hub that has fibre and leased sites are roots. A node can only be done
/// with its parent. Per node its trench metres, CAPEX and radio installs, and the first quarter it can be done.
/// </summary>
internal sealed class WorkForest
{
    private WorkForest(int count)
    {
        Parent = new int[count];
        Site = new int[count];
        Metres = new double[count];
        Capex = new double[count];
        Radio = new double[count];
        Earliest = new int[count];
    }

    public int Count => Parent.Length;

    /// <summary>Parent node, −1 for roots; parents come before their children.</summary>
    public int[] Parent { get; }

    /// <summary>Site index of a site node, −1 for packages.</summary>
    public int[] Site { get; }

    public double[] Metres { get; }

    public double[] Capex { get; }

    /// <summary>1 for a radio site (one install), else 0.</summary>
    public double[] Radio { get; }

    /// <summary>First quarter the node can be done (longest edge, release, leased lead time; int.MaxValue: never).</summary>
    public int[] Earliest { get; }

    public static WorkForest Of(ScheduleProblem p)
    {
        var packages = WorkPackages.Of(p);
        var sites = Enumerable.Range(0, p.SiteCount).Where(p.Schedulable).OrderBy(s => p.Role[s] == SiteRole.Radio ? 1 : 0).ToList();
        var forest = new WorkForest(packages.Count + sites.Count);
        var byEnd = new Dictionary<int, int>();
        for (var k = 0; k < packages.Count; k++)
        {
            byEnd[packages[k].EndNode] = k;
            var own = packages[k].Edges.Select(e => p.QuartersFor(p.EdgeMetres(e))).DefaultIfEmpty(1).Max();
            forest.Parent[k] = packages[k].Parent;
            forest.Site[k] = -1;
            forest.Metres[k] = packages[k].Metres;
            forest.Capex[k] = packages[k].Capex;
            forest.Earliest[k] = Math.Max(own == int.MaxValue ? int.MaxValue : own - 1, packages[k].Parent >= 0 ? forest.Earliest[packages[k].Parent] : 0);
        }

        var siteNode = new Dictionary<int, int>();
        for (var i = 0; i < sites.Count; i++)
        {
            var s = sites[i];
            var n = packages.Count + i;
            siteNode[s] = n;
            forest.Parent[n] = p.Role[s] switch
            {
                SiteRole.Fibre => byEnd[p.Instance.Graph.SiteNode[s]],
                SiteRole.Radio when p.HubSite[s] >= 0 => siteNode.GetValueOrDefault(p.HubSite[s], -1),
                _ => -1,
            };
            forest.Site[n] = s;
            forest.Capex[n] = p.SiteCapex[s];
            forest.Radio[n] = p.Role[s] == SiteRole.Radio ? 1 : 0;
            var earliest = p.EarliestLive(s);
            forest.Earliest[n] = earliest < 0 ? int.MaxValue : earliest;
        }

        return forest;
    }
}
