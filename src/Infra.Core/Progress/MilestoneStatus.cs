namespace Infra.Core.Progress;

/// <summary>State of one milestone as the contractor reports it.</summary>
public enum MilestoneStatus
{
    Offen,
    InArbeit,
    Erledigt,
}
