using System.Runtime.InteropServices;

namespace Infra.Planning.Solver;

/// <summary>Owns one native <c>Cbc_Model</c>; released with <c>Cbc_deleteModel</c> exactly once.</summary>
internal sealed class CbcModelHandle : SafeHandle
{
    public CbcModelHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    internal static CbcModelHandle Create()
    {
        CbcLibrary.EnsureLoaded();
        var result = new CbcModelHandle();
        result.SetHandle(CbcNative.Cbc_newModel());
        return result;
    }

    internal IntPtr Pointer => IsClosed ? throw new ObjectDisposedException(nameof(CbcModelHandle)) : handle;

    protected override bool ReleaseHandle()
    {
        CbcNative.Cbc_deleteModel(handle);
        return true;
    }
}
