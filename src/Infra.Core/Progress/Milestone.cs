namespace Infra.Core.Progress;

/// <summary>Build milestones of a site, in build order (a later one is never done before an earlier one).</summary>
public enum Milestone
{
    Planung,
    Genehmigung,
    Tiefbau,
    EinblasenSpleissen,
    Inbetriebnahme,
    Wlan,
}
