using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>
/// Serves the unserved sites that still fit, least CAPEX first: leased lines and Richtfunk links to hubs that have fibre
/// with a free link while budget and installs allow, then one fibre site at a time along its cheapest path (by CAPEX)
/// from the network, each time followed by the links its new hub allows. Only additions that cost less than leaving
/// the site unserved. Afterwards every site left unserved is blocked by a limit of the returned design
/// (<see cref="UnservedAnalysis"/>), so a reason "budget" (or capacity) is true.
/// </summary>
public static class UnservedFill
{
    /// <summary>The design with the fitting sites served; the same object when none fits.</summary>
    public static NetworkDesign Fill(PlanningInstance instance, NetworkDesign design, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        var fill = new FillState(instance, design);
        if (fill.Unserved.Count == 0)
        {
            return design;
        }

        var changed = fill.AddNonFibre();
        while (fill.AddCheapestFibre(cancellationToken))
        {
            fill.AddNonFibre();
            changed = true;
        }

        return changed ? fill.ToDesign() : design;
    }
}
