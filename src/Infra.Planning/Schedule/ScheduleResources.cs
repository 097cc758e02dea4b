namespace Infra.Planning.Schedule;

/// <summary>What is left per quarter (trench metres, radio installs, WLAN sites) and per calendar year (budget, €).</summary>
internal sealed class ScheduleResources(ScheduleProblem p)
{
    public double[] Trench { get; } = Enumerable.Repeat(p.TrenchPerQuarter, p.QuarterCount).ToArray();

    public int[] Radio { get; } = Enumerable.Repeat(p.RadioPerQuarter, p.QuarterCount).ToArray();

    public int[] Wlan { get; } = Enumerable.Repeat(p.WlanPerQuarter, p.QuarterCount).ToArray();

    public double[] Budget { get; } = (double[])p.Budget.Clone();
}
