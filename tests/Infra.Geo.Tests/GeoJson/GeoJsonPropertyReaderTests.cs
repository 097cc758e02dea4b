using Infra.Core.Codes;
using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using static Infra.Geo.Tests.GeoJson.GeoJsonText;

namespace Infra.Geo.Tests.GeoJson;

public sealed class GeoJsonPropertyReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private GeoJsonPropertyReader Props(string properties) =>
        GeoJsonReader.Read(_temp.WriteText("p.geojson", Collection(Feature("F-7", "Point", "[7.46,51.51]", properties)))).Features[0].Typed;

    [Fact]
    public void GetInt32_accepts_integral_numbers_and_treats_null_as_absent()
    {
        var props = Props("""{"a":3.0,"b":null,"c":7}""");
        var errors = new List<InputError>();

        Assert.Equal(3, props.GetInt32("a", errors));
        Assert.Null(props.GetInt32("b", errors));
        Assert.Null(props.GetInt32("missing", errors));
        Assert.Empty(errors);
        Assert.Null(props.GetInt32("c", errors, min: 8));
        Assert.Equal("value 7 is out of range: must be at least 8", Assert.Single(errors).Message);
    }

    [Fact]
    public void Required_missing_value_names_file_feature_and_property()
    {
        var errors = new List<InputError>();

        Assert.Null(Props("{}").GetDouble("height_m", errors, required: true));

        var error = Assert.Single(errors);
        Assert.Equal((0, "F-7", "properties.height_m", "required property is missing"), (error.FeatureIndex, error.FeatureId, error.Property, error.Message));
        Assert.EndsWith("p.geojson", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void GetEnum_is_case_insensitive_snake_case()
    {
        var errors = new List<InputError>();

        Assert.Equal(SurfaceClass.MicroTrench, Props("""{"s":"MICRO_TRENCH"}""").GetEnum<SurfaceClass>("s", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void EnumCodes_convert_both_ways()
    {
        Assert.Equal("micro_trench", EnumCodes.Of(SurfaceClass.MicroTrench));
        Assert.Equal(["paved", "micro_trench", "unpaved"], EnumCodes.All<SurfaceClass>());
        Assert.True(EnumCodes.TryParse(" unpaved ", out SurfaceClass parsed));
        Assert.Equal(SurfaceClass.Unpaved, parsed);
        Assert.False(EnumCodes.TryParse("MicroTrench", out SurfaceClass _));
    }
}
