namespace Infra.Core.Network;

/// <summary>Surface of a street segment; sets the trench cost per metre.</summary>
public enum SurfaceClass
{
    /// <summary>Paved street or pavement: open trench.</summary>
    Paved,

    /// <summary>Paved, and micro-trenching is allowed.</summary>
    MicroTrench,

    /// <summary>Unpaved ground.</summary>
    Unpaved,
}
