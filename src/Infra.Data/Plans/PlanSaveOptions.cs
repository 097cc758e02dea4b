namespace Infra.Data.Plans;

/// <summary>How a plan is saved: the scenario YAML it came from and, for a re-plan, its origin.</summary>
/// <param name="ScenarioYaml">The scenario as YAML, stored with the version.</param>
/// <param name="BasedOnVersion">For a re-plan: the version it continues.</param>
/// <param name="ReplanFrom">For a re-plan: the date from which it re-optimises.</param>
/// <param name="JobRunId">The background run that made the plan: at most one version per run (unique), so a run
/// repeated after a crash between the commit and its success mark finds its plan instead of storing a second one.</param>
/// <param name="Label">The version's role: <see cref="PlanLabels.Baseline"/>, <see cref="PlanLabels.Replan"/> or null.</param>
/// <param name="Outlook">For a re-plan as of a Stichtag: its outlook, stored in the same transaction.</param>
/// <param name="PlanningStart">The first day the plan plans from (the scenario's planning start, or the re-plan's start).</param>
public sealed record PlanSaveOptions(string ScenarioYaml, long? BasedOnVersion = null, DateOnly? ReplanFrom = null, string? JobRunId = null,
    string? Label = null, StoredOutlook? Outlook = null, DateOnly? PlanningStart = null);
