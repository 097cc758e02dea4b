namespace Infra.Core.Progress;

/// <summary>Metres of a planned trench ("edge-&lt;index&gt;") built, as reported on a date.</summary>
public sealed record TrenchProgress(string TrenchId, double MetresBuilt, DateOnly ReportedOn);
