using Spectre.Console;

namespace Infra.Cli.Output;

/// <summary>Progress bars for steps that take more than a second (import, synthesis, solving).</summary>
internal static class ProgressBars
{
    /// <summary>Runs <paramref name="body"/> with one bar per step; each step's bar goes from 0 to 100.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<StepProgress, Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(body);
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(ctx => body(new StepProgress(ctx)));
    }
}

/// <summary>Adds named steps to a running progress display.</summary>
internal sealed class StepProgress(ProgressContext context)
{
    private ProgressTask? _current;
    private string _title = "";

    /// <summary>Finishes the previous step and starts a new one.</summary>
    public ProgressTask Step(string description)
    {
        Complete();
        _title = description;
        _current = context.AddTask(Markup.Escape(description), maxValue: 100);
        return _current;
    }

    /// <summary>Shows what the current step is doing after its title (e.g. the cut round and the bound); null clears it.</summary>
    public void Detail(string? detail)
    {
        if (_current is not null)
        {
            _current.Description = Markup.Escape(detail is null ? _title : _title + ": " + detail);
        }
    }

    /// <summary>Sets the current step's share done, 0..1.</summary>
    public void Report(double share)
    {
        if (_current is not null)
        {
            _current.Value = Math.Clamp(share, 0, 1) * 100;
        }
    }

    public void Complete()
    {
        if (_current is not null)
        {
            _current.Value = 100;
            _current.StopTask();
        }
    }
}
