using System.Text;

namespace Infra.Tests.Shared;

/// <summary>
/// A fresh folder under the system temp folder for one test or fixture, deleted on dispose (best effort: a leftover
/// temp folder does no harm). Compiled into every test project (tests/Directory.Build.props).
/// </summary>
public sealed class TempFolder : IDisposable
{
    private readonly Action? beforeDelete;

    /// <param name="prefix">Start of the folder name, to tell the tests' folders apart.</param>
    /// <param name="beforeDelete">Runs first on dispose, e.g. releasing pooled SQLite connections that hold files open.</param>
    public TempFolder(string prefix = "infra-test-", Action? beforeDelete = null)
    {
        this.beforeDelete = beforeDelete;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without byte order mark; returns the file's path.</summary>
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

    public void Dispose()
    {
        beforeDelete?.Invoke();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
