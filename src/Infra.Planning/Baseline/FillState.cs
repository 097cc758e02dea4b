using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>The working state of <see cref="UnservedFill"/>: the design as greedy state, with the growth step's paths from its network.</summary>
internal sealed class FillState
{
    private readonly GreedyState _state;
    private readonly FibreGrowth _growth;

    public FillState(PlanningInstance instance, NetworkDesign design)
    {
        _state = GreedyState.FromDesign(instance, design);
        Unserved = instance.Sites
            .Where(s => !s.KeepsCurrentUplink && s.Options.Count > 0 && design.Technology[s.Index] is null)
            .Select(s => s.Index)
            .ToList();
        _growth = Unserved.Count > 0 ? new FibreGrowth(_state, new GreedyClock(TimeProvider.System, double.PositiveInfinity)) : null!;
    }

    /// <summary>Sites still unserved, ascending.</summary>
    public List<int> Unserved { get; }

    public NetworkDesign ToDesign() => _state.ToDesign();

    /// <summary>Leased lines and Richtfunk links that fit, least CAPEX first; whether any was added.</summary>
    public bool AddNonFibre()
    {
        var added = false;
        var order = Unserved
            .Select(site => (site, option: _state.Instance.Sites[site].Options
                .Where(o => o.Technology != Technology.Fibre && o.NpvEuro < DesignEvaluator.UnservedPenaltyEuro)
                .OrderBy(o => o.CapexEuro).ThenBy(o => o.Technology)
                .ToArray()))
            .Where(x => x.option.Length > 0)
            .OrderBy(x => x.option[0].CapexEuro).ThenBy(x => x.site)
            .ToArray();
        foreach (var (site, options) in order)
        {
            foreach (var option in options)
            {
                var hub = option.Technology == Technology.Radio ? _state.FreeHub(site, existingFibreOnly: false) : -1;
                var fits = option.Technology == Technology.Radio
                    ? hub >= 0 && _state.CanSwitchToRadio(site, option)
                    : _state.FitsCapex(option.CapexEuro);
                if (fits)
                {
                    _state.Assign(site, option, hub);
                    Unserved.Remove(site);
                    added = true;
                    break;
                }
            }
        }

        return added;
    }

    /// <summary>Connects the unserved site with the cheapest fibre path that fits the limits; whether one was found.</summary>
    public bool AddCheapestFibre(CancellationToken cancellationToken)
    {
        var net = _state.Net;
        var candidates = Unserved
            .Where(site => net.SiteNode[site] >= 0 && !double.IsPositiveInfinity(_growth.DistanceTo(net.SiteNode[site]))
                && _growth.DistanceTo(net.SiteNode[site]) + net.FibreCost[site] < DesignEvaluator.UnservedPenaltyEuro)
            .OrderBy(site => _growth.DistanceTo(net.SiteNode[site])).ThenBy(site => site)
            .ToArray();
        foreach (var site in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_growth.Connect(site) is not null)
            {
                Unserved.RemoveAll(s => _state.S.Technology[s] is not null);
                return true;
            }
        }

        return false;
    }
}
