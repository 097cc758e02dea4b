namespace Infra.Planning.Design;

/// <summary>A row lower ≤ Σ coefficients[k]·x[columns[k]] ≤ upper.</summary>
internal sealed record SparseRow(int[] Columns, double[] Coefficients, double Lower, double Upper);
