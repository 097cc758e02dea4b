using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>The drawn attributes of one synthetic site, besides name and place.</summary>
internal sealed record SiteDetails(
    int Users, double FloorAreaM2, int Rooms, int Priority, bool PublicWlan, UplinkKind Uplink, int UplinkMbps, WlanState Wlan);
