using Spectre.Console;

namespace Infra.Cli;

/// <summary>What every command gets: where to write and what time it is.</summary>
internal sealed record CliContext(IAnsiConsole Console, TimeProvider Time);
