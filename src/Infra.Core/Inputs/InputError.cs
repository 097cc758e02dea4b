namespace Infra.Core.Inputs;

/// <summary>
/// One problem found in user data. Names the file, the feature or row (index, 0-based, and id), the property
/// and what is wrong, so that GIS staff can find and fix it.
/// </summary>
public sealed record InputError(string File, int? FeatureIndex, string? FeatureId, string? Property, string Message)
{
    public override string ToString()
    {
        var where = new List<string> { File };
        if (FeatureIndex is { } i)
        {
            where.Add($"feature {i}");
        }

        if (!string.IsNullOrEmpty(FeatureId))
        {
            where.Add($"id '{FeatureId}'");
        }

        if (!string.IsNullOrEmpty(Property))
        {
            where.Add($"property '{Property}'");
        }

        return $"{string.Join(", ", where)}: {Message}";
    }
}
