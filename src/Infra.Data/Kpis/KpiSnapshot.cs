using Infra.Core.Tracking;

namespace Infra.Data.Kpis;

/// <summary>A stored KPI snapshot.</summary>
public sealed record KpiSnapshot(long Id, DateTimeOffset TakenAt, long? PlanVersion, KpiFigures Figures);
