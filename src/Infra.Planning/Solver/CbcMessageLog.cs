using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Infra.Planning.Solver;

/// <summary>
/// Forwards CBC's message callback (<c>Cbc_registerCallBack</c>) to an <see cref="ILogger"/>. The C API hands over
/// only the message number and its fields, not the formatted line, and it covers messages of the CbcModel handler
/// only: CLP's LP messages and what <c>CbcMain1</c> prints itself go to stdout (silenced at log level 0).
/// The callback has no user pointer, so the logger is found by the model pointer.
/// </summary>
internal static unsafe class CbcMessageLog
{
    private static readonly ConcurrentDictionary<IntPtr, ILogger> Loggers = new();

    internal static void Attach(IntPtr model, ILogger logger)
    {
        Loggers[model] = logger;
        CbcNative.Cbc_registerCallBack(model, &OnMessage);
    }

    internal static void Detach(IntPtr model) => Loggers.TryRemove(model, out _);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(IntPtr model, int messageNumber, int nDouble, double* doubles, int nInt, int* ints, int nChar, byte** strings)
    {
        try
        {
            if (!Loggers.TryGetValue(model, out var logger) || !logger.IsEnabled(LogLevel.Debug))
            {
                return;
            }

            var text = new StringBuilder();
            for (var i = 0; i < nChar; i++)
            {
                text.Append(' ').Append(Marshal.PtrToStringUTF8((IntPtr)strings[i]));
            }

            for (var i = 0; i < nInt; i++)
            {
                text.Append(' ').Append(ints[i].ToString(CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < nDouble; i++)
            {
                text.Append(' ').Append(doubles[i].ToString("G6", CultureInfo.InvariantCulture));
            }

            logger.LogDebug("CBC message {MessageNumber}:{Fields}", messageNumber, text.ToString());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A logging failure must not cross into native code.
        }
    }
}
