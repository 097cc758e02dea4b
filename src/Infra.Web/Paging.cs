using Infra.Core.Inputs;

namespace Infra.Web;

/// <summary>limit/offset of list endpoints, checked; <see cref="Page{T}"/> is the envelope they return.</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    public static Paging From(int? limit, int? offset, int defaultLimit = DefaultLimit)
    {
        var errors = new List<InputError>();
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add(new InputError("(query)", null, null, "limit", $"must be between 1 and {MaxLimit}, was {limit}"));
        }

        if (offset is < 0)
        {
            errors.Add(new InputError("(query)", null, null, "offset", $"must not be negative, was {offset}"));
        }

        return errors.Count > 0 ? throw new InputException(errors) : new Paging(limit ?? defaultLimit, offset ?? 0);
    }

    public Page<T> Apply<T>(IReadOnlyList<T> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new Page<T>(all.Count, Limit, Offset, all.Skip(Offset).Take(Limit).ToArray());
    }
}

/// <summary>One page of a list: the total, the paging used, the items.</summary>
public sealed record Page<T>(long Total, int Limit, int Offset, IReadOnlyList<T> Items);
