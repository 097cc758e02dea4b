using Infra.Core.Inputs;

namespace Infra.Core.Tests.Inputs;

/// <summary>The error text GIS staff read must name file, feature, id and property, in that order, and only those given.</summary>
public sealed class InputErrorTests
{
    [Fact]
    public void Full_error_names_file_feature_id_and_property()
    {
        var error = new InputError("sites.geojson", 3, "KITA-7", "demand_mbps", "must not be negative (-5)");

        Assert.Equal("sites.geojson, feature 3, id 'KITA-7', property 'demand_mbps': must not be negative (-5)", error.ToString());
    }

    [Fact]
    public void Missing_parts_are_left_out()
    {
        Assert.Equal("big.geojson: file is larger than 1 MB", new InputError("big.geojson", null, null, null, "file is larger than 1 MB").ToString());
        Assert.Equal("a.csv, feature 0: empty row", new InputError("a.csv", 0, "", null, "empty row").ToString());
    }

    [Fact]
    public void Exception_with_several_errors_counts_them_and_lists_them()
    {
        var errors = Enumerable.Range(0, 3).Select(i => new InputError("f.geojson", i, $"id-{i}", "kind", "unknown kind")).ToArray();

        var exception = new InputException(errors);

        Assert.Equal(3, exception.Errors.Count);
        Assert.StartsWith("3 problems; first: f.geojson, feature 0, id 'id-0'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("f.geojson, feature 2, id 'id-2', property 'kind': unknown kind", exception.Message, StringComparison.Ordinal);
    }
}
