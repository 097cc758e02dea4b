namespace Infra.Planning.Replan;

/// <summary>Counts of what a re-plan fixed (see <see cref="ReplanFixes"/>); held back: sites with an earliest start.</summary>
public sealed record ReplanCounts(int BuiltSites, int PinnedSites, int HeldBackSites, int DugTrenches, int DuctedStreets, int WlanDone);
