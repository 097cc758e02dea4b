namespace Infra.Core.Sites;

/// <summary>Stable identifier of a site (Liegenschaft), e.g. <c>SCH-129150</c> for a school by its NRW school number.</summary>
public readonly record struct SiteId(string Value) : IComparable<SiteId>
{
    public int CompareTo(SiteId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator <(SiteId left, SiteId right) => left.CompareTo(right) < 0;

    public static bool operator <=(SiteId left, SiteId right) => left.CompareTo(right) <= 0;

    public static bool operator >(SiteId left, SiteId right) => left.CompareTo(right) > 0;

    public static bool operator >=(SiteId left, SiteId right) => left.CompareTo(right) >= 0;
}
