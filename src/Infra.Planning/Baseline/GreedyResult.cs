using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>What a <see cref="GreedyBaseline"/> run returns.</summary>
/// <param name="Design">The pruned design; within every limit of the instance.</param>
/// <param name="StoppedByTimeLimit">Whether the time limit ended the run before its last step.</param>
/// <param name="Seconds">Time used, on the options' clock.</param>
public sealed record GreedyResult(NetworkDesign Design, bool StoppedByTimeLimit, double Seconds);
