namespace Infra.Geo.Layers;

/// <summary>
/// What a layer file holds: its name on the command line, its geometry and its documented properties. Used to
/// recognise a file's layer from its content (<see cref="LayerDetector"/>) and to warn about unknown and missing
/// properties.
/// </summary>
public sealed class LayerSchema
{
    private const PropertyType T = PropertyType.Text;
    private const PropertyType I = PropertyType.WholeNumber;
    private const PropertyType N = PropertyType.Number;
    private const PropertyType B = PropertyType.Boolean;

    private LayerSchema(string name, GeometryFamily geometry, params LayerProperty[] properties)
    {
        Name = name;
        Geometry = geometry;
        Properties = properties;
    }

    public static LayerSchema Sites { get; } = new("sites", GeometryFamily.Point,
        new("name", T, Required: true), new("kind", T, Required: true), new("district", T), new("users", I),
        new("demand_mbps", I, ShortName: "demand"), new("current_uplink", T, PlanDefault: "none (no uplink today)", ShortName: "uplink"),
        new("current_uplink_mbps", I, ShortName: "uplink_mbp"), new("wlan", T), new("floor_area_m2", N, ShortName: "floor_m2"), new("rooms", I),
        new("public_wlan", B, ShortName: "pub_wlan"), new("priority", I), new("pinned_technology", T, ShortName: "pinned"),
        new("excluded_technologies", PropertyType.TextList, ShortName: "excluded"), new("in_scope", B), new("synthetic", B), new("source", T));

    public static LayerSchema Routes { get; } = new("routes", GeometryFamily.Line,
        new("owner", T), new("fibre_count", I, PlanDefault: "0 fibres", ShortName: "fibre_cnt"), new("free_ducts", I, PlanDefault: "0 free ducts"),
        new("synthetic", B));

    public static LayerSchema AccessPoints { get; } = new("access-points", GeometryFamily.Point, new("route_id", T, Required: true), new("synthetic", B));

    public static LayerSchema Streets { get; } = new("streets", GeometryFamily.Line,
        new("name", T), new("class", T), new("surface", T, PlanDefault: "paved (open trench)"), new("free_duct", B, PlanDefault: "false (no free duct)"),
        new("synthetic", B));

    public static LayerSchema Hubs { get; } = new("hubs", GeometryFamily.Point,
        new("name", T), new("height_m", N, PlanDefault: "20 m"), new("max_links", I, PlanDefault: "6 links"), new("has_fibre", B, PlanDefault: "true"),
        new("synthetic", B));

    public static LayerSchema Obstacles { get; } = new("obstacles", GeometryFamily.Polygon, new("height_m", N, Required: true), new("synthetic", B));

    public static LayerSchema Districts { get; } = new("districts", GeometryFamily.Polygon, new("name", T, Required: true), new("synthetic", B));

    /// <summary>Every layer, in the order they are written to the database.</summary>
    public static IReadOnlyList<LayerSchema> All { get; } = [Sites, Routes, AccessPoints, Streets, Hubs, Obstacles, Districts];

    /// <summary>The command-line name, e.g. <c>sites</c>, <c>access-points</c>.</summary>
    public string Name { get; }

    public GeometryFamily Geometry { get; }

    /// <summary>Documented properties besides <c>id</c>, in the order files are written.</summary>
    public IReadOnlyList<LayerProperty> Properties { get; }

    /// <summary>The schema named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static LayerSchema? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="property"/> is documented for this layer (<c>id</c> always is).</summary>
    public bool Documents(string property) =>
        property == "id" || Properties.Any(p => string.Equals(p.Name, property, StringComparison.Ordinal));

    public override string ToString() => Name;
}
