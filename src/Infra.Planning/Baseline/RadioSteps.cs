using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;
using Infra.Planning.Costs;

namespace Infra.Planning.Baseline;

/// <summary>The non-fibre steps of <see cref="GreedyBaseline"/>: first choices, Richtfunk to new hubs, and freeing radio installs.</summary>
internal sealed class RadioSteps(GreedyState state, GreedyClock clock)
{
    private GreedyNetwork Net => state.Net;

    private PlanningInstance Instance => state.Instance;

    /// <summary>Step 1: cheapest non-fibre option per site that fits the limits, Richtfunk only to hubs with fibre today.</summary>
    public void ChooseNonFibre(CancellationToken cancellationToken)
    {
        foreach (var site in Net.RadioPriority)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.Expired)
            {
                return;
            }

            var spec = Instance.Sites[site];
            foreach (var option in spec.Options.Where(o => o.Technology != Technology.Fibre).OrderBy(o => o.NpvEuro).ThenBy(o => o.Technology))
            {
                if (!state.FitsCapex(option.CapexEuro))
                {
                    continue;
                }

                var hub = option.Technology == Technology.Radio ? state.FreeHub(site, existingFibreOnly: true) : -1;
                if (option.Technology == Technology.Radio && (hub < 0 || !state.RadioInstallLeft))
                {
                    continue;
                }

                state.Assign(site, option, hub);
                break;
            }
        }
    }

    /// <summary>Step 3: sites on a leased line or unserved take Richtfunk to a hub with fibre where that is cheaper.</summary>
    public void ReassignRadio(CancellationToken cancellationToken)
    {
        foreach (var site in Net.RadioPriority)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.Expired)
            {
                return;
            }

            if (state.S.Technology[site] is Technology.Fibre or Technology.Radio || Instance.Sites[site].Option(Technology.Radio) is not { } radio)
            {
                continue;
            }

            if (radio.NpvEuro >= state.CurrentCost(site) || !state.CanSwitchToRadio(site, radio))
            {
                continue;
            }

            var hub = state.FreeHub(site, existingFibreOnly: false);
            if (hub >= 0)
            {
                state.Reassign(site, radio, hub);
            }
        }
    }

    /// <summary>
    /// Step 3b: an unserved site that could have Richtfunk to a hub with fibre and a free link, but finds every radio
    /// install up to the deadline taken, gets one from a Richtfunk site that moves to its leased line or to fibre,
    /// whichever costs less, when that costs less than leaving the site unserved. Uses the growth step's paths.
    /// </summary>
    public void ServeUnservedByFreeingInstalls(FibreGrowth growth, CancellationToken cancellationToken)
    {
        foreach (var site in Net.RadioPriority)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.Expired)
            {
                return;
            }

            if (state.S.Technology[site] is not null || Instance.Sites[site].Option(Technology.Radio) is not { } radio
                || state.RadioInstallLeft || state.FreeHub(site, existingFibreOnly: false) < 0)
            {
                continue;
            }

            var (mover, toFibre) = CheapestMover(site, radio, growth);
            if (mover < 0 || (toFibre ? growth.Connect(mover) is null : !MoveToLeased(mover, radio.CapexEuro)))
            {
                continue;
            }

            var hub = state.FreeHub(site, existingFibreOnly: false);
            if (hub >= 0 && state.CanSwitchToRadio(site, radio))
            {
                state.Assign(site, radio, hub);
            }
        }
    }

    /// <summary>The Richtfunk site whose move (to its leased line or to fibre) costs least, below leaving the site unserved.</summary>
    private (int Mover, bool ToFibre) CheapestMover(int site, SiteOption radio, FibreGrowth growth)
    {
        var (mover, cost, toFibre) = (-1, DesignEvaluator.UnservedPenaltyEuro - radio.NpvEuro, false);
        for (var u = 0; u < Net.SiteCount; u++)
        {
            if (state.S.Technology[u] != Technology.Radio || u == site)
            {
                continue;
            }

            var current = Instance.Sites[u].Option(Technology.Radio)!;
            if (Instance.Sites[u].Option(Technology.Leased) is { } leased && leased.NpvEuro - current.NpvEuro < cost
                && state.FitsCapex(leased.CapexEuro - current.CapexEuro + radio.CapexEuro))
            {
                (mover, cost, toFibre) = (u, leased.NpvEuro - current.NpvEuro, false);
            }

            var fibreLoss = -growth.Gain(u);
            if (fibreLoss < cost)
            {
                (mover, cost, toFibre) = (u, fibreLoss, true);
            }
        }

        return (mover, toFibre);
    }

    private bool MoveToLeased(int site, double capexStillNeeded)
    {
        var leased = Instance.Sites[site].Option(Technology.Leased)!;
        var current = state.CurrentOption(site)!;
        if (!state.FitsCapex(leased.CapexEuro - current.CapexEuro + capexStillNeeded))
        {
            return false;
        }

        state.Reassign(site, leased, -1);
        return true;
    }
}
