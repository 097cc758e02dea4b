using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>One group of a KPI breakdown: its code (kind code, district name, technology code), German label and shares.</summary>
[SnakeCaseJson]
public sealed record GroupView(string Key, string Label, int Connected, int Total, double Share, double PlannedShare);
