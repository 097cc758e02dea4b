namespace Infra.Planning.Graph;

/// <summary>How fibre gets along a candidate edge, which sets its cost per metre.</summary>
public enum CandidateEdgeKind
{
    /// <summary>New trench along a street (open, micro or unpaved by the segment's surface).</summary>
    Trench,

    /// <summary>Fibre blown into a free duct (Leerrohr) along a street.</summary>
    Duct,

    /// <summary>Along an existing LWL route with free capacity: no trench.</summary>
    ExistingLwl,

    /// <summary>Drop from a site to the street network (trench on private ground).</summary>
    Drop,

    /// <summary>Straight-line link of the k-nearest-neighbour fallback graph (length includes the detour factor).</summary>
    Fallback,

    /// <summary>
    /// A site at the address of another (within the snap tolerance) joined to that site's node: one house connection
    /// for both, so no trench and no cost. <see cref="CandidateEdge.From"/> is the joined site, <see cref="CandidateEdge.To"/>
    /// the site that has the drop.
    /// </summary>
    SharedEntry,
}
