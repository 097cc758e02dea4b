using System.Globalization;
using Infra.Core.Inputs;
using Infra.Core.Scenarios;

namespace Infra.Scenarios;

/// <summary>
/// Checks the values of a loaded scenario (after any base is applied) and reports every failure with its key path and
/// value: costs and capacities not negative, lifetimes and divisors at least one, discount rate 0..0.2, deadline after
/// the planning start, solver limits sensible.
/// </summary>
internal sealed class ScenarioValidator(string file, List<InputError> errors)
{
    public const double MaxDiscountRate = 0.2;

    public void Validate(Scenario s)
    {
        Check(s.HorizonYears >= 1, "horizon_years", s.HorizonYears, "must be at least 1 year");
        Check(s.DiscountRate is >= 0 and <= MaxDiscountRate, "discount_rate", s.DiscountRate, "must be between 0 and 0.2 (20 % per year)");
        Check(s.Deadline > s.PlanningStart, "deadline", s.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"must be after planning_start {s.PlanningStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        foreach (var (key, property) in ScenarioKeys.Of(typeof(CostParameters)))
        {
            var value = Convert.ToDouble(property.GetValue(s.Costs), CultureInfo.InvariantCulture);
            var atLeastOne = key.EndsWith("_life_years", StringComparison.Ordinal) || key is "aps_per_switch" or "leased_mbps";
            Check(value >= (atLeastOne ? 1 : 0), "costs." + key, value, atLeastOne ? "must be at least 1" : "must not be negative");
        }

        var c = s.Capacities;
        Check(c.TrenchMetresPerQuarter >= 0, "capacities.trench_metres_per_quarter", c.TrenchMetresPerQuarter, "must not be negative");
        Check(c.RadioInstallsPerQuarter >= 0, "capacities.radio_installs_per_quarter", c.RadioInstallsPerQuarter, "must not be negative");
        Check(c.WlanSitesPerQuarter >= 0, "capacities.wlan_sites_per_quarter", c.WlanSitesPerQuarter, "must not be negative");
        Check(c.CapexBudgetPerYear >= 0, "capacities.capex_budget_per_year", c.CapexBudgetPerYear, "must not be negative");
        foreach (var (year, budget) in c.CapexBudgetByYear)
        {
            Check(budget >= 0, $"capacities.capex_budget_by_year.{year}", budget, "must not be negative");
        }

        var p = s.Policies;
        foreach (var (kind, mbps) in p.DemandMbpsByKind)
        {
            Check(mbps >= 1, $"policies.demand_mbps_by_kind.{ScenarioKeys.EnumToText(kind)}", mbps, "must be at least 1 Mbit/s");
        }

        foreach (var (kind, mbps) in p.MinimumMbpsByKind)
        {
            Check(mbps >= 0, $"policies.minimum_mbps_by_kind.{ScenarioKeys.EnumToText(kind)}", mbps, "must not be negative");
        }

        foreach (var (kind, allowed) in p.AllowedByKind)
        {
            Check(allowed.Count > 0, $"policies.allowed_by_kind.{ScenarioKeys.EnumToText(kind)}", "[]", "must allow at least one technology");
        }

        Check(p.DefaultDemandMbps >= 1, "policies.default_demand_mbps", p.DefaultDemandMbps, "must be at least 1 Mbit/s");
        Check(p.LargeSiteUsers >= 0, "policies.large_site_users", p.LargeSiteUsers, "must not be negative");
        Check(p.LargeSiteDemandMbps >= 1, "policies.large_site_demand_mbps", p.LargeSiteDemandMbps, "must be at least 1 Mbit/s");
        Check(p.FibreBonus >= 0, "policies.fibre_bonus", p.FibreBonus, "must not be negative");

        var w = s.Wlan;
        Check(w.PupilsPerAp >= 1, "wlan.pupils_per_ap", w.PupilsPerAp, "must be at least 1");
        Check(w.SquareMetresPerAp > 0, "wlan.square_metres_per_ap", w.SquareMetresPerAp, "must be positive");
        Check(w.StaffPerAp >= 1, "wlan.staff_per_ap", w.StaffPerAp, "must be at least 1");
        Check(w.PublicAreaAps >= 0, "wlan.public_area_aps", w.PublicAreaAps, "must not be negative");
        Check(w.MinimumAps >= 0, "wlan.minimum_aps", w.MinimumAps, "must not be negative");

        var v = s.Solver;
        Check(v.TimeLimitSeconds > 0, "solver.time_limit_seconds", v.TimeLimitSeconds, "must be positive");
        Check(v.RelativeGap is >= 0 and <= 1, "solver.relative_gap", v.RelativeGap, "must be between 0 and 1");
        Check(v.Threads >= 1, "solver.threads", v.Threads, "must be at least 1");
        Check(v.PathsPerSite >= 0, "solver.paths_per_site", v.PathsPerSite, "must be 0 (no restriction, exact) or more");
        Check(v.NearestNeighbours >= 1, "solver.nearest_neighbours", v.NearestNeighbours, "must be at least 1");
        Check(v.DetourFactor >= 1, "solver.detour_factor", v.DetourFactor, "must be at least 1");
        Check(v.SnapToleranceM >= 0, "solver.snap_tolerance_m", v.SnapToleranceM, "must not be negative");
    }

    private void Check(bool ok, string path, object value, string rule)
    {
        if (!ok)
        {
            var text = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
            errors.Add(new InputError(file, null, null, path, $"{rule}, got {text}"));
        }
    }
}
