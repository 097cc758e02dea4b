using Infra.Geo.Layers;

namespace Infra.Geo.Tests.Layers;

public sealed class PropertyWarningsTests
{
    [Theory]
    [InlineData("fibres", "fibre_count")]
    [InlineData("Fibre_Count", "fibre_count")]
    [InlineData("free_duct", "free_ducts")]
    [InlineData("eigentuemer", "owner")]
    public void Nearest_names_the_closest_documented_property(string name, string expected)
    {
        Assert.Equal(expected, PropertyWarnings.Nearest(name, LayerSchema.Routes.Properties.Select(p => p.Name)));
    }

    [Fact]
    public void Of_aggregates_unknown_names_per_file_and_reports_missing_plan_relevant_properties_with_the_default()
    {
        IReadOnlyCollection<string>[] features = [["owner", "fibres"], ["owner", "fibres", "free_ducts"], ["owner"]];

        var warnings = PropertyWarnings.Of("lwl.geojson", LayerSchema.Routes, features);

        Assert.Equal(["properties.fibres", "properties.fibre_count", "properties.free_ducts"], warnings.Select(w => w.Property));
        Assert.Equal(0, warnings[0].FeatureIndex);
        Assert.Contains("unknown property 'fibres' (2 of 3 features) is ignored; did you mean 'fibre_count'?", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("missing in 3 of 3 features; the default is taken: 0 fibres", warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("missing in 2 of 3 features; the default is taken: 0 free ducts", warnings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_complete_documented_file_has_no_warnings()
    {
        IReadOnlyCollection<string>[] features = [["id", "owner", "fibre_count", "free_ducts", "synthetic"]];

        Assert.Empty(PropertyWarnings.Of("lwl.geojson", LayerSchema.Routes, features));
    }
}
