namespace Infra.Web.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted (with the SQLite pools released) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix) => Directory.CreateDirectory(Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")));

    public string Path { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
