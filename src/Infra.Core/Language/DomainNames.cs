namespace Infra.Core.Language;

/// <summary>The names of the glossary's domains, as <c>GET /api/glossary</c> lists them.</summary>
public static class DomainNames
{
    /// <summary>A site's decision in a plan: fibre, radio, leased, keep, none.</summary>
    public const string Technology = "technology";

    /// <summary>A site's uplink today: none, dsl, leased, radio, fibre.</summary>
    public const string Uplink = "uplink";

    /// <summary>A site's WLAN today: none, partial, full.</summary>
    public const string Wlan = "wlan";

    /// <summary>Site kinds by their (German) codes: Schule, Kita, …</summary>
    public const string SiteKind = "site_kind";

    /// <summary>Build milestones: planung … wlan.</summary>
    public const string Milestone = "milestone";

    /// <summary>States of a milestone: offen, in_arbeit, erledigt.</summary>
    public const string MilestoneState = "milestone_state";

    /// <summary>A site's status on the dashboard's map filter: connected, planned, risk.</summary>
    public const string SiteStatus = "site_status";

    /// <summary>Reasons of site decisions (<see cref="Plans.ReasonCode"/>).</summary>
    public const string Reason = "reason";

    /// <summary>Why a technology is out (<see cref="Plans.ExclusionCode"/>).</summary>
    public const string Exclusion = "exclusion";

    /// <summary>What keeps an unserved site from a technology (<see cref="Plans.LimitCode"/>).</summary>
    public const string Limit = "limit";

    /// <summary>What an alternative's NPV stands for (<see cref="Plans.AlternativeNote"/>).</summary>
    public const string AlternativeNote = "alternative_note";

    /// <summary>Kinds of built edges (<see cref="Plans.TrenchKind"/>).</summary>
    public const string TrenchKind = "trench_kind";

    /// <summary>Line of sight of a Richtfunk link: clear, not_verified, blocked.</summary>
    public const string LineOfSight = "line_of_sight";

    /// <summary>Background job kinds: solve, progress_import, kpi_snapshot, deadline_risk, replan.</summary>
    public const string JobKind = "job_kind";

    /// <summary>Background job states: queued, running, succeeded, failed, cancelled.</summary>
    public const string JobState = "job_state";

    /// <summary>Top-level plan verdicts (<see cref="Plans.PlanVerdict"/>).</summary>
    public const string Verdict = "verdict";

    /// <summary>Severity of a verdict: info, warning, error.</summary>
    public const string Severity = "severity";

    /// <summary>Terms that need an explanation: npv, capex, opex, gap, bound, …</summary>
    public const string Term = "term";

    /// <summary>Does the deadline hold, the status's traffic light: haelt, gefaehrdet, haelt_nicht.</summary>
    public const string TrafficLight = "traffic_light";

    /// <summary>How badly a site is at risk as of a Stichtag: verfehlt, ueberbrueckt, gefaehrdet.</summary>
    public const string RiskLevel = "risk_level";

    /// <summary>A site's state on a Stichtag, for maps: bestand, angebunden, im_bau, offen.</summary>
    public const string SiteState = "site_state";

    /// <summary>Levers of a measure that makes the deadline hold: trench_capacity, budget, radio_installs, combined.</summary>
    public const string MeasureLever = "measure_lever";

    /// <summary>Units of those levers (same codes).</summary>
    public const string MeasureUnit = "measure_unit";

    /// <summary>Stages of a planning run, for progress displays: instance, design, plan, schedule, done.</summary>
    public const string PlanningStage = "planning_stage";

    /// <summary>What a long optimisation stage is doing: greedy, cutting_planes, branch_and_cut, …</summary>
    public const string SolverPhase = "solver_phase";

    /// <summary>The role of a stored plan version: baseline (Ausgangsplan), replan (Fortschreibung).</summary>
    public const string PlanLabel = "plan_label";
}
