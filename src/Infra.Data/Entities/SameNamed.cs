using System.Linq.Expressions;
using System.Reflection;

namespace Infra.Data.Entities;

/// <summary>
/// Copies every public property of <typeparamref name="TFrom"/> to the writable property of <typeparamref name="TTo"/>
/// with the same name whose type accepts it, through one compiled delegate per pair. <see cref="EntityMapper"/> writes
/// only what differs between a record and its row (ids, geometries, lists stored as text, renamed columns); the
/// round-trip tests of every layer catch a field that neither copies.
/// </summary>
internal static class SameNamed<TFrom, TTo>
{
    private static readonly Action<TFrom, TTo> Copier = Build();

    /// <summary>The names copied, for tests and for reading.</summary>
    public static IReadOnlyList<string> Names { get; } = Pairs().Select(p => p.From.Name).ToArray();

    /// <summary>Copies onto <paramref name="to"/> (a fresh object, before anyone else sees it) and returns it.</summary>
    public static TTo Into(TFrom from, TTo to)
    {
        Copier(from, to);
        return to;
    }

    private static IEnumerable<(PropertyInfo From, PropertyInfo To)> Pairs()
    {
        var targets = typeof(TTo).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        return typeof(TFrom).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => targets.TryGetValue(p.Name, out var t) && t.PropertyType.IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p, targets[p.Name]));
    }

    private static Action<TFrom, TTo> Build()
    {
        var from = Expression.Parameter(typeof(TFrom), "from");
        var to = Expression.Parameter(typeof(TTo), "to");
        var assignments = Pairs()
            .Select(p => (Expression)Expression.Assign(Expression.Property(to, p.To), Expression.Convert(Expression.Property(from, p.From), p.To.PropertyType)))
            .DefaultIfEmpty(Expression.Empty());
        return Expression.Lambda<Action<TFrom, TTo>>(Expression.Block(assignments), from, to).Compile();
    }
}
