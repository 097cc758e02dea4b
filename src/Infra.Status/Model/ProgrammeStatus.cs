namespace Infra.Status.Model;

/// <summary>
/// Where the programme stands as of a Stichtag: Ist against the Ausgangsplan, the Fortschreibung's forecast at the
/// deadline, risks and measures, money and method. The one shape of <c>infra status --out</c>, <c>GET /api/status</c>
/// and the Sachstandsbericht (snake_case JSON through <see cref="StatusJson"/>). Shares are 0..1, differences in
/// percentage points, money in € (nominal).
/// </summary>
/// <param name="Stichtag">The day the Ist is taken.</param>
/// <param name="Deadline">The scenario's deadline.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Baseline">The Ausgangsplan the Ist is measured against.</param>
/// <param name="Replan">The Fortschreibung as of the Stichtag, or null when none is stored.</param>
/// <param name="Data">Where the Ist comes from and how current it is.</param>
/// <param name="Headline">Headline figures and the traffic light.</param>
/// <param name="ByDistrict">Per Stadtbezirk.</param>
/// <param name="ByKind">Per kind of site.</param>
/// <param name="ByTechnology">Per technology of the Ausgangsplan.</param>
/// <param name="Curve">Connected share per quarter: Ausgangsplan, Ist (to the Stichtag), Fortschreibung (from the Stichtag).</param>
/// <param name="Forecast">The forecast at the deadline.</param>
/// <param name="Risks">Sites at risk, with reasons; worst first.</param>
/// <param name="Measures">Measures that would make the deadline hold for all, with their cost.</param>
/// <param name="Bridging">Bridging instead: interim leased lines until the own uplink.</param>
/// <param name="Money">CAPEX per year against budget; headline money figures with what they include.</param>
/// <param name="Method">How the plans were made (optimal or gap).</param>
/// <param name="Sites">Every site with its state, for maps.</param>
public sealed record ProgrammeStatus(
    DateOnly Stichtag,
    DateOnly Deadline,
    string Scenario,
    PlanReference Baseline,
    PlanReference? Replan,
    DataState Data,
    StatusHeadline Headline,
    IReadOnlyList<GroupStatus> ByDistrict,
    IReadOnlyList<GroupStatus> ByKind,
    IReadOnlyList<GroupStatus> ByTechnology,
    IReadOnlyList<CurvePoint> Curve,
    ForecastStatus Forecast,
    IReadOnlyList<SiteRisk> Risks,
    IReadOnlyList<MeasureStatus> Measures,
    BridgingStatus Bridging,
    MoneyStatus Money,
    MethodStatus Method,
    IReadOnlyList<SiteState> Sites);
