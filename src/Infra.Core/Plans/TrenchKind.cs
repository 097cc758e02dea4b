using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>How fibre gets along a built edge; codes trench, duct, existing_lwl, drop, fallback.</summary>
[JsonConverter(typeof(CodeEnumConverter<TrenchKind>))]
public enum TrenchKind
{
    /// <summary>New trench along a street (Tiefbau).</summary>
    Trench,

    /// <summary>Fibre blown into a free duct (Leerrohr).</summary>
    Duct,

    /// <summary>Along an existing LWL route with free capacity.</summary>
    ExistingLwl,

    /// <summary>House connection from the site to the street (Hausanschluss).</summary>
    Drop,

    /// <summary>Straight line times the detour factor, where no street layer was given.</summary>
    Fallback,
}
