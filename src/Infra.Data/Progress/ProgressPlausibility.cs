using System.Globalization;
using Infra.Core.Inputs;

namespace Infra.Data.Progress;

/// <summary>
/// What the latest plan makes plausible (docs/progress-reports.md, Plausibilität): metres per trench at most its planned
/// length × <see cref="MetresFactor"/>, and every date within the plan's horizon widened by <see cref="HorizonSlackDays"/>.
/// </summary>
internal sealed record ProgressPlausibility(IReadOnlyDictionary<string, double> TrenchLengths, DateOnly HorizonStart, DateOnly HorizonEnd)
{
    /// <summary>Built metres may exceed the planned trench length by half (detours, house connections, measuring differences).</summary>
    public const double MetresFactor = 1.5;

    /// <summary>Days before the plan's first quarter and after its last that dates may lie (planning started earlier; late work).</summary>
    public const int HorizonSlackDays = 365;

    public DateOnly Earliest => HorizonStart.AddDays(-HorizonSlackDays);

    public DateOnly Latest => HorizonEnd.AddDays(HorizonSlackDays);

    /// <summary>The problem with <paramref name="metres"/> on <paramref name="trenchId"/>, or null.</summary>
    public string? Metres(string trenchId, double metres) =>
        TrenchLengths.TryGetValue(trenchId, out var length) && metres > length * MetresFactor
            ? Invariant($"{metres:G6} m built is implausible for trench '{trenchId}' of {length:0.##} m (at most {MetresFactor:0.#} × its length, {length * MetresFactor:0.##} m)")
            : null;

    /// <summary>The problem with <paramref name="date"/> (named <paramref name="what"/>), or null.</summary>
    public string? Date(string what, DateOnly? date) =>
        date is { } d && (d < Earliest || d > Latest)
            ? Invariant($"{what} {d:yyyy-MM-dd} lies outside the plan's horizon {HorizonStart:yyyy-MM-dd} – {HorizonEnd:yyyy-MM-dd} (± {HorizonSlackDays} days allowed: {Earliest:yyyy-MM-dd} – {Latest:yyyy-MM-dd})")
            : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
