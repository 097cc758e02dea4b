namespace Infra.Core.Progress;

/// <summary>German labels of milestones and their states, for tables, the API and the dashboard.</summary>
public static class ProgressLabels
{
    public static string German(Milestone milestone) => milestone switch
    {
        Milestone.Planung => "Planung",
        Milestone.Genehmigung => "Genehmigung",
        Milestone.Tiefbau => "Tiefbau",
        Milestone.EinblasenSpleissen => "Einblasen/Spleißen",
        Milestone.Inbetriebnahme => "Inbetriebnahme",
        _ => "WLAN",
    };

    public static string German(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Offen => "offen",
        MilestoneStatus.InArbeit => "in Arbeit",
        _ => "erledigt",
    };
}
