using Infra.Core.Network;
using Infra.Core.Scenarios;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Graph;

/// <summary>Cost per metre of the edge kinds, and a factory for the straight lines the builder adds.</summary>
internal sealed class EdgeCosts(CostParameters costs)
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    public double TapCost => costs.TapCost;

    /// <summary>Open trench in paved ground plus cable: drops, tap joins and fallback edges.</summary>
    public double PavedPerM => costs.TrenchPavedPerM + costs.FibreCablePerM;

    /// <summary>CAPEX per metre, whether the metres are trench, and the kind of a street segment.</summary>
    public (double PerM, bool Trench, CandidateEdgeKind Kind) Street(SurfaceClass surface, bool freeDuct)
    {
        if (freeDuct)
        {
            return (costs.DuctBlowPerM + costs.FibreCablePerM, false, CandidateEdgeKind.Duct);
        }

        var trench = surface switch
        {
            SurfaceClass.MicroTrench => costs.TrenchMicroPerM,
            SurfaceClass.Unpaved => costs.TrenchUnpavedPerM,
            _ => costs.TrenchPavedPerM,
        };
        return (trench + costs.FibreCablePerM, true, CandidateEdgeKind.Trench);
    }

    public static LineString Line(double x1, double y1, double x2, double y2) =>
        Factory.CreateLineString([new Coordinate(x1, y1), new Coordinate(x2, y2)]);

    public static LineString Line(Coordinate[] coordinates) => Factory.CreateLineString(coordinates);
}
