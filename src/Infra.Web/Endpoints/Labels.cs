using Infra.Core.Progress;

namespace Infra.Web.Endpoints;

/// <summary>German labels of the codes the API returns (kind codes are German already).</summary>
public static class Labels
{
    public static string Technology(string code) => code switch
    {
        "fibre" => "LWL (Eigenbau)",
        "radio" => "Richtfunk",
        "leased" => "Mietleitung",
        "keep" => "Bestand bleibt",
        "none" => "nicht angebunden",
        _ => code,
    };

    public static string Of(Milestone milestone) => milestone switch
    {
        Milestone.Planung => "Planung",
        Milestone.Genehmigung => "Genehmigung",
        Milestone.Tiefbau => "Tiefbau",
        Milestone.EinblasenSpleissen => "Einblasen/Spleißen",
        Milestone.Inbetriebnahme => "Inbetriebnahme",
        Milestone.Wlan => "WLAN",
        _ => milestone.ToString(),
    };

    public static string Of(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Offen => "offen",
        MilestoneStatus.InArbeit => "in Arbeit",
        MilestoneStatus.Erledigt => "erledigt",
        _ => status.ToString(),
    };
}
