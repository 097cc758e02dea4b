using Infra.Core.Codes;
using Infra.Core.Inputs;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Layers;

/// <summary>Maps the sites layer (Liegenschaften, Point) to and from <see cref="Site"/>; see docs/geojson-layers.md.</summary>
internal static class SiteLayer
{
    public static Site? Map(RawFeature feature, string id, List<InputError> errors)
    {
        var before = errors.Count;
        var p = feature.Typed;
        var location = LayerReader.AsPoint(feature, errors);
        var name = p.GetString("name", errors, required: true);
        var kindText = p.GetString("kind", errors, required: true);
        SiteKind kind = SiteKind.Other;
        if (kindText is not null && !SiteKindCodes.TryParse(kindText, out kind))
        {
            errors.Add(p.Error("properties.kind", $"unknown kind '{kindText}'; valid codes: {string.Join(", ", SiteKindCodes.All)}"));
        }

        var district = p.GetString("district", errors);
        var users = p.GetInt32("users", errors, min: 0);
        var demand = p.GetInt32("demand_mbps", errors, min: 0);
        var uplink = p.GetEnum<UplinkKind>("current_uplink", errors);
        var uplinkMbps = p.GetInt32("current_uplink_mbps", errors, min: 0);
        var wlan = p.GetEnum<WlanState>("wlan", errors);
        var floorArea = p.GetDouble("floor_area_m2", errors, min: 0);
        var rooms = p.GetInt32("rooms", errors, min: 0);
        var publicWlan = p.GetBoolean("public_wlan", errors);
        var priority = p.GetInt32("priority", errors, min: 1, max: 5);
        var pinned = p.GetEnum<Technology>("pinned_technology", errors);
        var excluded = p.GetEnumArray<Technology>("excluded_technologies", errors) ?? [];
        var inScope = p.GetBoolean("in_scope", errors);
        var synthetic = p.GetBoolean("synthetic", errors);
        var source = p.GetString("source", errors);
        if (pinned is { } pin && excluded.Contains(pin))
        {
            errors.Add(p.Error("properties.excluded_technologies",
                $"pinned_technology '{EnumCodes.Of(pin)}' is also excluded; a site cannot be pinned to an excluded technology"));
        }

        if (errors.Count > before || location is null)
        {
            return null;
        }

        return new Site
        {
            Id = new SiteId(id),
            Name = name!,
            Kind = kind,
            Location = location,
            District = district?.Trim() ?? "",
            Users = users ?? 0,
            DemandMbps = demand,
            CurrentUplink = uplink ?? UplinkKind.None,
            CurrentUplinkMbps = uplinkMbps ?? 0,
            Wlan = wlan ?? WlanState.None,
            FloorAreaM2 = floorArea,
            Rooms = rooms,
            PublicWlan = publicWlan ?? false,
            Priority = priority ?? 3,
            PinnedTechnology = pinned,
            ExcludedTechnologies = excluded.ToHashSet(),
            InScope = inScope ?? true,
            Synthetic = synthetic ?? false,
            Source = source ?? "",
        };
    }

    public static GeoJsonFeatureOut ToFeature(Site site)
    {
        ArgumentNullException.ThrowIfNull(site, nameof(site));
        return new GeoJsonFeatureOut(site.Id.Value, site.Location,
        [
            new("name", site.Name),
            new("kind", site.Kind.ToCode()),
            new("district", site.District),
            new("users", site.Users),
            new("demand_mbps", site.DemandMbps),
            new("current_uplink", EnumCodes.Of(site.CurrentUplink)),
            new("current_uplink_mbps", site.CurrentUplinkMbps),
            new("wlan", EnumCodes.Of(site.Wlan)),
            new("floor_area_m2", site.FloorAreaM2),
            new("rooms", site.Rooms),
            new("public_wlan", site.PublicWlan),
            new("priority", site.Priority),
            new("pinned_technology", site.PinnedTechnology is { } t ? EnumCodes.Of(t) : null),
            new("excluded_technologies", site.ExcludedTechnologies.Order().Select(EnumCodes.Of).ToArray()),
            new("in_scope", site.InScope),
            new("synthetic", site.Synthetic),
            new("source", site.Source),
        ]);
    }
}
