using System.Diagnostics;
using System.Globalization;

namespace Infra.Bench;

/// <summary>
/// Peak resident memory and CPU time of this process. On Linux the peak (VmHWM) is reset per stage through
/// <c>/proc/self/clear_refs</c>, so each stage reports its own peak; elsewhere the process peak is reported.
/// </summary>
internal static class ProcessFigures
{
    public static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not Linux (or not allowed): the process-wide peak is reported instead.
        }
    }

    /// <summary>Peak resident set since the last reset, MB.</summary>
    public static double PeakMb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return Math.Round(double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
                }
            }
        }
        catch (IOException)
        {
            // Fall through to the process peak.
        }

        using var process = Process.GetCurrentProcess();
        return Math.Round(process.PeakWorkingSet64 / 1024.0 / 1024.0);
    }

    public static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The 1-minute load average (Linux), so that figures taken on a loaded machine say so; NaN elsewhere.</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }
}
