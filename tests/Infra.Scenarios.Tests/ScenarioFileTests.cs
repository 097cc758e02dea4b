using System.Globalization;
using System.Reflection;
using Infra.Cli.Tests.Support;
using Infra.Core.Inputs;
using Infra.Core.Scenarios;
using Infra.Core.Sites;

namespace Infra.Scenarios.Tests;

/// <summary>The scenario file reader: every key, defaults, unknown keys, wrong types, base: inheritance, the writer.</summary>
public sealed class ScenarioFileTests : IDisposable
{
    private readonly TempFolder temp = new("infra-scenarios-");

    public void Dispose() => temp.Dispose();

    /// <summary>Every single-valued key of the model (found by reflection, so a new key is covered without editing this test).</summary>
    public static TheoryData<string> ScalarKeys()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Leaves(typeof(Scenario), "").Where(l => IsScalar(l.Property.PropertyType)))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScalarKeys))]
    public void Every_scalar_key_binds_its_value(string path)
    {
        var property = Resolve(path);
        var changed = Changed(property.PropertyType, Read(new Scenario { Name = "x" }, path));
        var file = temp.WriteText("s.yaml", Nest(path, Yaml(changed)));

        var scenario = ScenarioFile.Load(file);

        Assert.Equal(changed, Read(scenario, path));
    }

    [Fact]
    public void Collections_bind_by_site_kind_code_technology_and_year()
    {
        var file = temp.WriteText("s.yaml", """
            capacities:
              capex_budget_by_year:
                2024: 1000000
            policies:
              demand_mbps_by_kind:
                Kita: 250
              minimum_mbps_by_kind:
                Schule: 500
              allowed_by_kind:
                Feuerwehr: [fibre, radio]
              disallowed: [leased]
            inputs:
              sites: [a.geojson, b.csv]
            """);

        var s = ScenarioFile.Load(file);

        Assert.Equal(1_000_000, s.Capacities.CapexBudgetByYear[2024]);
        Assert.Equal(250, s.Policies.DemandMbpsByKind[SiteKind.Kita]);
        Assert.Equal(new Policies().DemandMbpsByKind[SiteKind.School], s.Policies.DemandMbpsByKind[SiteKind.School]);   // merged over the default
        Assert.Equal(500, s.Policies.MinimumMbpsByKind[SiteKind.School]);
        Assert.Equal([Technology.Fibre, Technology.Radio], s.Policies.AllowedByKind[SiteKind.FireStation].Order());
        Assert.Equal([Technology.Leased], s.Policies.Disallowed);
        Assert.Equal(["a.geojson", "b.csv"], s.Inputs.Sites);
    }

    [Fact]
    public void An_empty_file_takes_every_default_and_its_file_name()
    {
        var scenario = ScenarioFile.Load(temp.WriteText("leer.yaml", ""));

        Assert.Equal(ScenarioFile.ToYaml(new Scenario { Name = "leer" }), ScenarioFile.ToYaml(scenario));
    }

    [Fact]
    public void The_default_scenario_writes_out_every_default()
    {
        var scenario = ScenarioFile.Load(Path.Combine(RepoPaths.Scenarios, "dortmund-2028.yaml"));

        var defaults = new Scenario { Name = scenario.Name, Description = scenario.Description, Inputs = scenario.Inputs };
        Assert.Equal(ScenarioFile.ToYaml(defaults), ScenarioFile.ToYaml(scenario));
    }

    [Fact]
    public void The_writer_writes_every_key_and_reads_back_the_same()
    {
        var yaml = ScenarioFile.ToYaml(new Scenario { Name = "w" });
        foreach (var (path, _) in Leaves(typeof(Scenario), ""))
        {
            Assert.Contains(path.Split('.')[^1] + ":", yaml, StringComparison.Ordinal);
        }

        var scenario = new Scenario { Name = "w", DiscountRate = 0.03, Policies = new Policies { Disallowed = new HashSet<Technology> { Technology.Radio } } };
        var file = temp.File("w.yaml");
        ScenarioFile.Save(scenario, file);
        Assert.Equal(ScenarioFile.ToYaml(scenario), ScenarioFile.ToYaml(ScenarioFile.Load(file)));
    }

    [Fact]
    public void An_unknown_key_names_the_file_the_path_and_the_known_keys()
    {
        var file = temp.WriteText("falsch.yaml", "costs:\n  trench_paved_per_meter: 100\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => ScenarioFile.Load(file)).Errors);

        Assert.Equal(("falsch.yaml", "costs.trench_paved_per_meter"), (error.File, error.Property));
        Assert.Contains("trench_paved_per_m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_types_are_all_reported_at_once()
    {
        var file = temp.WriteText("typ.yaml", "horizon_years: zwanzig\ndeadline: 30.06.2028\ncosts: 5\npolicies:\n  disallowed: [glasfaser]\n");

        var errors = Assert.Throws<InputException>(() => ScenarioFile.Load(file)).Errors;

        Assert.Equal(["costs", "deadline", "horizon_years", "policies.disallowed[0]"], errors.Select(e => e.Property).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("typ.yaml", e.File));
    }

    [Fact]
    public void A_variant_overrides_its_base_key_by_key()
    {
        temp.WriteText("basis.yaml", "name: basis\ndiscount_rate: 0.03\ncosts:\n  trench_paved_per_m: 100\n  tap_cost: 2000\npolicies:\n  demand_mbps_by_kind:\n    Kita: 250\n  disallowed: [radio]\n");
        var variant = temp.WriteText("variante.yaml", "base: basis.yaml\ncosts:\n  tap_cost: 3000\npolicies:\n  demand_mbps_by_kind:\n    Schule: 2000\n  disallowed: [leased]\n");

        var s = ScenarioFile.Load(variant);

        Assert.Equal("variante", s.Name);                                  // the variant's file name, not the base's name
        Assert.Equal(0.03, s.DiscountRate);                                // inherited
        Assert.Equal((100, 3000), (s.Costs.TrenchPavedPerM, s.Costs.TapCost)); // nested section merged key by key
        Assert.Equal((250, 2000), (s.Policies.DemandMbpsByKind[SiteKind.Kita], s.Policies.DemandMbpsByKind[SiteKind.School]));
        Assert.Equal([Technology.Leased], s.Policies.Disallowed);          // sets replace
    }

    [Fact]
    public void A_missing_or_cyclic_base_is_an_error_of_the_file_naming_it()
    {
        var missing = temp.WriteText("a.yaml", "base: fehlt.yaml\n");
        Assert.Equal(("a.yaml", "base"), Single(missing));

        temp.WriteText("b.yaml", "base: c.yaml\n");
        var cycle = temp.WriteText("c.yaml", "base: b.yaml\n");
        Assert.Equal("base", Assert.Throws<InputException>(() => ScenarioFile.Load(cycle)).Errors[0].Property);

        temp.WriteText("kaputt.yaml", "costs:\n  tap_cost: -5\n");
        var child = temp.WriteText("kind.yaml", "base: kaputt.yaml\n");
        Assert.Contains(Assert.Throws<InputException>(() => ScenarioFile.Load(child)).Errors, e => e.Property == "costs.tap_cost");
    }

    [Fact]
    public void Values_out_of_range_are_refused()
    {
        var file = temp.WriteText("r.yaml", "discount_rate: 0.5\nplanning_start: 2029-01-01\n");

        var errors = Assert.Throws<InputException>(() => ScenarioFile.Load(file)).Errors;

        Assert.Contains(errors, e => e.Property == "discount_rate");
        Assert.Contains(errors, e => e.Property is "deadline" or "planning_start");
    }

    private static (string File, string? Property) Single(string file)
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => ScenarioFile.Load(file)).Errors);
        return (error.File, error.Property);
    }

    private static IEnumerable<(string Path, PropertyInfo Property)> Leaves(Type type, string prefix)
    {
        foreach (var (key, property) in ScenarioKeys.Of(type))
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            if (ScenarioKeys.IsRecord(property.PropertyType))
            {
                foreach (var leaf in Leaves(property.PropertyType, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (path, property);
            }
        }
    }

    private static bool IsScalar(Type type) => type == typeof(string) || type.IsPrimitive || type == typeof(DateOnly) || type.IsEnum;

    private static PropertyInfo Resolve(string path) => Leaves(typeof(Scenario), "").Single(l => l.Path == path).Property;

    private static object? Read(object scenario, string path)
    {
        object? value = scenario;
        foreach (var key in path.Split('.'))
        {
            value = ScenarioKeys.Of(value!.GetType()).Single(p => p.Key == key).Property.GetValue(value);
        }

        return value;
    }

    /// <summary>A value other than the default that the validator still accepts.</summary>
    private static object Changed(Type type, object? value) => value switch
    {
        string s => s + "-x",
        bool b => !b,
        int i => i + 1,
        long l => l + 1,
        double d => d == 0 ? 0.5 : d * 1.5,
        DateOnly date => date.AddMonths(date.Month <= 6 ? 1 : -1),
        _ => throw new InvalidOperationException($"no test value for {type.Name}"),
    };

    private static string Yaml(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "'" + value + "'",
    };

    private static string Nest(string path, string value)
    {
        var keys = path.Split('.');
        return string.Concat(keys.Select((k, i) => new string(' ', 2 * i) + k + ":" + (i == keys.Length - 1 ? " " + value : "") + "\n"));
    }
}
