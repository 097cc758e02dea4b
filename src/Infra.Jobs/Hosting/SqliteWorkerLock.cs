using Infra.Data;

namespace Infra.Jobs.Hosting;

/// <summary>
/// One worker per SQLite file: Hangfire.Storage.SQLite hands a queued job to one worker only within a process, so a
/// second worker process on the same file is refused. An exclusive lock on <c>&lt;file&gt;.worker-lock</c>, which the
/// operating system releases when the process ends, however it ends. PostgreSQL needs none: its workers share the queue.
/// </summary>
internal sealed class SqliteWorkerLock : IDisposable
{
    private readonly FileStream file;

    private SqliteWorkerLock(FileStream file)
    {
        this.file = file;
    }

    public static SqliteWorkerLock? Acquire(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var path = Path.GetFullPath(database.Target) + ".worker-lock";
        try
        {
            return new SqliteWorkerLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"Auf der SQLite-Datenbank {Path.GetFullPath(database.Target)} läuft schon ein Worker (infra worker oder infra serve). "
                + "Mehrere Worker brauchen PostgreSQL.", e);
        }
    }

    public void Dispose() => file.Dispose();
}
