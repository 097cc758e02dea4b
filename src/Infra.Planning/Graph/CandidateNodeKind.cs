namespace Infra.Planning.Graph;

/// <summary>What a node of the candidate graph stands for.</summary>
public enum CandidateNodeKind
{
    /// <summary>A street junction or segment end (or a point inserted where a drop meets a street).</summary>
    Street,

    /// <summary>A site (Liegenschaft) that may get fibre.</summary>
    Site,

    /// <summary>A point where an existing LWL route can be tapped (access point or projected point on a route).</summary>
    Tap,
}
