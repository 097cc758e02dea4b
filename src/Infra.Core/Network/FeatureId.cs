namespace Infra.Core.Network;

/// <summary>Identifier of a network feature (LWL route, access point, street segment, hub, obstacle).</summary>
public readonly record struct FeatureId(string Value) : IComparable<FeatureId>
{
    public int CompareTo(FeatureId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator <(FeatureId left, FeatureId right) => left.CompareTo(right) < 0;

    public static bool operator <=(FeatureId left, FeatureId right) => left.CompareTo(right) <= 0;

    public static bool operator >(FeatureId left, FeatureId right) => left.CompareTo(right) > 0;

    public static bool operator >=(FeatureId left, FeatureId right) => left.CompareTo(right) >= 0;
}
