namespace Infra.Web;

/// <summary>Marker for the web assembly.</summary>
public static class WebAssembly
{
}
