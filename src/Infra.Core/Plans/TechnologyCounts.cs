namespace Infra.Core.Plans;

/// <summary>A count per <see cref="PlanTechnology"/> code.</summary>
[SnakeCaseJson]
public sealed record TechnologyCounts(int Fibre, int Radio, int Leased, int Keep, int None)
{
    public int this[PlanTechnology technology] => technology switch
    {
        PlanTechnology.Fibre => Fibre,
        PlanTechnology.Radio => Radio,
        PlanTechnology.Leased => Leased,
        PlanTechnology.Keep => Keep,
        _ => None,
    };

    public static TechnologyCounts Of(IEnumerable<PlanTechnology> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var counts = new int[5];
        foreach (var d in decisions)
        {
            counts[(int)d]++;
        }

        return new TechnologyCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
