using Infra.Core.Sites;
using Infra.Planning.Plans;

namespace Infra.Planning.Tracking;

/// <summary>
/// The technology codes of files, database and API: fibre, radio, leased, keep (current uplink stays) or none
/// (unserved).
/// </summary>
public static class TechnologyCodes
{
    public const string Fibre = "fibre";
    public const string Radio = "radio";
    public const string Leased = "leased";
    public const string Keep = "keep";
    public const string None = "none";

    /// <summary>The code of a planned site's decision.</summary>
    public static string Of(PlannedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Technology switch
        {
            Technology.Fibre => Fibre,
            Technology.Radio => Radio,
            Technology.Leased => Leased,
            _ => site.KeepsCurrentUplink ? Keep : None,
        };
    }

    /// <summary>The code of a German technology label of the schedule's quarter KPIs ("LWL", "Richtfunk", …).</summary>
    public static string FromScheduleLabel(string label) => label switch
    {
        "LWL" => Fibre,
        "Richtfunk" => Radio,
        "Mietleitung" => Leased,
        "Bestand" => Keep,
        _ => None,
    };
}
