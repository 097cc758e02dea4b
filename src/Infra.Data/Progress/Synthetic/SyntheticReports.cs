namespace Infra.Data.Progress.Synthetic;

/// <summary>
/// Synthetic contractor reports as CSV text (milestones, trench metres), their row counts and what the draw did.
/// </summary>
/// <param name="Milestones">Milestone report (docs/progress-reports.md).</param>
/// <param name="MilestoneRows">Rows of it.</param>
/// <param name="Trenches">Trench-metres report.</param>
/// <param name="TrenchRows">Rows of it.</param>
/// <param name="BlockedSites">Sites whose permit is outstanding.</param>
/// <param name="PermitDelayedSites">Sites whose permit came 90 to 270 days late.</param>
/// <param name="AheadSites">Sites built ahead of the baseline.</param>
/// <param name="TrenchMetresDug">Trench metres dug by the Stichtag.</param>
/// <param name="TrenchMetresPlanned">Trench metres of the baseline.</param>
public sealed record SyntheticReports(string Milestones, int MilestoneRows, string Trenches, int TrenchRows, int BlockedSites,
    int PermitDelayedSites, int AheadSites, double TrenchMetresDug, double TrenchMetresPlanned);
