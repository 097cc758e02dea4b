using NetTopologySuite.Features;

namespace Infra.Geo.GeoJson;

/// <summary>
/// A read-only <see cref="IAttributesTable"/> over properties in a fixed order, so that GeoJSON4STJ writes them in
/// exactly that order (files diff cleanly and regenerate byte for byte).
/// </summary>
internal sealed class OrderedAttributes(IReadOnlyList<KeyValuePair<string, object?>> properties) : IAttributesTable
{
    public int Count => properties.Count;

    public object? this[string attributeName]
    {
        get => Find(attributeName) is { } i ? properties[i].Value : throw new ArgumentException($"no attribute '{attributeName}'", nameof(attributeName));
        set => throw new NotSupportedException("the attributes of a written feature are read-only");
    }

    public void Add(string attributeName, object value) => throw new NotSupportedException("the attributes of a written feature are read-only");

    public void DeleteAttribute(string attributeName) => throw new NotSupportedException("the attributes of a written feature are read-only");

    public bool Exists(string attributeName) => Find(attributeName) is not null;

    public string[] GetNames() => properties.Select(p => p.Key).ToArray();

    public object? GetOptionalValue(string attributeName) => Find(attributeName) is { } i ? properties[i].Value : null;

    public Type GetType(string attributeName) => GetOptionalValue(attributeName)?.GetType() ?? typeof(object);

    public object?[] GetValues() => properties.Select(p => p.Value).ToArray();

    private int? Find(string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
