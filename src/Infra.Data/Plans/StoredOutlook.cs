namespace Infra.Data.Plans;

/// <summary>The outlook of a re-plan as of <paramref name="Stichtag"/>: forecast, measures and rates as JSON (snake_case).</summary>
public sealed record StoredOutlook(DateOnly Stichtag, string Json);
