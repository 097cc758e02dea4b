using System.Text;

namespace Infra.Geo.Tests.GeoJson;

/// <summary>A temporary folder for test files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-geo-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteText(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
