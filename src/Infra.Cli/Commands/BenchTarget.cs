namespace Infra.Cli.Commands;

/// <summary>One kind of request the web benchmark sends at its own fixed rate.</summary>
internal sealed record BenchTarget(string Name, int Rate, Func<HttpRequestMessage> Create, bool Write);
