using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;

namespace Infra.Core.Tests.Plans;

public sealed partial class PlanJsonTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 25832);

    [Fact]
    public void Contract_types_are_marked_and_their_fields_are_snake_case_with_units()
    {
        var types = typeof(PlanExport).Assembly.GetTypes()
            .Where(t => t.Namespace == "Infra.Core.Plans" && t.IsClass && !t.IsAbstract && t.Name.StartsWith("Plan", StringComparison.Ordinal)
                && t != typeof(PlanJson) && !t.IsSubclassOf(typeof(Attribute)))
            .ToArray();
        Assert.Contains(typeof(PlanSite), types);
        foreach (var type in types.Where(t => t != typeof(PlanExport)))
        {
            Assert.True(type.IsDefined(typeof(SnakeCaseJsonAttribute)), type.Name + " is not marked [SnakeCaseJson]");
        }

        // Money in euros carries "Eur" in its name, lengths "M": a field named like a cost or a length without a unit fails.
        foreach (var property in types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            Assert.DoesNotContain("Euro", property.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("Metres", property.Name, StringComparison.Ordinal);
            if (property.Name.Contains("Capex", StringComparison.Ordinal) || property.Name.StartsWith("Npv", StringComparison.Ordinal)
                || property.Name.StartsWith("Opex", StringComparison.Ordinal))
            {
                Assert.Contains("Eur", property.Name, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_site_serializes_with_codes_and_snake_case_names_whatever_the_options()
    {
        var site = Site();
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);   // camelCase, as ASP.NET Core writes
        PlanJson.ApplySnakeCaseContract(web);

        foreach (var json in new[] { JsonSerializer.Serialize(site, PlanJson.Options), JsonSerializer.Serialize(site, web) })
        {
            var node = JsonNode.Parse(json)!.AsObject();
            Assert.All(node.Select(p => p.Key), k => Assert.Matches(SnakeCase(), k));
            Assert.Equal("radio", (string?)node["technology"]);
            Assert.Equal("Schule", (string?)node["kind"]);
            Assert.Equal(1234.5, (double?)node["capex_eur"]);
            Assert.Equal("chosen", (string?)node["reason"]!["code"]);
            Assert.Equal("demand_above_capacity", (string?)node["reason"]!["exclusions"]![0]!["code"]);
            Assert.Equal("hub", (string?)node["alternatives"]![0]!["note"]);
            Assert.Equal("not_verified", (string?)node["alternatives"]![0]!["line_of_sight"]);
            Assert.False(node.ContainsKey("location"));
        }
    }

    [Fact]
    public void A_summary_round_trips_including_a_missing_bound()
    {
        var summary = new PlanSummary("klein", new DateOnly(2028, 6, 30), [new PlanVerdict("line_of_sight_not_verified", VerdictSeverity.Warning,
                "Sichtverbindung nicht geprüft", new Dictionary<string, double> { ["links"] = 3 })],
            new PlanTotals(10, 9, 8, 7, 6, 5, 4, 3, 1, 0, new TechnologyCounts(1, 1, 1, 1, 0), 1),
            new SolverFigures(100, double.NaN, 0.01, "Kandidatengraph", "optimal", "branch_and_cut", 1.5, 3, 2, 1, 110, 0.2, 10, 20, 3),
            new ScheduleSummary("2019-Q1", "2028-Q2", "MIP", 10, 9, 0.1, 12, 3, true, 0, 0, new ExtraCapacity(null, 5000)));

        var json = JsonSerializer.Serialize(summary, PlanJson.Options);
        var back = JsonSerializer.Deserialize<PlanSummary>(json, PlanJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, PlanJson.Options));
        Assert.True(double.IsNaN(back.Solver.BestBoundEur));
        Assert.Contains("\"trench_capex_eur\":6", json, StringComparison.Ordinal);
        Assert.Contains("\"plan_to_greedy\":", json, StringComparison.Ordinal);
        Assert.Equal(VerdictSeverity.Warning, back.Verdicts[0].Severity);
    }

    [Fact]
    public void Technology_counts_count_each_decision()
    {
        var counts = TechnologyCounts.Of([PlanTechnology.Fibre, PlanTechnology.Fibre, PlanTechnology.None, PlanTechnology.Keep]);

        Assert.Equal((2, 0, 0, 1, 1), (counts.Fibre, counts.Radio, counts.Leased, counts.Keep, counts.None));
        Assert.Equal(2, counts[PlanTechnology.Fibre]);
    }

    internal static PlanSite Site() => new("S-1", "Grundschule", SiteKind.School, "Hörde", 1000, PlanTechnology.Radio, "H-1", 0, 1234.5, 100, 5000,
        [new PlanAlternative(PlanTechnology.Radio, 5000, AlternativeNote.Hub, HubId: "H-1", DistanceM: 2400, LineOfSight: LineOfSight.NotVerified)],
        new PlanReason(ReasonCode.Chosen, [new PlanExclusion(PlanTechnology.Leased, ExclusionCode.DemandAboveCapacity, 1000, 100)]),
        "2027-Q3", new DateOnly(2027, 9, 30), 4, "2027-Q4", null, false, null, true, Factory.CreatePoint(new Coordinate(390_000, 5_710_000)));

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
