using Infra.Core.Sites;

namespace Infra.Cli.Output;

/// <summary>The words city staff use for the domain's enums.</summary>
internal static class GermanTerms
{
    public static string Kind(SiteKind kind) => kind.ToCode();

    public static string Uplink(UplinkKind uplink) => uplink switch
    {
        UplinkKind.None => "keine",
        UplinkKind.Dsl => "DSL",
        UplinkKind.Leased => "Mietleitung",
        UplinkKind.Radio => "Richtfunk",
        UplinkKind.Fibre => "LWL",
        _ => uplink.ToString(),
    };

    public static string Wlan(WlanState wlan) => wlan switch
    {
        WlanState.None => "kein WLAN",
        WlanState.Partial => "teilweise",
        WlanState.Full => "flächendeckend",
        _ => wlan.ToString(),
    };

    public static string Technology(Technology? technology) => technology switch
    {
        Core.Sites.Technology.Fibre => "LWL-Eigenbau",
        Core.Sites.Technology.Radio => "Richtfunk",
        Core.Sites.Technology.Leased => "Mietleitung",
        null => "keine",
        _ => technology.ToString()!,
    };
}
